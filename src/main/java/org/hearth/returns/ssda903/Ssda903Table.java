package org.hearth.returns.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One 903 table: named columns of strings, rows 0-based in file order. Values are trimmed and blanks are null, so
 * rules test "blank" one way. Parsed dates and the per-child row index are computed on first use and shared by every
 * rule, which is what keeps a whole validation run linear in the size of the return.
 */
public final class Ssda903Table {
    private final String name;
    private final List<String> columns;
    private final Map<String, String[]> values;
    private final int size;
    private final Map<String, LocalDate[]> dates = new HashMap<>();
    private Map<String, int[]> byChild;
    private List<String> children;

    public Ssda903Table(String name, List<String> columns, List<String[]> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.size = rows.size();
        this.values = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String[] col = new String[size];
            for (int r = 0; r < size; r++) {
                String[] row = rows.get(r);
                col[r] = c < row.length ? clean(row[c]) : null;
            }
            values.put(columns.get(c), col);
        }
    }

    private static String clean(String v) {
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return t.isEmpty() ? null : t;
    }

    /** The same rows under another name (the previous year's tables are named with {@code _last}). */
    public Ssda903Table renamed(String newName) {
        List<String[]> rows = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = values.get(columns.get(c))[r];
            }
            rows.add(row);
        }
        return new Ssda903Table(newName, columns, rows);
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return size;
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    /** The value, or null when blank or when the table has no such column. */
    public String get(int row, String column) {
        String[] col = values.get(column);
        return col == null ? null : col[row];
    }

    public boolean blank(int row, String column) {
        return get(row, column) == null;
    }

    public boolean is(int row, String column, String value) {
        return value.equals(get(row, column));
    }

    public String child(int row) {
        return get(row, "CHILD");
    }

    /** The column parsed as dd/mm/yyyy dates; null where blank or not a valid date. */
    public LocalDate[] dates(String column) {
        LocalDate[] parsed = dates.get(column);
        if (parsed == null) {
            parsed = new LocalDate[size];
            String[] col = values.get(column);
            if (col != null) {
                for (int r = 0; r < size; r++) {
                    parsed[r] = Dates.parse(col[r]);
                }
            }
            dates.put(column, parsed);
        }
        return parsed;
    }

    public LocalDate date(int row, String column) {
        return dates(column)[row];
    }

    /** A value is there but is not a dd/mm/yyyy date. */
    public boolean badDate(int row, String column) {
        return get(row, column) != null && date(row, column) == null;
    }

    /** Row numbers per CHILD, in file order. */
    public Map<String, int[]> byChild() {
        if (byChild == null) {
            Map<String, List<Integer>> grouping = new LinkedHashMap<>();
            String[] col = values.get("CHILD");
            if (col != null) {
                for (int r = 0; r < size; r++) {
                    if (col[r] != null) {
                        grouping.computeIfAbsent(col[r], k -> new ArrayList<>(4)).add(r);
                    }
                }
            }
            Map<String, int[]> index = new LinkedHashMap<>(grouping.size() * 2);
            grouping.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            byChild = Collections.unmodifiableMap(index);
            children = List.copyOf(index.keySet());
        }
        return byChild;
    }

    private static final int[] NONE = new int[0];

    public int[] rowsOf(String child) {
        return child == null ? NONE : byChild().getOrDefault(child, NONE);
    }

    /** First row of the child, or -1. */
    public int firstRowOf(String child) {
        int[] rows = rowsOf(child);
        return rows.length == 0 ? -1 : rows[0];
    }

    public boolean hasChild(String child) {
        return rowsOf(child).length > 0;
    }

    public List<String> children() {
        byChild();
        return children;
    }
}
