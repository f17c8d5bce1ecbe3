package org.hearth.returns.ssda903;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small reference CSV given by the user (Ofsted's register, the DfE's LA codes): a header row naming the columns
 * (any order, any case), then one row per entry. Problems are reported as {@link ReferenceDataException} naming the
 * file, line and column, never as a stack trace.
 */
final class ReferenceCsv {
    private final String source;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows;

    private ReferenceCsv(String source, List<String> header, List<String[]> rows) {
        this.source = source;
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        this.rows = rows;
    }

    static ReferenceCsv read(Path file) throws ReferenceDataException {
        String text;
        try {
            text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReferenceDataException("cannot read " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    static ReferenceCsv parse(String source, String text) throws ReferenceDataException {
        Ssda903Reader.ParsedCsv csv;
        try {
            csv = Ssda903Reader.parse(text);
        } catch (IOException e) {
            throw new ReferenceDataException(source + ": " + e.getMessage());
        }
        if (csv.header().isEmpty()) {
            throw new ReferenceDataException(source + " is empty: it needs a header row");
        }
        return new ReferenceCsv(source, csv.header(), new ArrayList<>(csv.rows()));
    }

    void require(String... names) throws ReferenceDataException {
        for (String n : names) {
            if (!columns.containsKey(n)) {
                throw new ReferenceDataException(source + " has no column '" + n + "' (its header must name "
                        + String.join(", ", names) + ")");
            }
        }
    }

    int size() {
        return rows.size();
    }

    /** The cell, stripped, or null when blank or the column is absent. */
    String get(int row, String column) {
        Integer c = columns.get(column);
        String[] r = rows.get(row);
        if (c == null || c >= r.length) {
            return null;
        }
        String v = r[c].strip();
        return v.isEmpty() ? null : v;
    }

    /** Line number in the file of a data row (the header is line 1), for messages. */
    String where(int row, String column) {
        return source + " line " + (row + 2) + ", column " + column;
    }

    /** A date as dd/mm/yyyy or yyyy-mm-dd; null when blank. */
    LocalDate date(int row, String column) throws ReferenceDataException {
        String v = get(row, column);
        if (v == null) {
            return null;
        }
        LocalDate d = Dates.parse(v);
        if (d != null) {
            return d;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ReferenceDataException(where(row, column) + ": '" + v
                    + "' is not a date (use dd/mm/yyyy or yyyy-mm-dd)");
        }
    }
}
