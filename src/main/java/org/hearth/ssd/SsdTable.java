package org.hearth.ssd;

import java.util.List;
import java.util.Optional;

/** One SSD object (table) and its fields, in the spec's order (which is the CSV's column order). */
public record SsdTable(String name, List<SsdField> fields) {
    public SsdTable {
        fields = List.copyOf(fields);
    }

    public Optional<SsdField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> names() {
        return fields.stream().map(SsdField::name).toList();
    }

    /** The key rows are told apart by: the first primary-key field, if the spec marks one. */
    public Optional<SsdField> key() {
        return fields.stream().filter(SsdField::primaryKey).findFirst();
    }
}
