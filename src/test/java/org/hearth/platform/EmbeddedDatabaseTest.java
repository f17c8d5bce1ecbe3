package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseTest {
    @TempDir
    Path dataDir;

    private static Connection connect(EmbeddedDatabase db, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(db.jdbcUrl(), p);
    }

    @Test
    void shouldRefuseAConnectionWithoutThePassword() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            assertThatThrownBy(() -> connect(db, "postgres", null).close())
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(db, "postgres", "not-the-password").close())
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> connect(db, EmbeddedDatabase.APP_ROLE, null).close())
                    .hasMessageContaining("password");
            try (Connection c = connect(db, "postgres", db.ownerPassword())) {
                assertThat(c.isValid(2)).isTrue();
            }
            JdbcTemplate owner = new JdbcTemplate(db.ownerDataSource());
            assertThat(owner.queryForList("SELECT DISTINCT auth_method FROM pg_hba_file_rules", String.class))
                    .containsExactly("scram-sha-256");
            assertThat(owner.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("localhost");
            assertThat(owner.queryForObject("SHOW unix_socket_directories", String.class)).isEmpty();
        }
    }

    @Test
    void shouldKeepTheSecretsReadableByTheirOwnerOnly() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            for (String secret : new String[] {EmbeddedDatabase.OWNER_SECRET, EmbeddedDatabase.APP_SECRET}) {
                assertThat(Files.getPosixFilePermissions(dataDir.resolve(secret))).isEqualTo(Secrets.OWNER_ONLY);
            }
            assertThat(db.ownerPassword()).hasSize(64).isNotEqualTo(db.appPassword());
        }
    }

    @Test
    void shouldGiveTheApplicationRoleNoSuperpowers() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            JdbcTemplate app = new JdbcTemplate(db.appDataSource());
            assertThat(app.queryForObject("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication "
                    + "OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class)).isFalse();
            assertThatThrownBy(() -> app.execute("SET session_replication_role = replica"))
                    .rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void shouldUpgradeADataDirectoryCreatedWithTrustWithoutLosingData() throws Exception {
        // As Hearth created it before: zonky's initdb trusts every local connection.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false).start()) {
            JdbcTemplate jdbc = new JdbcTemplate(old.getPostgresDatabase());
            jdbc.execute("CREATE TABLE kept (id int)");
            jdbc.update("INSERT INTO kept VALUES (42)");
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            assertThat(new JdbcTemplate(db.ownerDataSource()).queryForObject("SELECT id FROM kept", Integer.class))
                    .isEqualTo(42);
            assertThatThrownBy(() -> connect(db, "postgres", null).close()).hasMessageContaining("password");
        }
        // And the next start finds it secured already.
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            assertThat(new JdbcTemplate(db.ownerDataSource()).queryForObject("SELECT id FROM kept", Integer.class))
                    .isEqualTo(42);
        }
    }

    @Test
    void shouldRefuseToStopTheServerOfARunningHearth() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, false, Map.of()))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by a running Hearth")
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
            // Its server still answers.
            assertThat(new JdbcTemplate(running.ownerDataSource()).queryForObject("SELECT 1", Integer.class))
                    .isEqualTo(1);
        }
    }
}
