package org.hearth.ssd;

import java.util.Locale;

/** The SSD's column types, as its YAML spells them (in either case), with the PostgreSQL type each loads into. */
public enum SsdType {
    NVARCHAR("text"),
    /** The SSD's flags: one character (Y/N), as the spec's SQL declares them. */
    NCHAR("varchar(1)"),
    INT("integer"),
    FLOAT("double precision"),
    DATETIME("timestamp"),
    BIT("boolean"),
    BINARY("bytea");

    private final String sql;

    SsdType(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    static SsdType parse(String spelled) {
        if (spelled == null) {
            throw new IllegalArgumentException("a field has no type");
        }
        try {
            return valueOf(spelled.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown SSD type '" + spelled + "'");
        }
    }
}
