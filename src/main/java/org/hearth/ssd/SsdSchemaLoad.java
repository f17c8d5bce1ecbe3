package org.hearth.ssd;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Loads an SSD export's CSV files into the PostgreSQL schema {@code ssd}: one table per SSD object, typed columns
 * from the spec (nvarchar as text, nchar as one character, datetime as timestamp...), NOT NULL where the spec
 * requires a value, each column's comment its item reference and description. The previous load is replaced in one
 * transaction, so readers see the old tables or the new, never a half-load. The schema is created by migration V20
 * and the application's role may create tables in it (and only there).
 */
@Component
public class SsdSchemaLoad {
    public static final String SCHEMA = "ssd";
    private final DataSource dataSource;

    public SsdSchemaLoad(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads the export in {@code dir}; returns the rows loaded per table. */
    public Map<String, Long> load(SsdSpec spec, Path dir) {
        Map<String, Long> loaded = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL lock_timeout = '30s'");
                for (SsdTable table : spec.tables()) {
                    s.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table.name());
                    s.execute(createTable(table));
                    for (SsdField f : table.fields()) {
                        s.execute("COMMENT ON COLUMN " + SCHEMA + "." + table.name() + "." + f.name() + " IS "
                                + literal(f.itemRef()));
                    }
                    try (Reader in = Files.newBufferedReader(dir.resolve(table.name() + ".csv"), StandardCharsets.UTF_8)) {
                        long n = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + SCHEMA + "." + table.name()
                                + " (" + String.join(", ", table.names()) + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                        loaded.put(table.name(), n);
                    }
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw new IllegalStateException("could not load the SSD into the schema " + SCHEMA + " (nothing changed): "
                        + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach the database to load the SSD: " + e.getMessage(), e);
        }
        return loaded;
    }

    static String createTable(SsdTable table) {
        return "CREATE TABLE " + SCHEMA + "." + table.name() + " (" + table.fields().stream()
                .map(f -> f.name() + " " + f.type().sql() + (f.mandatory() ? " NOT NULL" : ""))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
