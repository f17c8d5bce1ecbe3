package org.hearth.ssd;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hearth.journey.ChildJourney;

/**
 * Writes the SSD's tables as CSV (one file per table, the spec's field names as the header) from children's records
 * given a batch at a time, checking every value against the spec as it goes. Everything is written to a temporary
 * directory beside the destination and moved there only when no value broke the spec: a failed export leaves
 * nothing behind but its report of what broke.
 *
 * <p>Besides the tables: {@code not-supplied.csv} lists every item the record cannot supply (written empty) and
 * why, and {@code ssd-export.txt} gives the spec version and each table's row count. Nothing in them depends on when
 * the export ran, so the same record exports to the same bytes.
 */
public final class SsdExport implements AutoCloseable {
    public static final String NOT_SUPPLIED = "not-supplied.csv";
    public static final String SUMMARY = "ssd-export.txt";
    static final int MAX_REPORTED = 200;
    /** Reported in full for at most this many values per item, so every broken item shows examples. */
    static final int PER_ITEM = 5;

    private final SsdSpec spec;
    private final Path out;
    private final Path temp;
    private final SsdDerivation derivation = new SsdDerivation();
    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Set<String>> seen = new HashMap<>();
    private final List<SsdViolation> violations = new ArrayList<>();
    private long violationCount;
    /** How many values broke the spec, per item (table.field (item ref)), so a report shows every broken item. */
    private final Map<String, Long> brokenItems = new java.util.TreeMap<>();
    private long children;
    private boolean finished;

    /** The outcome: rows per table, how many children, and what was withheld. */
    public record Result(Path dir, Map<String, Long> rows, long children, long withheldAddresses) {}

    /** The export broke the spec: nothing was written to the destination. */
    public static final class Refused extends RuntimeException {
        private final List<SsdViolation> violations;
        private final long total;
        private final Map<String, Long> items;

        Refused(List<SsdViolation> violations, long total, Map<String, Long> items) {
            super(total + " value" + (total == 1 ? "" : "s") + " break the SSD spec; first: " + violations.get(0).message());
            this.violations = List.copyOf(violations);
            this.total = total;
            this.items = Map.copyOf(items);
        }

        /** How many values broke the spec in each item (table.field (item ref)). */
        public Map<String, Long> items() {
            return new java.util.TreeMap<>(items);
        }

        public List<SsdViolation> violations() {
            return violations;
        }

        public long total() {
            return total;
        }
    }

    public SsdExport(SsdSpec spec, Path out) {
        this.spec = spec;
        this.out = out.toAbsolutePath().normalize();
        try {
            if (Files.exists(this.out) && !replaceable(this.out)) {
                throw new IllegalArgumentException(this.out + " is not empty and holds no earlier SSD export: give a new "
                        + "or empty directory, or an earlier export's to replace it");
            }
            Path parent = this.out.getParent();
            Files.createDirectories(parent);
            this.temp = Files.createTempDirectory(parent, ".ssd-export-");
            for (SsdTable table : spec.tables()) {
                BufferedWriter w = Files.newBufferedWriter(temp.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
                writers.put(table.name(), w);
                counts.put(table.name(), 0L);
                writeLine(w, table.names());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the SSD export in " + out.getParent(), e);
        }
    }

    /** Derives, checks and writes one batch of children's records, in the order given. */
    public void accept(List<ChildJourney> batch) {
        SsdRows rows = new SsdRows(spec);
        for (ChildJourney journey : batch) {
            derivation.derive(journey, rows);
            children++;
        }
        write(rows);
    }

    /** Writes rows derived elsewhere (the staff tables), checked like any other. */
    public void write(SsdRows rows) {
        for (Map.Entry<String, List<String[]>> e : rows.all().entrySet()) {
            SsdTable table = spec.table(e.getKey());
            BufferedWriter w = writers.get(table.name());
            int personColumn = personColumn(table);
            for (String[] values : e.getValue()) {
                long row = counts.merge(table.name(), 1L, Long::sum);
                check(table, values, row, personColumn);
                try {
                    writeLine(w, java.util.Arrays.asList(values));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
    }

    private void check(SsdTable table, String[] values, long row, int personColumn) {
        List<SsdField> fields = table.fields();
        for (int i = 0; i < fields.size(); i++) {
            SsdField field = fields.get(i);
            String problem = SsdCheck.problem(field, values[i]);
            if (problem == null && field.mustBeUnique() && !values[i].isEmpty()
                    && !seen.computeIfAbsent(table.name() + "." + field.name(), k -> new HashSet<>()).add(values[i])) {
                problem = "repeats a value the spec requires to be unique";
            }
            if (problem != null) {
                violationCount++;
                long inItem = brokenItems.merge(field.describe(), 1L, Long::sum);
                if (inItem <= PER_ITEM && violations.size() < MAX_REPORTED) {
                    violations.add(new SsdViolation(table.name(), field.name(), field.itemRef(), row,
                            personColumn < 0 ? null : values[personColumn], problem));
                }
            }
        }
    }

    /**
     * Finishes: the version log row, the "not supplied" report and the summary; then, if every value met the spec,
     * moves the export into place (replacing an earlier export there) — otherwise deletes it and throws
     * {@link Refused}.
     */
    public Result finish() {
        SsdRows log = new SsdRows(spec);
        log.add("ssd_version_log").set("version_number", SsdSpec.VERSION)
                .set("description", "Standard Safeguarding Dataset derived from the Hearth record")
                .set("is_current", "1").set("created_by", "Hearth");
        write(log);
        finished = true;
        try {
            closeWriters();
            if (violationCount > 0) {
                deleteTree(temp);
                throw new Refused(violations, violationCount, brokenItems);
            }
            writeNotSupplied(temp.resolve(NOT_SUPPLIED));
            List<String> summary = new ArrayList<>();
            summary.add("Standard Safeguarding Dataset v" + SsdSpec.VERSION + " derived from the Hearth record");
            summary.add("children\t" + children);
            summary.add("addresses withheld (do not disclose)\t" + derivation.withheldAddresses());
            summary.add("visits with no SSD table (family help)\t" + derivation.otherVisits());
            counts.forEach((t, n) -> summary.add(t + "\t" + n));
            Files.write(temp.resolve(SUMMARY), summary, StandardCharsets.UTF_8);
            moveIntoPlace();
        } catch (IOException e) {
            deleteQuietly();
            throw new UncheckedIOException("could not write the SSD export: " + e.getMessage(), e);
        }
        return new Result(out, Map.copyOf(counts), children, derivation.withheldAddresses());
    }

    private void writeNotSupplied(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeLine(w, List.of("table", "field", "item_ref", "reason"));
            for (SsdTable table : spec.tables()) {
                for (SsdField f : table.fields()) {
                    String reason = spec.notSuppliedReason(table.name(), f.name());
                    if (reason != null) {
                        writeLine(w, List.of(table.name(), f.name(), f.itemRef(), reason));
                    }
                }
            }
        }
    }

    private void moveIntoPlace() throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), ".ssd-export-old-");
            Files.delete(old);
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** An empty directory, or one holding an earlier SSD export (its summary), may be replaced. */
    private static boolean replaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.toList();
            return files.isEmpty() || files.contains(dir.resolve(SUMMARY));
        }
    }

    private static int personColumn(SsdTable table) {
        List<String> names = table.names();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).endsWith("_person_id") && !names.get(i).contains("childs")) {
                return i;
            }
        }
        return -1;
    }

    static void writeLine(BufferedWriter w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csv(values.get(i)));
        }
        w.write('\n');
    }

    /** A CSV field: quoted when it must be; an empty value unquoted (PostgreSQL's COPY reads it as NULL). */
    static String csv(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip())) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private void closeWriters() throws IOException {
        IOException first = null;
        for (BufferedWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void deleteQuietly() {
        try {
            closeWriters();
            deleteTree(temp);
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: the temporary directory is named as such
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** An export abandoned before {@link #finish} (an exception while reading) leaves nothing behind. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            deleteQuietly();
        }
    }
}
