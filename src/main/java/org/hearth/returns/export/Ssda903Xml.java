package org.hearth.returns.export;

import org.hearth.returns.geography.PostcodeDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the same 903 data as {@link Ssda903Export} in the DfE's XML shape (CLA schema 3.3.0): per child a HEADER
 * holding the header, UASC, adoption, care leaver, missing, review, previous permanence, OC2 and placed-for-adoption
 * data, then its EPISODEs. The schema has no place for the social worker or DoLo tables; they are CSV only.
 * Elements the schema requires are written even when empty (UPN, UASC, DEC, REC); optional ones only with a value.
 */
public final class Ssda903Xml {
    private final Ssda903Episodes episodes;

    public Ssda903Xml(String laCode, PostcodeDirectory postcodes) {
        this.episodes = new Ssda903Episodes(laCode, postcodes);
    }

    public static void write(List<ChildJourney> journeys, CollectionYear year, String laCode, Path file)
            throws IOException {
        new Ssda903Xml(laCode, PostcodeDirectory.standard()).writeTo(journeys, year, file);
    }

    public void writeTo(List<ChildJourney> journeys, CollectionYear year, Path file) throws IOException {
        Document doc = newDocument();
        Element root = doc.createElement("EXPSSDA903");
        doc.appendChild(root);
        for (Ssda903Return.Child child : Ssda903Return.build(journeys, year, episodes)) {
            root.appendChild(child(doc, child));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            serialise(doc, out);
        }
    }

    private static Element child(Document doc, Ssda903Return.Child child) {
        Element c = doc.createElement("CHILD");
        Element h = add(doc, c, "HEADER");
        Map<String, String> header = child.first(Ssda903Table.HEADER);
        Map<String, String> uasc = child.first(Ssda903Table.UASC);
        Map<String, String> ad1 = child.first(Ssda903Table.AD1);
        Map<String, String> oc3 = child.first(Ssda903Table.OC3);
        Map<String, String> prev = child.first(Ssda903Table.PREV_PERM);
        Map<String, String> oc2 = child.first(Ssda903Table.OC2);

        text(doc, h, "CHILDID", header.get("CHILD"));
        text(doc, h, "UPN", header.get("UPN"));
        text(doc, h, "SEX", header.get("SEX"));
        text(doc, h, "DOB", header.get("DOB"));
        text(doc, h, "ETHNIC", header.get("ETHNIC"));
        Boolean isUasc = child.journey().child().uasc();
        text(doc, h, "UASC", isUasc == null ? "" : isUasc ? "1" : "0");
        optional(doc, h, "DUC", uasc == null ? null : uasc.get("DUC"));
        for (String f : List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")) {
            optional(doc, h, f, ad1 == null ? null : ad1.get(f));
        }
        for (String f : List.of("IN_TOUCH", "ACTIV", "ACCOM")) {
            optional(doc, h, f, oc3 == null ? null : oc3.get(f));
        }
        for (Map<String, String> m : child.rows(Ssda903Table.MISSING)) {
            Element a = add(doc, h, "AMISSING");
            text(doc, a, "MISSING", m.get("MISSING"));
            text(doc, a, "MIS_START", m.get("MIS_START"));
            optional(doc, a, "MIS_END", m.get("MIS_END"));
        }
        for (Map<String, String> r : child.rows(Ssda903Table.REVIEWS)) {
            Element a = add(doc, h, "AREVIEW");
            text(doc, a, "REVIEW", r.get("REVIEW"));
            text(doc, a, "REVIEW_CODE", r.get("REVIEW_CODE"));
        }
        text(doc, h, "MOTHER", header.get("MOTHER"));
        text(doc, h, "MC_DOB", header.get("MC_DOB"));
        if (prev != null) {
            Element p = add(doc, h, "PERMANENCE");
            for (String f : List.of("PREV_PERM", "LA_PERM", "DATE_PERM")) {
                optional(doc, p, f, prev.get(f));
            }
        }
        if (oc2 != null) {
            Element o = add(doc, h, "OC2");
            for (String f : Ssda903Table.OC2.columns().subList(2, Ssda903Table.OC2.columns().size())) {
                optional(doc, o, f, oc2.get(f));
            }
        }
        for (Map<String, String> r : child.rows(Ssda903Table.PLACED_ADOPTION)) {
            Element a = add(doc, h, "AD_PLACED");
            text(doc, a, "DATE_PLACED", r.get("DATE_PLACED"));
            optional(doc, a, "DATE_PLACED_CEASED", r.get("DATE_PLACED_CEASED"));
            optional(doc, a, "REASON_PLACED_CEASED", r.get("REASON_PLACED_CEASED"));
        }
        for (Map<String, String> e : child.rows(Ssda903Table.EPISODES)) {
            Element x = add(doc, c, "EPISODE");
            text(doc, x, "DECOM", e.get("DECOM"));
            text(doc, x, "RNE", e.get("RNE"));
            text(doc, x, "LS", e.get("LS"));
            text(doc, x, "CIN", e.get("CIN"));
            text(doc, x, "PL", e.get("PLACE"));
            optional(doc, x, "PL_POST", e.get("PL_POST"));
            optional(doc, x, "HOME_POST", e.get("HOME_POST"));
            optional(doc, x, "URN", e.get("URN"));
            optional(doc, x, "PLACE_PROVIDER", e.get("PLACE_PROVIDER"));
            text(doc, x, "DEC", e.get("DEC"));
            text(doc, x, "REC", e.get("REC"));
            optional(doc, x, "REASON_PLACE_CHANGE", e.get("REASON_PLACE_CHANGE"));
        }
        return c;
    }

    static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void serialise(Document doc, OutputStream out) throws IOException {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write XML", e);
        }
    }

    static Element add(Document doc, Element parent, String name) {
        Element e = doc.createElement(name);
        parent.appendChild(e);
        return e;
    }

    static void text(Document doc, Element parent, String name, String value) {
        add(doc, parent, name).setTextContent(value == null ? "" : value);
    }

    static void optional(Document doc, Element parent, String name, String value) {
        if (value != null && !value.isEmpty()) {
            text(doc, parent, name, value);
        }
    }
}
