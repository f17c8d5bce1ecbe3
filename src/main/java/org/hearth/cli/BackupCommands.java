package org.hearth.cli;

import java.nio.file.Path;
import java.util.List;
import org.hearth.platform.BaseBackup;
import org.hearth.platform.DataDirectoryInUseException;

/**
 * {@code ./hearth backup --out FILE [--data-dir DIR]} and {@code ./hearth restore --from FILE --data-dir NEWDIR}:
 * a base backup of the embedded database (see {@link BaseBackup}), taken through the running Hearth's server
 * when there is one. No application context: only the database and its files.
 */
final class BackupCommands {
    private BackupCommands() {}

    static int run(String command, List<String> args) {
        // No Spring here to apply the logging levels: keep the console for the command's own report.
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("hearth: " + e.getMessage());
            return 2;
        }
        try {
            if (command.equals("backup")) {
                if (options.get("out").isEmpty()) {
                    System.err.println("hearth backup: --out FILE is required; see ./hearth --help");
                    return 2;
                }
                Path dataDir = Path.of(options.get("data-dir", "./data"));
                Path out = Path.of(options.get("out").get());
                long started = System.nanoTime();
                BaseBackup.Report r = BaseBackup.backup(dataDir, out);
                System.out.printf("Backed up %s to %s (%,d bytes, %s) in %.1f s. It holds the database passwords and "
                                + "the audit key: keep it as safe as the data directory.%n", dataDir, out, r.bytes(),
                        BaseBackup.describe(r.counts()), (System.nanoTime() - started) / 1e9);
                return 0;
            }
            if (options.get("from").isEmpty() || options.get("data-dir").isEmpty()) {
                System.err.println("hearth restore: --from FILE and --data-dir NEWDIR are required; see ./hearth --help");
                return 2;
            }
            Path from = Path.of(options.get("from").get());
            Path dataDir = Path.of(options.get("data-dir").get());
            BaseBackup.Report r = BaseBackup.restore(from, dataDir);
            System.out.printf("Restored %s into %s (%s). Run ./hearth audit verify --data-dir %s to check the audit, "
                    + "then ./hearth --data-dir %s.%n", from, dataDir, BaseBackup.describe(r.counts()), dataDir, dataDir);
            return 0;
        } catch (IllegalArgumentException | DataDirectoryInUseException e) {
            System.err.println("hearth " + command + ": " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        } catch (Exception e) {
            System.err.println("hearth " + command + ": failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
