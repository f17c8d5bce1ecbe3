package org.hearth.returns.export;

import org.hearth.returns.geography.PostcodeDirectory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;

/**
 * Writes a year's 903 as the DfE's CSV tables, one file per table with its columns in the DfE's order and dates
 * as dd/mm/yyyy. The previous year's tables go in {@code previous/}, because several 903 rules compare a child's
 * return with last year's.
 *
 * <p>Who is in it: the Header has every child looked after at any time in the year (an episode open in it) and every
 * young person in the OC3 care leaver cohort; the other tables follow from them (see {@link Ssda903Return}).
 */
public final class Ssda903Export {
    static final String PREVIOUS_DIR = "previous";

    private final Ssda903Episodes episodes;

    public Ssda903Export(String laCode, PostcodeDirectory postcodes) {
        this.episodes = new Ssda903Episodes(laCode, postcodes);
    }

    /**
     * @param laCode the ONS code of the returning LA (E10000016), used for placement location
     */
    public static void write(List<ChildJourney> journeys, CollectionYear year, String laCode, Path dir)
            throws IOException {
        new Ssda903Export(laCode, PostcodeDirectory.standard()).writeTo(journeys, year, dir);
    }

    public void writeTo(List<ChildJourney> journeys, CollectionYear year, Path dir) throws IOException {
        Objects.requireNonNull(journeys, "journeys");
        writeYear(journeys, year, dir);
        writeYear(journeys, year.previous(), dir.resolve(PREVIOUS_DIR));
    }

    private void writeYear(List<ChildJourney> journeys, CollectionYear year, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<Ssda903Table, List<String[]>> table : tables(journeys, year).entrySet()) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(table.getKey().fileName()),
                    StandardCharsets.UTF_8)) {
                line(w, table.getKey().columns());
                for (String[] row : table.getValue()) {
                    line(w, List.of(row));
                }
            }
        }
    }

    /**
     * The year's tables in memory, exactly as the CSV files would hold them (columns in the DfE's order, blanks as
     * ""), for validating the live record without writing files. Only the tables collected in the year.
     */
    public Map<Ssda903Table, List<String[]>> tables(List<ChildJourney> journeys, CollectionYear year) {
        Objects.requireNonNull(journeys, "journeys");
        List<Ssda903Return.Child> children = Ssda903Return.build(journeys, year, episodes);
        Map<Ssda903Table, List<String[]>> out = new java.util.EnumMap<>(Ssda903Table.class);
        for (Ssda903Table table : Ssda903Table.values()) {
            if (!table.collectedIn(year.endYear())) {
                continue;
            }
            List<String[]> rows = new java.util.ArrayList<>();
            for (Ssda903Return.Child child : children) {
                for (Map<String, String> row : child.rows(table)) {
                    rows.add(table.columns().stream().map(c -> row.getOrDefault(c, "")).toArray(String[]::new));
                }
            }
            out.put(table, rows);
        }
        return out;
    }

    /** The child's id as both returns give it (CHILD, LAchildID): the LA's own id, else one derived from Hearth's. */
    public static String returnChildId(org.hearth.journey.child.Person person) {
        return ExportSupport.childId(person);
    }

    private static void line(BufferedWriter w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csv(values.get(i)));
        }
        w.write('\n');
    }

    /** Quotes a value only when it must be (a comma, quote or line break in it). */
    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
