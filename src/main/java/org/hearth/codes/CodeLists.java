package org.hearth.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DfE code lists (903 and CIN census fields), read from {@code codes/<LIST>.tsv} with the header
 * {@code code, label, from_year, to_year}. Years are collection end-years (2025 = 2024/25); a blank year is
 * open-ended. The names of the lists are in {@code codes/lists.txt}, because a classpath folder cannot be listed
 * reliably once packaged in a jar.
 */
public final class CodeLists {
    static final String HEADER = "code\tlabel\tfrom_year\tto_year";
    private static final String BASE = "codes/";

    /** One row of a list file: a code and the years it is valid. */
    record Entry(String code, String label, Integer fromYear, Integer toYear, int line) {
        boolean validIn(int endYear) {
            return (fromYear == null || fromYear <= endYear) && (toYear == null || endYear <= toYear);
        }

        boolean overlaps(Entry other) {
            int lo1 = fromYear == null ? Integer.MIN_VALUE : fromYear;
            int hi1 = toYear == null ? Integer.MAX_VALUE : toYear;
            int lo2 = other.fromYear == null ? Integer.MIN_VALUE : other.fromYear;
            int hi2 = other.toYear == null ? Integer.MAX_VALUE : other.toYear;
            return lo1 <= hi2 && lo2 <= hi1;
        }
    }

    private static volatile CodeLists standard;

    private final Map<String, List<Entry>> lists;
    /**
     * Each list as it stood in a year, built once: the journey's code rules and the API's labels ask for them on every
     * write and read, and they never change while Hearth runs.
     */
    private final Map<String, CodeList> byYear = new java.util.concurrent.ConcurrentHashMap<>();

    private CodeLists(Map<String, List<Entry>> lists) {
        this.lists = Collections.unmodifiableMap(lists);
    }

    /** The lists shipped with Hearth, loaded on first use and then shared. */
    public static CodeLists standard() {
        CodeLists local = standard;
        if (local == null) {
            synchronized (CodeLists.class) {
                local = standard;
                if (local == null) {
                    local = loadFromClasspath();
                    standard = local;
                }
            }
        }
        return local;
    }

    /**
     * A code in words, for a page or the chronology: its label in the collection year containing {@code on} (today
     * when null), else in the latest year that lists it; the code itself only when no list ever gave it a label.
     */
    public String words(String list, String code, java.time.LocalDate on) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String trimmed = code.strip();
        CollectionYear year = CollectionYear.containing(on == null ? java.time.LocalDate.now() : on);
        java.util.Optional<String> label = list(list, year).label(trimmed);
        if (label.isPresent()) {
            return label.get();
        }
        List<Entry> entries = lists.getOrDefault(list, List.of());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.code().equals(trimmed) && !e.label().isEmpty()) {
                return e.label();
            }
        }
        return trimmed;
    }

    /** Names of all lists, in the order of {@code codes/lists.txt}. */
    public Set<String> names() {
        return lists.keySet();
    }

    /** The list as it stood in the given collection year. */
    public CodeList list(String name, CollectionYear year) {
        CodeList built = byYear.get(name + "/" + year.endYear());
        return built != null ? built : byYear.computeIfAbsent(name + "/" + year.endYear(), k -> build(name, year));
    }

    private CodeList build(String name, CollectionYear year) {
        List<Entry> entries = lists.get(name);
        if (entries == null) {
            throw new IllegalArgumentException("There is no code list named '" + name + "'; known lists: " + names());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.validIn(year.endYear())) {
                labels.put(e.code(), e.label().isEmpty() ? e.code() : e.label());
            }
        }
        return new CodeList(name, year, labels);
    }

    private static CodeLists loadFromClasspath() {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        for (String line : readLines(BASE + "lists.txt")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            lists.put(name, parse(name, readLines(BASE + name + ".tsv")));
        }
        return new CodeLists(lists);
    }

    /** Parses one list file; refuses malformed rows and a code listed twice for overlapping years. */
    static List<Entry> parse(String name, List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalStateException("codes/" + name + ".tsv must start with the header '"
                    + HEADER.replace("\t", "\\t") + "'");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            String[] f = raw.split("\t", -1);
            if (f.length != 4) {
                throw bad(name, lineNo, "expected 4 tab-separated columns, found " + f.length);
            }
            String code = f[0].trim();
            if (code.isEmpty()) {
                throw bad(name, lineNo, "the code is blank");
            }
            Integer from = year(name, lineNo, f[2]);
            Integer to = year(name, lineNo, f[3]);
            if (from != null && to != null && from > to) {
                throw bad(name, lineNo, "from_year " + from + " is after to_year " + to);
            }
            Entry entry = new Entry(code, f[1].trim(), from, to, lineNo);
            for (Entry earlier : entries) {
                if (earlier.code().equals(code) && earlier.overlaps(entry)) {
                    throw bad(name, lineNo, "code " + code + " is already listed for overlapping years on line "
                            + earlier.line());
                }
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static Integer year(String name, int lineNo, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{4}")) {
            throw bad(name, lineNo, "'" + t + "' is not a collection end-year such as 2025");
        }
        return Integer.valueOf(t);
    }

    private static IllegalStateException bad(String name, int line, String why) {
        return new IllegalStateException("codes/" + name + ".tsv line " + line + ": " + why);
    }

    private static List<String> readLines(String resource) {
        InputStream in = CodeLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
