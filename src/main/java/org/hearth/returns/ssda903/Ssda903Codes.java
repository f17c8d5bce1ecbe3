package org.hearth.returns.ssda903;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hearth.codes.CollectionYear;

/**
 * The code lists the 903 rules check against, for one collection year, read from
 * {@code returns/ssda903/codes/codes.tsv} (list, code, first_year, last_year; blank years are open-ended). Kept in
 * one place so that it can be switched to the shared CodeLists when that lands.
 */
public final class Ssda903Codes {
    private static final String RESOURCE = "/returns/ssda903/codes/codes.tsv";
    private final Map<String, Set<String>> lists;

    private Ssda903Codes(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    public static Ssda903Codes forYear(CollectionYear year) {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = Ssda903Codes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("list\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + " needs 4 tab-separated fields");
                }
                int from = f[2].isBlank() ? Integer.MIN_VALUE : Integer.parseInt(f[2].strip());
                int to = f[3].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(f[3].strip());
                if (year.endYear() >= from && year.endYear() <= to) {
                    lists.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).add(f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Ssda903Codes(lists);
    }

    /** Whether a non-blank value is on the list; unknown lists are a programming error. */
    public boolean valid(String list, String value) {
        Set<String> codes = lists.get(list);
        if (codes == null) {
            throw new IllegalArgumentException("no 903 code list " + list);
        }
        return value != null && codes.contains(value);
    }

    public Set<String> list(String list) {
        return Set.copyOf(lists.getOrDefault(list, Set.of()));
    }
}
