package org.hearth.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A council's own PostgreSQL with the same split as the embedded default: Hearth connects as a least-privilege
 * role (HEARTH_DATABASE_USERNAME, named again in HEARTH_DATABASE_APP_ROLE) and Flyway migrates as the schema's
 * owner (SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD), granting the role its privileges after each migration.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty() && !'${hearth.db.app-role:}'.isEmpty()")
class CouncilDatabaseConfig {

    @Bean
    AppRoleGrants appRoleGrants(@Value("${hearth.db.app-role}") String role) {
        return new AppRoleGrants(role);
    }
}
