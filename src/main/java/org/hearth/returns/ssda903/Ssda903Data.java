package org.hearth.returns.ssda903;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tables of one 903 return (and, under {@code _last} names, the previous year's), plus what reading noticed. */
public final class Ssda903Data {
    private final Map<String, Ssda903Table> tables = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    /** Per file read, the columns of its table its header lacks (file name to columns). */
    private final Map<String, List<String>> missingColumns = new LinkedHashMap<>();

    public Ssda903Data put(Ssda903Table table) {
        tables.put(table.name(), table);
        return this;
    }

    public Optional<Ssda903Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public boolean has(String name) {
        return tables.containsKey(name);
    }

    public Map<String, Ssda903Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public void notice(String message) {
        notices.add(message);
    }

    public List<String> notices() {
        return Collections.unmodifiableList(notices);
    }

    /** Notes that a file's header lacks columns of its table (the validator reads on; an import refuses). */
    public void missingColumns(String file, List<String> columns) {
        missingColumns.put(file, List.copyOf(columns));
        notice(file + " has no column(s) " + columns);
    }

    /** File name to the columns its header lacks; empty when every file had all its table's columns. */
    public Map<String, List<String>> missingColumns() {
        return Collections.unmodifiableMap(missingColumns);
    }

    /** This year's tables with the previous year's added as {@code Name_last}. */
    public static Ssda903Data combine(Ssda903Data current, Ssda903Data previous) {
        Ssda903Data all = new Ssda903Data();
        current.tables.values().forEach(all::put);
        all.notices.addAll(current.notices);
        if (previous != null) {
            for (Ssda903Table t : previous.tables.values()) {
                all.put(t.name().endsWith("_last") ? t : t.renamed(t.name() + "_last"));
            }
            previous.notices.forEach(n -> all.notices.add("previous year: " + n));
        }
        return all;
    }
}
