package org.hearth.returns.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Table;

/**
 * A 903 return of any size made by repeating a base return's children, each repetition with fresh child ids, so
 * that every child keeps all of their own rows in every table (and, for last year's return, the same ids).
 */
final class Ssda903Repeat {
    private Ssda903Repeat() {}

    /** The base children in Header order, cycled to make {@code n}. */
    static List<String> children(Ssda903Data base, int n) {
        return base.table("Header").orElseThrow().children();
    }

    static void write(Ssda903Data base, int n, Path dir) throws IOException {
        write(base, n, dir, children(base, n));
    }

    /** Writes every table of {@code base} for the first {@code n} children of the cycle over {@code order}. */
    static void write(Ssda903Data base, int n, Path dir, List<String> order) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Ssda903Table> e : base.tables().entrySet()) {
            Ssda903Table t = e.getValue();
            List<String> columns = t.columns();
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                w.write(String.join(",", columns));
                w.write('\n');
                for (int i = 0; i < n; i++) {
                    String child = order.get(i % order.size());
                    String id = id(child, i / order.size());
                    for (int r : t.rowsOf(child)) {
                        for (int k = 0; k < columns.size(); k++) {
                            if (k > 0) {
                                w.write(',');
                            }
                            String col = columns.get(k);
                            String v = col.equals("CHILD") ? id : t.get(r, col);
                            w.write(v == null ? "" : csv(v));
                        }
                        w.write('\n');
                    }
                }
            }
        }
    }

    /** The id of the {@code copy}th repetition of a child: the first keeps its own. */
    static String id(String child, int copy) {
        return copy == 0 ? child : child + "R" + copy;
    }

    private static String csv(String v) {
        return v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 ? v
                : '"' + v.replace("\"", "\"\"") + '"';
    }
}
