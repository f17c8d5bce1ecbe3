package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void shouldRefuseToStopAServerWhoseHearthIsStillRunning() throws Exception {
        Path fake = dir.resolve("bin/postgres");
        Files.createDirectories(fake.getParent());
        Files.copy(Path.of("/bin/sleep"), fake, StandardCopyOption.COPY_ATTRIBUTES);
        Process server = new ProcessBuilder(fake.toString(), "300").start();
        Process owner = new ProcessBuilder("sleep", "300").start(); // the Hearth JVM that started it
        try {
            Files.writeString(dir.resolve("postmaster.pid"), server.pid() + "\n");
            Files.writeString(dir.resolve(StalePostgres.OWNER_FILE), owner.pid() + "\n"
                    + owner.info().startInstant().orElseThrow() + "\n");

            assertThatThrownBy(() -> StalePostgres.recover(dir))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("process " + owner.pid());

            assertThat(server.isAlive()).isTrue();
            assertThat(dir.resolve("postmaster.pid")).exists();
        } finally {
            server.destroyForcibly();
            owner.destroyForcibly();
        }
    }

    @Test
    void shouldStopTheServerWhenItsRecordedOwnerIsGone() throws Exception {
        Path fake = dir.resolve("bin/postgres");
        Files.createDirectories(fake.getParent());
        Files.copy(Path.of("/bin/sleep"), fake, StandardCopyOption.COPY_ATTRIBUTES);
        Process server = new ProcessBuilder(fake.toString(), "300").start();
        Process owner = new ProcessBuilder("true").start();
        owner.waitFor();
        Files.writeString(dir.resolve("postmaster.pid"), server.pid() + "\n");
        Files.writeString(dir.resolve(StalePostgres.OWNER_FILE), owner.pid() + "\n");

        StalePostgres.recover(dir);

        assertThat(server.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve(StalePostgres.OWNER_FILE)).doesNotExist();
    }

    @Test
    void shouldNotMistakeAProcessThatReusedTheOwnersPidForTheOwner() throws Exception {
        Path fake = dir.resolve("bin/postgres");
        Files.createDirectories(fake.getParent());
        Files.copy(Path.of("/bin/sleep"), fake, StandardCopyOption.COPY_ATTRIBUTES);
        Process server = new ProcessBuilder(fake.toString(), "300").start();
        Process other = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), server.pid() + "\n");
            // The owner's pid, but a start time that is not this process's: the owner died and the pid was reused.
            Files.writeString(dir.resolve(StalePostgres.OWNER_FILE), other.pid() + "\n2001-01-01T00:00:00Z\n");

            StalePostgres.recover(dir);

            assertThat(server.waitFor(5, TimeUnit.SECONDS)).isTrue();
            assertThat(other.isAlive()).isTrue();
        } finally {
            server.destroyForcibly();
            other.destroyForcibly();
        }
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
