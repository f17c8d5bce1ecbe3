package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostgresTest {
    @TempDir
    Path dir;

    @Test
    void shouldRemoveAPidFileWhoseProcessIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve("postmaster.pid"), gone.pid() + "\n" + dir + "\n");

        StalePostgres.recover(dir);

        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void shouldStopAnOrphanedServerLeftByAKilledJvm() throws Exception {
        // A stand-in postmaster: a long sleep whose program is called "postgres".
        Path fake = dir.resolve("bin/postgres");
        Files.createDirectories(fake.getParent());
        Files.copy(Path.of("/bin/sleep"), fake, StandardCopyOption.COPY_ATTRIBUTES);
        Process orphan = new ProcessBuilder(fake.toString(), "300").start();
        Files.writeString(dir.resolve("postmaster.pid"), orphan.pid() + "\n");

        StalePostgres.recover(dir);

        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void shouldLeaveAnUnrelatedProcessThatReusedThePid() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), unrelated.pid() + "\n");

            StalePostgres.recover(dir);

            assertThat(unrelated.isAlive()).isTrue();
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void shouldDoNothingWithoutAPidFile() throws Exception {
        StalePostgres.recover(dir);
        assertThat(dir).isEmptyDirectory();
    }
}
