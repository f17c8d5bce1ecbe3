package org.hearth.platform.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps a Java record to a table whose columns are the table prefix plus the component name in snake case
 * ({@code cpPlanStartDate} → {@code cppl_cp_plan_start_date}), so SSD column names need no hand-written SQL.
 * Component {@code id} maps to the table's id column. Listed components are left out (held in another table).
 */
public final class RecordTable<T extends Record> {
    private final Class<T> type;
    private final String table;
    private final String idColumn;
    private final String personColumn;
    private final RecordComponent[] components;
    private final List<String> columns;
    private final Constructor<T> constructor;
    private final Set<String> skipped;

    public RecordTable(Class<T> type, String table, String prefix, String idColumn, String... skippedComponents) {
        this.type = type;
        this.table = table;
        this.idColumn = idColumn;
        this.skipped = Set.of(skippedComponents);
        this.components = type.getRecordComponents();
        this.columns = new ArrayList<>();
        for (RecordComponent c : components) {
            columns.add(skipped.contains(c.getName()) ? null
                    : c.getName().equals("id") ? idColumn : prefix + snake(c.getName()));
        }
        this.personColumn = prefix + "person_id";
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else if (Character.isDigit(ch) && !out.isEmpty() && !Character.isDigit(out.charAt(out.length() - 1))) {
                out.append(ch); // s47StartDate → s47_start_date, not s_47
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    public Class<T> type() { return type; }
    public String table() { return table; }
    public String idColumn() { return idColumn; }
    public String personColumn() { return personColumn; }

    public String selectByPersons() {
        return "SELECT " + columnList() + " FROM " + table + " WHERE " + personColumn + " = ANY(?)";
    }

    public String selectById() {
        return "SELECT " + columnList() + " FROM " + table + " WHERE " + idColumn + " = ?";
    }

    public String insert() {
        List<String> cols = mappedColumns();
        return "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                + cols.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    public String update() {
        return "UPDATE " + table + " SET " + mappedColumns().stream().filter(c -> !c.equals(idColumn))
                .map(c -> c + " = ?").collect(Collectors.joining(", ")) + " WHERE " + idColumn + " = ?";
    }

    public String delete() {
        return "DELETE FROM " + table + " WHERE " + idColumn + " = ?";
    }

    /** Values in {@link #insert()} order. */
    public Object[] insertValues(T record) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            if (columns.get(i) != null) {
                values.add(toJdbc(read(record, i)));
            }
        }
        return values.toArray();
    }

    /** Values in {@link #update()} order: every column but the id, then the id. */
    public Object[] updateValues(T record) {
        List<Object> values = new ArrayList<>();
        Object id = null;
        for (int i = 0; i < components.length; i++) {
            if (columns.get(i) == null) {
                continue;
            }
            if (columns.get(i).equals(idColumn)) {
                id = toJdbc(read(record, i));
            } else {
                values.add(toJdbc(read(record, i)));
            }
        }
        values.add(id);
        return values.toArray();
    }

    public RowMapper<T> rowMapper() {
        return this::map;
    }

    /** A copy of the record with its id and owner set: callers never choose ids. */
    public T withIdentity(T record, UUID id, UUID personId) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            args[i] = name.equals("id") ? id : name.equals("personId") ? personId : read(record, i);
        }
        return construct(args);
    }

    /** The record's values by component name, for comparisons and the chronology. */
    public Map<String, Object> values(T record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            out.put(components[i].getName(), read(record, i));
        }
        return out;
    }

    private T map(ResultSet rs, int rowNum) throws SQLException {
        Object[] args = new Object[components.length];
        int col = 1;
        for (int i = 0; i < components.length; i++) {
            if (columns.get(i) == null) {
                args[i] = null;
                continue;
            }
            args[i] = fromJdbc(rs, col++, components[i].getType());
        }
        return construct(args);
    }

    private String columnList() {
        return String.join(", ", mappedColumns());
    }

    private List<String> mappedColumns() {
        return columns.stream().filter(c -> c != null).toList();
    }

    private T construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private Object read(T record, int i) {
        try {
            return components[i].getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object toJdbc(Object value) {
        if (value instanceof java.time.Instant i) {
            return java.sql.Timestamp.from(i);
        }
        if (value instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toArray(String[]::new);
        }
        return value;
    }

    private static Object fromJdbc(ResultSet rs, int col, Class<?> type) throws SQLException {
        if (type == LocalDate.class) {
            Date d = rs.getDate(col);
            return d == null ? null : d.toLocalDate();
        }
        if (type == java.time.Instant.class) {
            java.sql.Timestamp t = rs.getTimestamp(col);
            return t == null ? null : t.toInstant();
        }
        if (type == UUID.class) {
            return rs.getObject(col, UUID.class);
        }
        if (type == Integer.class) {
            int v = rs.getInt(col);
            return rs.wasNull() ? null : v;
        }
        if (type == Boolean.class) {
            boolean v = rs.getBoolean(col);
            return rs.wasNull() ? null : v;
        }
        if (type == BigDecimal.class) {
            return rs.getBigDecimal(col);
        }
        if (type == List.class) {
            Array array = rs.getArray(col);
            return array == null ? List.of() : List.of((String[]) array.getArray());
        }
        return rs.getString(col);
    }
}
