package org.hearth.ssd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows derived for some SSD tables, each row one value per spec field in the spec's order ("" for empty). A field
 * the record cannot supply (listed in {@code not-supplied.tsv}) cannot be set: the derivation and the "not supplied"
 * report cannot disagree.
 */
public final class SsdRows {
    private final SsdSpec spec;
    private final Map<String, List<String[]>> rows = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();

    public SsdRows(SsdSpec spec) {
        this.spec = spec;
    }

    /** A new empty row of the table, for the derivation to fill. */
    public Row add(String table) {
        Map<String, Integer> index = positions.computeIfAbsent(table, t -> {
            Map<String, Integer> m = new HashMap<>();
            List<String> names = spec.table(t).names();
            for (int i = 0; i < names.size(); i++) {
                m.put(names.get(i), i);
            }
            return m;
        });
        String[] values = new String[index.size()];
        java.util.Arrays.fill(values, "");
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        return new Row(table, index, values);
    }

    public List<String[]> of(String table) {
        return rows.getOrDefault(table, List.of());
    }

    public Map<String, List<String[]>> all() {
        return rows;
    }

    /** One row being filled. */
    public final class Row {
        private final String table;
        private final Map<String, Integer> index;
        private final String[] values;

        private Row(String table, Map<String, Integer> index, String[] values) {
            this.table = table;
            this.index = index;
            this.values = values;
        }

        public Row set(String field, String value) {
            Integer i = index.get(field);
            if (i == null) {
                throw new IllegalArgumentException("the SSD's " + table + " has no field " + field);
            }
            if (spec.notSuppliedReason(table, field) != null) {
                throw new IllegalStateException(table + "." + field + " is listed as not supplied, yet derived");
            }
            values[i] = value == null ? "" : value;
            return this;
        }
    }
}
