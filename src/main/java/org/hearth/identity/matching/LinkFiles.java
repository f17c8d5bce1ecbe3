package org.hearth.identity.matching;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the link input file (RFC 4180 CSV with the fixed header) and writes the clusters and pairs files. */
public final class LinkFiles {
    public static final List<String> HEADER = List.of("record_id", "source", "first_name", "middle_name", "surname",
            "dob", "sex", "postcode", "address_line", "nhs_number", "upn");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private LinkFiles() {
    }

    public static List<InputRecord> read(Path file) throws BadInputException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("input file " + file + " does not exist");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("input file is not UTF-8 text");
        }
        return parse(text);
    }

    /** Parses the whole file, refusing it at the first problem (nothing is linked from a half-read file). */
    public static List<InputRecord> parse(String text) throws BadInputException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> row = new ArrayList<>(HEADER.size());
        List<InputRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int pos = 0;
        int line = 1;
        boolean header = true;
        char[] t = text.toCharArray(); // read as an array: no bounds check per character
        int len = t.length;
        StringBuilder field = new StringBuilder();
        while (pos < len) {
            int rowLine = line;
            row.clear();
            // one row
            while (true) {
                field.setLength(0);
                if (pos < len && t[pos] == '"') {
                    pos++;
                    while (true) {
                        if (pos >= len) {
                            throw new BadInputException("line " + rowLine + ": a quoted value is never closed");
                        }
                        char c = t[pos++];
                        if (c == '"') {
                            if (pos < len && t[pos] == '"') {
                                field.append('"');
                                pos++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                    if (pos < len && t[pos] != ',' && t[pos] != '\n' && t[pos] != '\r') {
                        throw new BadInputException("line " + line + ": text after a closing quote; a quote inside "
                                + "a quoted value must be doubled (\"\")");
                    }
                } else {
                    int from = pos;
                    while (pos < len) {
                        char c = t[pos];
                        if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        }
                        if (c == '"') {
                            throw new BadInputException("line " + line + ": a quote in the middle of an unquoted "
                                    + "value; quote the whole value and double the quote");
                        }
                        pos++;
                    }
                    field.append(t, from, pos - from);
                }
                row.add(field.toString());
                if (pos < len && t[pos] == ',') {
                    pos++;
                    continue;
                }
                if (pos < len && t[pos] == '\r') {
                    pos++;
                }
                if (pos < len && t[pos] == '\n') {
                    pos++;
                }
                line++;
                break;
            }
            if (row.size() == 1 && row.get(0).isEmpty() && !header) {
                continue; // a blank line
            }
            if (header) {
                if (!row.equals(HEADER)) {
                    throw new BadInputException("line 1: the header must be exactly " + String.join(",", HEADER)
                            + " (found " + String.join(",", row) + ")");
                }
                header = false;
                continue;
            }
            if (row.size() != HEADER.size()) {
                throw new BadInputException("line " + rowLine + ": " + row.size() + " values; every row needs "
                        + HEADER.size() + " (" + String.join(",", HEADER) + ")");
            }
            String id = row.get(0).strip();
            if (id.isEmpty()) {
                throw new BadInputException("line " + rowLine + ": record_id is blank; every record needs one");
            }
            if (!ids.add(id)) {
                throw new BadInputException("line " + rowLine + ": record_id " + id + " appears twice; "
                        + "each record needs its own");
            }
            String dob = row.get(5).strip();
            if (!dob.isEmpty()) {
                if (!ISO_DATE.matcher(dob).matches()) {
                    throw new BadInputException("line " + rowLine + ": date of birth '" + dob + "' of record " + id
                            + " is not a date in the form YYYY-MM-DD");
                }
                try {
                    Standardiser.isoDate(dob);
                } catch (DateTimeParseException e) {
                    throw new BadInputException("line " + rowLine + ": date of birth " + dob + " of record " + id
                            + " is not a real date");
                }
            }
            records.add(new InputRecord(id, row.get(1), row.get(2), row.get(3), row.get(4), dob, row.get(6),
                    row.get(7), row.get(8), row.get(9), row.get(10)));
        }
        if (header) {
            throw new BadInputException("the input file is empty; it needs the header " + String.join(",", HEADER));
        }
        return records;
    }

    /** {@code record_id,cluster_id} for every record, in input order. */
    public static void writeClusters(Writer out, Linker.Result result) throws IOException {
        out.write("record_id,cluster_id\n");
        List<Standardised> records = result.records();
        for (int i = 0; i < records.size(); i++) {
            out.write(quote(records.get(i).recordId));
            out.write(',');
            out.write(quote(records.get(result.clusterOf()[i]).recordId));
            out.write('\n');
        }
    }

    /** {@code record_id_l,record_id_r,match_probability} for every pair scored above the floor. */
    public static void writePairs(Writer out, Linker.Result result) throws IOException {
        out.write("record_id_l,record_id_r,match_probability\n");
        List<Standardised> records = result.records();
        StringBuilder b = new StringBuilder(64);
        for (Linker.ScoredPair p : result.pairs()) {
            b.setLength(0);
            b.append(quote(records.get(p.left()).recordId)).append(',').append(quote(records.get(p.right()).recordId))
                    .append(',');
            long scaled = Math.round(p.probability() * 1_000_000);
            b.append(scaled / 1_000_000).append('.');
            String frac = Long.toString(scaled % 1_000_000);
            b.append("000000", 0, 6 - frac.length()).append(frac).append('\n');
            out.append(b);
        }
    }

    static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}
