package org.hearth.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no database URL is configured, Hearth runs its own PostgreSQL server on a
 * persistent data directory. Zonky's defaults are for throwaway test databases (fsync off); a council's data
 * directory needs them on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${hearth.data-dir}") String dataDir,
                                      @Value("${hearth.embedded.clean:false}") boolean clean) throws IOException {
        Path pgDir = Path.of(dataDir).toAbsolutePath().resolve("pg");
        if (!clean) {
            StalePostgres.recover(pgDir);
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(clean)
                .setServerConfig("fsync", clean ? "off" : "on")
                .setServerConfig("synchronous_commit", clean ? "off" : "on")
                .setServerConfig("full_page_writes", clean ? "off" : "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                // Stopped by this bean's close, after everything using the database has stopped (the audit
                // sealer's last run), not by a JVM hook of its own racing the application's shutdown.
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${hearth.db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("hearth");
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // bulk loads: one multi-row INSERT per batch
        return new HikariDataSource(config);
    }
}
