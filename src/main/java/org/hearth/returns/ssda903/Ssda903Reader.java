package org.hearth.returns.ssda903;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a directory of 903 CSV files. LAs name the files in many ways, so a file is recognised by its header
 * columns first and by its name only when the columns are not conclusive.
 */
public final class Ssda903Reader {

    /** The DfE table names and their columns. */
    public static final Map<String, List<String>> TABLE_COLUMNS = new LinkedHashMap<>();

    static {
        TABLE_COLUMNS.put("Header", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"));
        TABLE_COLUMNS.put("Episodes", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC",
                "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"));
        TABLE_COLUMNS.put("Reviews", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"));
        TABLE_COLUMNS.put("UASC", List.of("CHILD", "SEX", "DOB", "DUC"));
        TABLE_COLUMNS.put("OC2", List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
                "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
                "INTERVENTION_OFFERED"));
        TABLE_COLUMNS.put("OC3", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"));
        TABLE_COLUMNS.put("AD1", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
                "SEX_ADOPTR", "LS_ADOPTR"));
        TABLE_COLUMNS.put("PlacedAdoption", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
                "REASON_PLACED_CEASED"));
        TABLE_COLUMNS.put("PrevPerm", List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"));
        TABLE_COLUMNS.put("Missing", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"));
        TABLE_COLUMNS.put("SWEpisodes", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"));
        TABLE_COLUMNS.put("DoLo", List.of("CHILD", "DOB", "DOLO_START", "DOLO_END"));
    }

    /** How LAs usually name each table's file (lower case, without .csv). */
    private static final Map<String, List<String>> FILE_NAMES = Map.ofEntries(
            Map.entry("Header", List.of("header")),
            Map.entry("Episodes", List.of("episodes")),
            Map.entry("Reviews", List.of("reviews")),
            Map.entry("UASC", List.of("uasc")),
            Map.entry("OC2", List.of("oc2")),
            Map.entry("OC3", List.of("oc3")),
            Map.entry("AD1", List.of("ad1")),
            Map.entry("PlacedAdoption", List.of("placed_for_adoption", "placedadoption", "placed_adoption")),
            Map.entry("PrevPerm", List.of("previous_permanence", "prevperm", "prev_perm")),
            Map.entry("Missing", List.of("missing")),
            Map.entry("SWEpisodes", List.of("sw_episodes", "swepisodes", "social_worker", "socialworker")),
            Map.entry("DoLo", List.of("dolo")));

    private Ssda903Reader() {}

    /**
     * Reads a return however it was sent: a directory of CSV tables, or one XML file (CLA schema 3.3.0) read by
     * {@link Ssda903XmlReader} into the same tables.
     */
    public static Ssda903Data readReturn(Path path) throws IOException {
        if (!Files.isDirectory(path) && Ssda903XmlReader.isXml(path)) {
            return Ssda903XmlReader.read(path);
        }
        return readDirectory(path);
    }

    /**
     * Reads every {@code .csv} file in a directory.
     *
     * @throws IOException when the directory or a file cannot be read; the message names the file
     */
    public static Ssda903Data readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        }
        Ssda903Data data = new Ssda903Data();
        Map<String, Path> chosen = new LinkedHashMap<>();
        Map<String, ParsedCsv> parsed = new LinkedHashMap<>();
        for (Path file : files) {
            ParsedCsv csv;
            try {
                csv = parse(read(file));
            } catch (IOException e) {
                throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            String stem = stem(file);
            String table = recognise(csv.header(), stem);
            if (table == null) {
                data.notice("ignored " + file.getFileName() + ": its columns " + csv.header()
                        + " are not those of any 903 table");
                continue;
            }
            Path earlier = chosen.get(table);
            if (earlier != null) {
                // Two files look like the same table: keep the one named as the table is usually named.
                boolean thisNamed = FILE_NAMES.get(table).contains(stem);
                Path ignored = thisNamed && !FILE_NAMES.get(table).contains(stem(earlier)) ? earlier : file;
                if (ignored == earlier) {
                    chosen.put(table, file);
                    parsed.put(table, csv);
                }
                data.notice("ignored " + ignored.getFileName() + ": " + chosen.get(table).getFileName()
                        + " is already read as " + table);
                continue;
            }
            chosen.put(table, file);
            parsed.put(table, csv);
        }
        parsed.forEach((table, csv) -> {
            List<String> missing = new ArrayList<>(TABLE_COLUMNS.get(table));
            missing.removeAll(csv.header());
            if (!missing.isEmpty()) {
                data.missingColumns(chosen.get(table).getFileName() + " (" + table + ")", missing);
            }
            data.put(new Ssda903Table(table, csv.header(), csv.rows()));
        });
        return data;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(0, name.length() - 4);
    }

    /**
     * The table whose columns are all present (the one with most columns when several are, as UASC's are a subset
     * of Header's); failing that, the table the file name says; failing that, a table most of whose columns are
     * present. Null when nothing fits.
     */
    static String recognise(List<String> header, String fileStem) {
        Set<String> cols = new HashSet<>(header);
        String best = null;
        for (Map.Entry<String, List<String>> e : TABLE_COLUMNS.entrySet()) {
            if (cols.containsAll(e.getValue())
                    && (best == null || e.getValue().size() > TABLE_COLUMNS.get(best).size())) {
                best = e.getKey();
            }
        }
        if (best != null) {
            return best;
        }
        for (Map.Entry<String, List<String>> e : FILE_NAMES.entrySet()) {
            if (e.getValue().contains(fileStem) && cols.contains("CHILD")) {
                return e.getKey();
            }
        }
        double bestScore = 0;
        for (Map.Entry<String, List<String>> e : TABLE_COLUMNS.entrySet()) {
            long hits = e.getValue().stream().filter(cols::contains).count();
            double score = (double) hits / e.getValue().size();
            if (cols.contains("CHILD") && score >= 0.75 && score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }

    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Exports from Excel are often Windows-1252; the columns that matter are ASCII either way.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    record ParsedCsv(List<String> header, List<String[]> rows) {}

    /** Parses CSV text (RFC 4180 quoting, CRLF or LF, optional BOM); the first non-empty line is the header. */
    static ParsedCsv parse(String text) throws IOException {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        List<String[]> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int n = text.length();
        for (int i = start; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record.toArray(new String[0]));
                }
                record.clear();
                field.setLength(0);
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record.toArray(new String[0]));
        }
        if (records.isEmpty()) {
            return new ParsedCsv(List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            header.add(h.strip().toUpperCase(Locale.ROOT));
        }
        return new ParsedCsv(header, records.subList(1, records.size()));
    }
}
