package org.hearth.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server of a data directory, secured: it listens on loopback only and every connection,
 * local socket or TCP, must give a password (SCRAM-SHA-256). The passwords are generated on first start and kept
 * in the data directory, readable by its owner only (the server makes no Unix socket): {@value #OWNER_SECRET} for the owner (the {@code postgres}
 * superuser, which Flyway migrates as) and {@value #APP_SECRET} for {@value #APP_ROLE}, the least-privilege role
 * the running application uses. A directory created before this (trusting every local user) is upgraded on its
 * next start: the roles get their passwords, then pg_hba.conf is rewritten and reloaded; no data is touched. (Until
 * that reload, on the first start of a directory, the server still trusts loopback connections: a moment, once.)
 */
public final class EmbeddedDatabase implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String OWNER = "postgres";
    public static final String APP_ROLE = "hearth_app";
    public static final String OWNER_SECRET = "db-owner.secret";
    public static final String APP_SECRET = "db-app.secret";
    static final String HBA = """
            # Written by Hearth: password (SCRAM-SHA-256) authentication for every connection; the server
            # listens on loopback only. Rewritten on each start.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path pgDir;
    private final String ownerPassword;
    private final String appPassword;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path pgDir, String ownerPassword, String appPassword) {
        this.postgres = postgres;
        this.pgDir = pgDir;
        this.ownerPassword = ownerPassword;
        this.appPassword = appPassword;
    }

    /**
     * Starts (creating when new) the server of {@code dataDir}. {@code clean} starts from an empty database (tests);
     * otherwise a server left by a Hearth that is gone is stopped first, and one whose Hearth still runs is refused
     * with {@link DataDirectoryInUseException}.
     */
    public static EmbeddedDatabase start(Path dataDir, boolean clean, Map<String, String> serverConfig)
            throws IOException {
        Path dir = dataDir.toAbsolutePath();
        Files.createDirectories(dir);
        Path pgDir = dir.resolve("pg");
        if (!clean) {
            StalePostgres.recover(pgDir);
        }
        String ownerPassword = Secrets.readOrCreate(dir.resolve(OWNER_SECRET));
        String appPassword = Secrets.readOrCreate(dir.resolve(APP_SECRET));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(clean)
                .setServerConfig("listen_addresses", "localhost")
                // No Unix socket (world-reachable in /tmp): Hearth connects over loopback TCP only.
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", clean ? "off" : "on")
                .setServerConfig("synchronous_commit", clean ? "off" : "on")
                .setServerConfig("full_page_writes", clean ? "off" : "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                // WAL written during a backup stays until the backup has copied it (see BaseBackup).
                .setServerConfig("wal_keep_size", "256MB")
                // Zonky checks the server is up by connecting as the owner: with its password once secured.
                .setConnectConfig("password", ownerPassword)
                // Stopped by close, after everything using the database has stopped, not by a JVM hook of its
                // own racing the application's shutdown.
                .setRegisterShutdownHook(false);
        serverConfig.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        EmbeddedDatabase db = new EmbeddedDatabase(postgres, pgDir, ownerPassword, appPassword);
        try {
            StalePostgres.recordOwner(pgDir);
            db.secure();
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return db;
    }

    /** Gives both roles their passwords, then allows password connections only. Idempotent. */
    private void secure() throws IOException {
        try (Connection c = ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + OWNER + " PASSWORD " + literal(ownerPassword));
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + " LOGIN; END IF; END $$");
            s.execute("ALTER ROLE " + APP_ROLE + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS NOINHERIT PASSWORD " + literal(appPassword));
            String hbaFile;
            boolean secured;
            try (ResultSet rs = s.executeQuery("SELECT current_setting('hba_file'), "
                    + "NOT EXISTS (SELECT 1 FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256' "
                    + "OR error IS NOT NULL)")) {
                rs.next();
                hbaFile = rs.getString(1);
                secured = rs.getBoolean(2);
            }
            if (!secured) {
                log.warn("Securing the embedded database: password authentication only, from now on");
                Files.writeString(Path.of(hbaFile), HBA);
                s.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not secure the embedded database: " + e.getMessage()
                    + (Files.exists(pgDir.resolve("PG_VERSION")) ? " (is " + OWNER_SECRET + " the one this data "
                    + "directory was created with?)" : ""), e);
        }
    }

    private static String literal(String secret) {
        if (!secret.matches("[A-Za-z0-9_+/=.-]+")) {
            throw new IllegalStateException("a database secret may hold only letters, digits and _+/=.-");
        }
        return "'" + secret + "'";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path pgDir() {
        return pgDir;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String appPassword() {
        return appPassword;
    }

    /** Connections as the owner (superuser): for migrations, backups and tests, never the running application. */
    public DataSource ownerDataSource() {
        return dataSource(OWNER, ownerPassword);
    }

    /** Connections as the least-privilege application role. */
    public DataSource appDataSource() {
        return dataSource(APP_ROLE, appPassword);
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl());
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        Files.deleteIfExists(pgDir.resolve(StalePostgres.OWNER_FILE));
    }
}
