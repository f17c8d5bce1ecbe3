package org.hearth.ssd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Standard Safeguarding Dataset (v1.4.5) as data: its tables and fields read from the spec's own YAML
 * ({@code ssd/spec/objects/*.yml}), its code lists from {@code ssd/spec/categories}, and Hearth's reading of both
 * ({@code ssd/field-rules.tsv}: which list checks a field, lengths from the guidance; {@code ssd/not-supplied.tsv}:
 * items the record cannot supply, with why). Nothing about a table is written in Java.
 */
public final class SsdSpec {
    public static final String VERSION = "1.4.5";
    private static final Pattern CATEGORY_VALUE = Pattern.compile("^- value:\\s*(.*)$");
    private static final Pattern PLAIN_ITEM = Pattern.compile("^- (?!value:)(\\S.*)$");
    private static volatile SsdSpec standard;

    private final List<SsdTable> tables;
    private final Map<String, Set<String>> categories;
    private final Map<String, Map<String, String>> notSupplied;

    private SsdSpec(List<SsdTable> tables, Map<String, Set<String>> categories,
                    Map<String, Map<String, String>> notSupplied) {
        this.tables = List.copyOf(tables);
        this.categories = categories;
        this.notSupplied = notSupplied;
    }

    /** The spec shipped with Hearth, read once. */
    public static SsdSpec standard() {
        SsdSpec local = standard;
        if (local == null) {
            synchronized (SsdSpec.class) {
                local = standard;
                if (local == null) {
                    local = load(SsdSpec::classpath);
                    standard = local;
                }
            }
        }
        return local;
    }

    /**
     * Reads the spec through {@code resource}, which gives the text of a file under {@code ssd/} (e.g.
     * {@code "spec/files.txt"}) or null when there is none. Fails, naming the file, on anything it cannot read.
     */
    public static SsdSpec load(Function<String, String> resource) {
        String listing = required(resource, "spec/files.txt");
        Map<String, Set<String>> categories = new LinkedHashMap<>();
        List<String> objectFiles = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String file = line.trim();
            if (file.startsWith("objects/") && file.endsWith(".yml") && !file.equals("objects/relationships.yml")) {
                objectFiles.add(file);
            } else if (file.startsWith("categories/")) {
                String name = file.substring("categories/".length());
                categories.put(name, categoryValues(required(resource, "spec/" + file)));
            }
        }
        Map<String, Map<String, FieldRule>> rules = fieldRules(required(resource, "field-rules.tsv"), categories);
        List<SsdTable> tables = new ArrayList<>();
        for (String file : objectFiles) {
            tables.addAll(objects(file, required(resource, "spec/" + file), rules));
        }
        tables.sort(java.util.Comparator.comparing(SsdTable::name));
        SsdSpec spec = new SsdSpec(tables, Collections.unmodifiableMap(categories), Map.of());
        for (var e : rules.entrySet()) {
            for (String field : e.getValue().keySet()) {
                spec.requireField(e.getKey(), field, "field-rules.tsv");
            }
        }
        Map<String, Map<String, String>> notSupplied = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : required(resource, "not-supplied.tsv").split("\n")) {
            lineNo++;
            if (lineNo == 1 || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[2].isBlank()) {
                throw new IllegalStateException("not-supplied.tsv line " + lineNo + ": give table, field (or *) and a reason");
            }
            if (!cols[1].equals("*")) {
                spec.requireField(cols[0], cols[1], "not-supplied.tsv");
            } else {
                spec.table(cols[0]);
            }
            notSupplied.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(cols[1], cols[2].trim());
        }
        return new SsdSpec(tables, spec.categories, notSupplied);
    }

    public List<SsdTable> tables() {
        return tables;
    }

    public SsdTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the SSD has no table " + name));
    }

    /** The values of one category file (e.g. {@code legal_status.yml}). */
    public Set<String> category(String file) {
        Set<String> values = categories.get(file);
        if (values == null) {
            throw new IllegalArgumentException("the SSD has no category file " + file);
        }
        return values;
    }

    /**
     * Why the record cannot supply this item, or null when it can. A whole table the record holds nothing for is
     * listed once with field {@code *}.
     */
    public String notSuppliedReason(String table, String field) {
        Map<String, String> t = notSupplied.getOrDefault(table, Map.of());
        return t.getOrDefault(field, t.get("*"));
    }

    private void requireField(String table, String field, String where) {
        if (table(table).field(field).isEmpty()) {
            throw new IllegalStateException(where + " names " + table + "." + field + ", which the SSD does not have");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<SsdTable> objects(String file, String text, Map<String, Map<String, FieldRule>> rules) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the SSD spec file " + file + " is not readable YAML: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> map) || !(map.get("nodes") instanceof List<?> nodes)) {
            throw new IllegalStateException("the SSD spec file " + file + " has no list of nodes");
        }
        List<SsdTable> out = new ArrayList<>();
        for (Object n : nodes) {
            Map<String, Object> node = (Map<String, Object>) n;
            String table = String.valueOf(node.get("name"));
            List<SsdField> fields = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Object f : (List<Object>) node.getOrDefault("fields", List.of())) {
                Map<String, Object> field = (Map<String, Object>) f;
                String name = String.valueOf(field.get("name"));
                if (!seen.add(name)) {
                    throw new IllegalStateException(file + ": " + table + "." + name + " is listed twice");
                }
                Object ref = field.get("item_ref");
                if (ref == null || String.valueOf(ref).isBlank()) {
                    throw new IllegalStateException(file + ": " + table + "." + name + " has no item reference");
                }
                SsdType type;
                try {
                    type = SsdType.parse((String) field.get("type"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + ": " + table + "." + name + ": " + e.getMessage(), e);
                }
                boolean required = validator(field, "required");
                boolean unique = validator(field, "unique");
                boolean pk = Boolean.TRUE.equals(field.get("primary_key"));
                Object fk = field.get("foreign_key");
                FieldRule rule = rules.getOrDefault(table, Map.of()).getOrDefault(name, FieldRule.NONE);
                fields.add(new SsdField(table, name, String.valueOf(ref).trim(), type, required, unique, pk,
                        fk == null ? null : String.valueOf(fk), rule));
            }
            out.add(new SsdTable(table, fields));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static boolean validator(Map<String, Object> field, String name) {
        Object validators = field.get("validators");
        if (!(validators instanceof List<?> list)) {
            return false;
        }
        for (Object v : list) {
            if (v instanceof Map<?, ?> m && m.get(name) instanceof Map<?, ?> settings
                    && Boolean.TRUE.equals(((Map<String, Object>) settings).get("enabled"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A category file's values. Several of the spec's category files are not valid YAML (an apostrophe inside a
     * quoted description; one begins part-way through its list), so they are read line by line: each
     * {@code - value: X} (or a plain {@code - X}) item is a value; descriptions are not needed to check a code.
     */
    static Set<String> categoryValues(String text) {
        Set<String> values = new LinkedHashSet<>();
        for (String raw : text.split("\n")) {
            String line = raw.stripTrailing();
            java.util.regex.Matcher m = CATEGORY_VALUE.matcher(line);
            java.util.regex.Matcher plain = PLAIN_ITEM.matcher(line);
            String value = m.matches() ? m.group(1) : plain.matches() ? plain.group(1) : null;
            if (value == null) {
                continue;
            }
            value = value.trim();
            if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                    || value.startsWith("\"") && value.endsWith("\""))) {
                value = value.substring(1, value.length() - 1).replace("''", "'");
            }
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return Collections.unmodifiableSet(values);
    }

    private static Map<String, Map<String, FieldRule>> fieldRules(String text, Map<String, Set<String>> categories) {
        Map<String, Map<String, FieldRule>> out = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (lineNo == 1 || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 7) {
                throw new IllegalStateException("field-rules.tsv line " + lineNo + ": expected 7 columns, found " + c.length);
            }
            String codesSpec = c[2].trim();
            Set<String> codes = null;
            boolean json = false;
            if (!codesSpec.isEmpty()) {
                json = codesSpec.startsWith("json-");
                String s = json ? codesSpec.substring(5) : codesSpec;
                codes = codes(s, categories, lineNo);
            }
            Integer max = c[3].isBlank() ? null : Integer.valueOf(c[3].trim());
            Pattern pattern = c[4].isBlank() ? null : Pattern.compile(c[4].trim());
            Set<String> relax = c[5].isBlank() ? Set.of() : Set.of(c[5].trim().split("\\s*,\\s*"));
            if (!Set.of("not-required", "not-unique").containsAll(relax)) {
                throw new IllegalStateException("field-rules.tsv line " + lineNo + ": relax is not-required and/or not-unique");
            }
            if (c[6].isBlank()) {
                throw new IllegalStateException("field-rules.tsv line " + lineNo + ": say why (note)");
            }
            out.computeIfAbsent(c[0].trim(), k -> new LinkedHashMap<>()).put(c[1].trim(),
                    new FieldRule(codes, codesSpec.isEmpty() ? null : codesSpec, json, max, pattern,
                            relax.contains("not-required"), relax.contains("not-unique"), c[6].trim()));
        }
        return out;
    }

    private static Set<String> codes(String spec, Map<String, Set<String>> categories, int lineNo) {
        if (spec.startsWith("ssd:")) {
            Set<String> values = categories.get(spec.substring(4));
            if (values == null || values.isEmpty()) {
                throw new IllegalStateException("field-rules.tsv line " + lineNo + ": no SSD category " + spec);
            }
            return values;
        }
        if (spec.startsWith("values:")) {
            return Set.of(spec.substring(7).split("\\|"));
        }
        if (spec.startsWith("hearth:")) {
            return everyYear(spec.substring(7));
        }
        throw new IllegalStateException("field-rules.tsv line " + lineNo + ": codes must be ssd:, hearth: or values:");
    }

    /** A Hearth DfE list's codes in any collection year: the SSD holds history, not one year's return. */
    static Set<String> everyYear(String list) {
        CodeLists lists = CodeLists.standard();
        if (!lists.names().contains(list)) {
            throw new IllegalStateException("field-rules.tsv names a code list Hearth does not have: " + list);
        }
        Set<String> codes = new LinkedHashSet<>();
        int last = java.time.LocalDate.now().getYear() + 2;
        for (int year = 2010; year <= last; year++) {
            codes.addAll(lists.list(list, CollectionYear.of(year)).codes());
        }
        return Collections.unmodifiableSet(codes);
    }

    private static String required(Function<String, String> resource, String name) {
        String text = resource.apply(name);
        if (text == null) {
            throw new IllegalStateException("the SSD spec has no file ssd/" + name);
        }
        return text;
    }

    private static String classpath(String name) {
        try (InputStream in = SsdSpec.class.getClassLoader().getResourceAsStream("ssd/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "SSD " + VERSION + " (" + tables.size() + " tables)";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
