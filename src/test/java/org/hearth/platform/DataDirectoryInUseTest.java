package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.hearth.cli.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reported defect: `./hearth audit verify` on a running instance's data directory stopped its database. */
class DataDirectoryInUseTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldRefuseAuditVerifyOnARunningHearthsDataDirectoryAndLeaveItsDatabaseRunning() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            int status;
            try {
                System.setErr(new PrintStream(captured, true));
                status = Launcher.run(new String[] {"audit", "verify", "--data-dir", dataDir.toString()});
            } finally {
                System.setErr(err);
            }

            assertThat(status).isEqualTo(1);
            assertThat(captured.toString()).contains("hearth audit verify: the data directory")
                    .contains("is in use by a running Hearth (process " + ProcessHandle.current().pid());
            assertThat(new JdbcTemplate(running.ownerDataSource()).queryForObject("SELECT 1", Integer.class))
                    .isEqualTo(1);
        }
    }
}
