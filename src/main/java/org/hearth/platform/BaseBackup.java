package org.hearth.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code ./hearth backup} and {@code ./hearth restore} for the embedded database: a base backup (a copy of the
 * data directory that PostgreSQL itself recovers to a consistent point) taken with PostgreSQL's low-level backup
 * API, {@code pg_backup_start} / {@code pg_backup_stop}. The zonky bundle ships only initdb, pg_ctl and postgres
 * (no pg_dump or pg_basebackup), Debian's client on these machines is version 15 (it refuses a 17 server) and CI
 * does not install it, and the JDBC driver does not speak BASE_BACKUP. The low-level API needs nothing but a
 * connection and the files, works while Hearth runs (through its server: nothing is stopped), and restores
 * exactly what was there: roles and their passwords, sequences, Flyway's history.
 *
 * <p>The backup also holds what the data directory holds beside the database: the database passwords, the audit
 * key and the audit anchor (read before the backup starts, so it never runs ahead of the copied chain). The
 * backup file is therefore written owner-only (0600) and must be kept as safe as the data directory.
 */
public final class BaseBackup {
    /** Files kept beside the database in the data directory, which travel with it. */
    static final List<String> BESIDE = List.of(EmbeddedDatabase.OWNER_SECRET, EmbeddedDatabase.APP_SECRET,
            "audit.key", "audit-anchor");
    /** Not copied (PostgreSQL's documented list for base backups, and the lock and owner files of a running server). */
    private static final Set<String> SKIP_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            StalePostgres.OWNER_FILE, "backup_label", "tablespace_map", "backup_label.old");
    private static final Set<String> EMPTY_DIRS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private BaseBackup() {}

    /** What a backup or restore did, for the command's report. */
    public record Report(long bytes, Map<String, Long> counts) {}

    /** Backs up the data directory's database to {@code out}, through its running server or one started for this. */
    public static Report backup(Path dataDir, Path out) throws IOException, SQLException {
        Path dir = dataDir.toAbsolutePath();
        Path pgDir = dir.resolve("pg");
        if (!Files.exists(pgDir.resolve("PG_VERSION"))) {
            throw new IllegalArgumentException("no Hearth database in " + dir);
        }
        if (Files.exists(out)) {
            throw new IllegalArgumentException(out + " exists already; give a new file");
        }
        if (StalePostgres.runningOwner(pgDir).isPresent()) {
            int port = StalePostgres.port(pgDir).orElseThrow(() -> new IllegalStateException(
                    "cannot read the running server's port from " + pgDir.resolve("postmaster.pid")));
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
            ds.setUser(EmbeddedDatabase.OWNER);
            ds.setPassword(Secrets.read(dir.resolve(EmbeddedDatabase.OWNER_SECRET)));
            return backup(ds, dir, out);
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, false, Map.of())) {
            return backup(db.ownerDataSource(), dir, out);
        }
    }

    private static Report backup(DataSource owner, Path dir, Path out) throws IOException, SQLException {
        Path pgDir = dir.resolve("pg");
        Map<String, byte[]> beside = new TreeMap<>();
        for (String name : BESIDE) { // before the backup starts: the anchor must not run ahead of the copy
            Path f = dir.resolve(name);
            if (Files.exists(f)) {
                beside.put(name, Files.readAllBytes(f));
            }
        }
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".hearth-backup", ".tmp",
                PosixFilePermissions.asFileAttribute(Secrets.OWNER_ONLY));
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
            zip.setLevel(Deflater.BEST_SPEED);
            Map<String, Long> counts = counts(c);
            s.execute("SELECT pg_backup_start('hearth " + Instant.now() + "', true)"); // fast checkpoint
            String label;
            String spcmap;
            try {
                copyTree(pgDir, pgDir, zip, false);
            } finally {
                try (ResultSet rs = s.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                    rs.next();
                    label = rs.getString(1);
                    spcmap = rs.getString(2);
                }
            }
            // The WAL written during the copy, which recovery replays to make the copy consistent.
            copyTree(pgDir, pgDir.resolve("pg_wal"), zip, true);
            put(zip, "pg/backup_label", label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (spcmap != null && !spcmap.isEmpty()) {
                put(zip, "pg/tablespace_map", spcmap.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            for (var e : beside.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
            zip.finish();
            zip.close();
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            return new Report(Files.size(out), counts);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyTree(Path pgDir, Path from, ZipOutputStream zip, boolean wal) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.sorted().toList();
        }
        for (Path p : paths) {
            String rel = pgDir.relativize(p).toString();
            if (rel.isEmpty() || SKIP_FILES.contains(rel)) {
                continue;
            }
            String top = rel.split("/")[0];
            boolean inEmptied = EMPTY_DIRS.contains(top) && !rel.equals(top);
            if (!wal && inEmptied) {
                continue; // pg_wal comes after pg_backup_stop; the others are rebuilt by the server
            }
            if (wal && p.equals(from)) {
                continue; // the pg_wal directory entry itself is written with the tree
            }
            if (rel.contains("pgsql_tmp")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                zip.putNextEntry(new ZipEntry("pg/" + rel + "/"));
                zip.closeEntry();
            } else if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    zip.putNextEntry(new ZipEntry("pg/" + rel));
                    in.transferTo(zip);
                    zip.closeEntry();
                } catch (NoSuchFileException removedWhileCopying) {
                    // a relation dropped or a WAL segment recycled during the copy: the WAL replays it
                }
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Restores a backup into a new data directory, then starts it once so PostgreSQL recovers it. */
    public static Report restore(Path from, Path newDataDir) throws IOException, SQLException {
        Path dir = newDataDir.toAbsolutePath();
        if (Files.exists(dir.resolve("pg")) || Files.exists(dir.resolve(EmbeddedDatabase.OWNER_SECRET))) {
            throw new IllegalArgumentException(dir + " already holds a Hearth database; restore into a new directory");
        }
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        long bytes = 0;
        boolean sawLabel = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(from))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("the backup names a file outside the data directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                    continue;
                }
                Files.createDirectories(target.getParent(), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                try (OutputStream o = Files.newOutputStream(Files.createFile(target,
                        PosixFilePermissions.asFileAttribute(Secrets.OWNER_ONLY)))) {
                    bytes += zip.transferTo(o);
                }
                sawLabel |= e.getName().equals("pg/backup_label");
            }
        }
        if (!sawLabel) {
            throw new IllegalArgumentException(from + " is not a Hearth backup (it has no backup_label)");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, false, Map.of());
             Connection c = db.ownerDataSource().getConnection()) {
            return new Report(bytes, counts(c));
        }
    }

    /** Rows in every table of the record, for the commands' reports and the restore test. */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM public.\"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }

    /** One line for a command's report: tables, rows, audit entries. */
    public static String describe(Map<String, Long> counts) {
        return counts.size() + " tables, " + counts.values().stream().mapToLong(Long::longValue).sum() + " rows, "
                + counts.getOrDefault("audit_entry", 0L) + " audit entries";
    }
}
