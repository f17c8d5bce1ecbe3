package org.hearth.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no database URL is configured, Hearth runs its own PostgreSQL server on a
 * persistent data directory (see {@link EmbeddedDatabase}: password authentication, loopback only). Flyway
 * migrates as the owner; the application's own connections use the least-privilege role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${hearth.data-dir}") String dataDir,
                                      @Value("${hearth.embedded.clean:false}") boolean clean) throws IOException {
        return EmbeddedDatabase.start(Path.of(dataDir), clean, Map.of());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase db, @Value("${hearth.db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(EmbeddedDatabase.APP_ROLE);
        config.setPassword(db.appPassword());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("hearth");
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // bulk loads: one multi-row INSERT per batch
        return new HikariDataSource(config);
    }

    /** Migrations run as the owner of the schema, not as the application's role. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedDatabase db) {
        return flyway -> flyway.dataSource(db.jdbcUrl(), EmbeddedDatabase.OWNER, db.ownerPassword());
    }

    @Bean
    AppRoleGrants appRoleGrants() {
        return new AppRoleGrants(EmbeddedDatabase.APP_ROLE);
    }
}
