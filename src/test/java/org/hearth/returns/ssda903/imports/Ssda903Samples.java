package org.hearth.returns.ssda903.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Reader;
import org.hearth.returns.ssda903.Ssda903Table;

/** The public d2i fake 903 sample, moved into a year Hearth's rules cover, and written back as CSV. */
final class Ssda903Samples {
    static final Path SAMPLE = Path.of("src/test/resources/samples/ssda903-d2i-fake");
    static final Path SAMPLE_XML = SAMPLE.resolve("fake_903.xml");

    private Ssda903Samples() {}

    /**
     * The sample's dates run from 2015 to 2018 (its year is 2017/18); Hearth's rules start at 2022/23. Every date
     * moves on five years (29 February to 28 February where the new year has none), so the sample is a 2022/23
     * return; {@code prefix} goes before every CHILD id, so tests sharing a database do not meet.
     */
    static Ssda903Data moved(String prefix) throws IOException {
        return moved(SAMPLE, prefix);
    }

    /** As {@link #moved(String)}, for the CSV directory ({@link #SAMPLE}) or the XML file ({@link #SAMPLE_XML}). */
    static Ssda903Data moved(Path sample, String prefix) throws IOException {
        Ssda903Data data = Ssda903Reader.readReturn(sample);
        Ssda903Data out = new Ssda903Data();
        for (Ssda903Table t : data.tables().values()) {
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r < t.size(); r++) {
                String[] row = new String[t.columns().size()];
                for (int c = 0; c < row.length; c++) {
                    String col = t.columns().get(c);
                    String v = t.get(r, col);
                    if (v != null && v.matches("(\\d{2}|zz)/(\\d{2}|zz)/\\d{4}")) {
                        int y = Integer.parseInt(v.substring(6)) + 5;
                        String dm = v.substring(0, 6);
                        if (dm.equals("29/02/") && !java.time.Year.isLeap(y)) {
                            dm = "28/02/";
                        }
                        v = dm + y;
                    }
                    row[c] = col.equals("CHILD") && v != null ? prefix + v : v;
                }
                rows.add(row);
            }
            out.put(new Ssda903Table(t.name(), t.columns(), rows));
        }
        return out;
    }

    /** Writes the tables as CSV files (the usual file names) into {@code dir}. */
    static Path writeCsv(Ssda903Data data, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> names = Map.ofEntries(Map.entry("Header", "header"), Map.entry("Episodes", "episodes"),
                Map.entry("Reviews", "reviews"), Map.entry("UASC", "uasc"), Map.entry("OC2", "oc2"),
                Map.entry("OC3", "oc3"), Map.entry("AD1", "ad1"), Map.entry("PlacedAdoption", "placed_for_adoption"),
                Map.entry("PrevPerm", "previous_permanence"), Map.entry("Missing", "missing"),
                Map.entry("SWEpisodes", "sw_episodes"), Map.entry("DoLo", "DoLo"));
        for (Ssda903Table t : data.tables().values()) {
            StringBuilder sb = new StringBuilder(String.join(",", t.columns())).append('\n');
            for (int r = 0; r < t.size(); r++) {
                List<String> values = new ArrayList<>();
                for (String c : t.columns()) {
                    String v = t.get(r, c);
                    values.add(v == null ? "" : v.contains(",") ? '"' + v + '"' : v);
                }
                sb.append(String.join(",", values)).append('\n');
            }
            Files.writeString(dir.resolve(names.getOrDefault(t.name(), t.name()) + ".csv"), sb);
        }
        return dir;
    }
}
