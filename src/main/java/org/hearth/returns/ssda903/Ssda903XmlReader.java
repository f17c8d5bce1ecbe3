package org.hearth.returns.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a 903 return sent as XML (the DfE's CLA schema 3.3.0: per CHILD a HEADER, then its EPISODEs) into the same
 * tables {@link Ssda903Reader} reads from CSV, so the validator and the import need not care which was sent.
 *
 * <p>Each table's rows follow the children in document order. The HEADER's own fields make the Header row (which,
 * unlike a CSV Header, also carries the child's UASC flag, so rules 105 and 303 can run); its other fields make a row
 * of UASC (when UASC is 1 or a DUC is given), AD1 (when an adoption field is given), OC3 (when a care leaver field
 * is given), PrevPerm (per PERMANENCE), OC2 (per OC2), and one row per AMISSING, AREVIEW and AD_PLACED. The schema
 * has no social worker or DoLo tables: an XML return has none.
 */
public final class Ssda903XmlReader {
    /** Header columns as read from XML: the CSV's, and the UASC flag that only the XML carries. */
    static final List<String> HEADER_COLUMNS = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB", "UASC");
    private static final List<String> AD1_FIELDS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
            "SEX_ADOPTR", "LS_ADOPTR");
    private static final List<String> OC3_FIELDS = List.of("IN_TOUCH", "ACTIV", "ACCOM");
    /** The HEADER's single-valued fields (the repeating and nested ones are read as their own rows). */
    private static final Set<String> HEADER_FIELDS = Set.of("CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC",
            "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV",
            "ACCOM", "MOTHER", "MC_DOB");
    /** Groups within a HEADER or CHILD whose fields are read as one row of a table. */
    private static final Map<String, String> GROUPS = Map.of("AMISSING", "Missing", "AREVIEW", "Reviews",
            "PERMANENCE", "PrevPerm", "OC2", "OC2", "AD_PLACED", "PlacedAdoption", "EPISODE", "Episodes");

    private Ssda903XmlReader() {}

    /** Whether a path names an XML return (by its extension) rather than a directory of CSV files. */
    public static boolean isXml(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
    }

    /**
     * Reads the file.
     *
     * @throws IOException when it cannot be read or is not well-formed XML; the message says where
     */
    public static Ssda903Data read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName() == null ? file.toString() : file.getFileName().toString());
        }
    }

    static Ssda903Data read(InputStream in, String name) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String t : Ssda903Reader.TABLE_COLUMNS.keySet()) {
            rows.put(t, new ArrayList<>());
        }
        Set<String> unknown = new LinkedHashSet<>();
        XMLStreamReader x = null;
        try {
            x = factory.createXMLStreamReader(in);
            String root = null;
            Map<String, String> header = null;
            List<Map<String, String>> groups = new ArrayList<>();
            Map<String, String> group = null;
            String groupName = null;
            int groupDepth = 0;
            int depth = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String el = x.getLocalName();
                    if (depth == 1) {
                        root = el;
                        if (!el.equals("EXPSSDA903")) {
                            throw new IOException(name + " is not a 903 XML return: its root element is <" + el
                                    + ">, not <EXPSSDA903>");
                        }
                    } else if (depth == 2) {
                        if (el.equals("CHILD")) {
                            header = new HashMap<>();
                            groups = new ArrayList<>();
                        } else {
                            unknown.add(el);
                            skip(x);
                            depth--;
                        }
                    } else if (group != null && depth == groupDepth + 1) {
                        group.put(el.equals("PL") ? "PLACE" : el, text(x));
                        depth--;
                    } else if (depth == 3 && el.equals("HEADER")) {
                        // its fields follow
                    } else if ((depth == 3 && el.equals("EPISODE")) || (depth == 4 && GROUPS.containsKey(el))) {
                        group = new HashMap<>();
                        groupName = el;
                        groupDepth = depth;
                        group.put("#", el);
                    } else if (depth == 4 && HEADER_FIELDS.contains(el)) {
                        header.put(el, text(x));
                        depth--;
                    } else {
                        unknown.add(el);
                        skip(x);
                        depth--;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String el = x.getLocalName();
                    if (group != null && el.equals(groupName)) {
                        groups.add(group);
                        group = null;
                        groupName = null;
                    } else if (depth == 2 && el.equals("CHILD")) {
                        child(header, groups, rows);
                        header = null;
                    }
                    depth--;
                }
            }
            if (root == null) {
                throw new IOException(name + " has no XML content");
            }
        } catch (XMLStreamException e) {
            throw new IOException(name + " is not well-formed XML"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")") + ": "
                    + e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""), e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that failed
                }
            }
        }
        Ssda903Data data = new Ssda903Data();
        rows.forEach((table, list) -> {
            List<String> cols = table.equals("Header") ? HEADER_COLUMNS : Ssda903Reader.TABLE_COLUMNS.get(table);
            if (!list.isEmpty() || !table.equals("SWEpisodes") && !table.equals("DoLo")) {
                data.put(new Ssda903Table(table, cols, list));
            }
        });
        if (!unknown.isEmpty()) {
            data.notice(name + ": ignored element(s) not in the 903 schema: " + unknown);
        }
        return data;
    }

    private static void child(Map<String, String> h, List<Map<String, String>> groups, Map<String, List<String[]>> rows) {
        String child = h.get("CHILDID");
        String dob = h.get("DOB");
        rows.get("Header").add(new String[] {child, h.get("SEX"), dob, h.get("ETHNIC"), h.get("UPN"), h.get("MOTHER"),
                h.get("MC_DOB"), h.get("UASC")});
        if ("1".equals(trim(h.get("UASC"))) || trim(h.get("DUC")) != null) {
            rows.get("UASC").add(new String[] {child, h.get("SEX"), dob, h.get("DUC")});
        }
        if (AD1_FIELDS.stream().anyMatch(f -> trim(h.get(f)) != null)) {
            List<String> r = new ArrayList<>(List.of(child, dob == null ? "" : dob));
            AD1_FIELDS.forEach(f -> r.add(h.get(f)));
            rows.get("AD1").add(r.toArray(String[]::new));
        }
        if (OC3_FIELDS.stream().anyMatch(f -> trim(h.get(f)) != null)) {
            rows.get("OC3").add(new String[] {child, dob, h.get("IN_TOUCH"), h.get("ACTIV"), h.get("ACCOM")});
        }
        for (Map<String, String> g : groups) {
            String table = GROUPS.get(g.get("#"));
            List<String> cols = Ssda903Reader.TABLE_COLUMNS.get(table);
            String[] r = new String[cols.size()];
            for (int i = 0; i < r.length; i++) {
                String c = cols.get(i);
                r[i] = c.equals("CHILD") ? child : c.equals("DOB") ? dob : g.get(c);
            }
            rows.get(table).add(r);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                if (depth == 1) {
                    sb.append(x.getText());
                }
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
