package org.hearth.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One DfE code list as it stood in one collection year: the codes valid that year, in the order of the resource file,
 * with their short labels. Codes are matched exactly (the DfE's validators reject "e4a" for "E4A").
 */
public final class CodeList {
    private final String name;
    private final CollectionYear year;
    private final Map<String, String> labels;

    CodeList(String name, CollectionYear year, Map<String, String> labels) {
        this.name = name;
        this.year = year;
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public String name() {
        return name;
    }

    public CollectionYear year() {
        return year;
    }

    public boolean contains(String code) {
        return code != null && labels.containsKey(code);
    }

    /** The label for a code valid this year; a code with no label in the file is its own label. */
    public Optional<String> label(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(labels.get(code));
    }

    /** Codes in file order. */
    public List<String> codes() {
        return List.copyOf(new ArrayList<>(labels.keySet()));
    }

    @Override
    public String toString() {
        return name + " " + year + " " + labels.keySet();
    }
}
