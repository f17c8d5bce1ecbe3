package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hearth.audit.AuditTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class BackupRestoreTest {
    @TempDir
    Path tmp;

    @Test
    void shouldRestoreABackupTakenWhileHearthRunsIntoAFreshDataDirectory() throws Exception {
        Path source = tmp.resolve("data");
        Path backup = tmp.resolve("hearth.backup");
        Path restored = tmp.resolve("restored");
        Map<String, Long> before;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(source, false, Map.of())) {
            Flyway.configure().dataSource(db.ownerDataSource()).locations("classpath:db/migration")
                    .callbacks(new AppRoleGrants(EmbeddedDatabase.APP_ROLE)).load().migrate();
            JdbcTemplate app = new JdbcTemplate(db.appDataSource());
            for (int i = 0; i < 300; i++) {
                app.update("INSERT INTO ssd_person (pers_person_id, pers_kind, pers_forename, pers_dob) VALUES (?, 'CHILD', ?, ?)",
                        UUID.randomUUID(), "Child " + i, LocalDate.of(2015, 1, 1).plusDays(i));
            }
            AuditTestAccess.writeSealAndAnchor(app, source, 120);
            try (Connection c = db.ownerDataSource().getConnection()) {
                before = BaseBackup.counts(c);
            }

            // Hearth is running (this JVM owns the server): the backup goes through its server and stops nothing.
            BaseBackup.Report report = BaseBackup.backup(source, backup);

            assertThat(report.counts()).isEqualTo(before);
            assertThat(new JdbcTemplate(db.ownerDataSource()).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
            // Written after the backup: not in it.
            app.update("INSERT INTO ssd_person (pers_person_id, pers_kind, pers_dob) VALUES (?, 'CHILD', '2020-01-01')",
                    UUID.randomUUID());
        }
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(Secrets.OWNER_ONLY);

        BaseBackup.Report restore = BaseBackup.restore(backup, restored);

        assertThat(restore.counts()).isEqualTo(before);
        assertThat(before.get("ssd_person")).isEqualTo(300);
        assertThat(before.get("audit_entry")).isEqualTo(120);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(restored, false, Map.of())) {
            // The same passwords, audit key and anchor came with it: the chain verifies against its anchor.
            assertThat(AuditTestAccess.verify(new JdbcTemplate(db.appDataSource()), restored)).isEmpty();
            assertThat(Files.getPosixFilePermissions(restored.resolve("audit.key"))).isEqualTo(Secrets.OWNER_ONLY);
        }
    }

    @Test
    void shouldRefuseToRestoreOverAnExistingDatabase() throws Exception {
        Path existing = tmp.resolve("existing");
        Files.createDirectories(existing.resolve("pg"));
        Path backup = Files.writeString(tmp.resolve("b.zip"), "");

        assertThatThrownBy(() -> BaseBackup.restore(backup, existing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already holds");
    }

    @Test
    void shouldRefuseAFileThatIsNotABackup() throws Exception {
        Path notABackup = tmp.resolve("x.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notABackup))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes());
        }
        assertThatThrownBy(() -> BaseBackup.restore(notABackup, tmp.resolve("new")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Hearth backup");
    }
}
