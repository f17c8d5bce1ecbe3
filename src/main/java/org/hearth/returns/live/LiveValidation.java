package org.hearth.returns.live;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.returns.ValidationIssue;
import org.hearth.returns.cin.CinCensus;
import org.hearth.returns.cin.CinReader;
import org.hearth.returns.cin.CinTable;
import org.hearth.returns.cin.CinValidator;
import org.hearth.returns.export.CinCensusXml;
import org.hearth.returns.geography.PostcodeDirectory;
import org.hearth.returns.export.Ssda903Export;
import org.hearth.returns.ssda903.SkippedRule;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Result;
import org.hearth.returns.ssda903.Ssda903Table;
import org.hearth.returns.ssda903.Ssda903Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.hearth.allocation.AllocationStage;
import org.hearth.care.CareStage;

/**
 * Validates the live record for a collection year: both returns are derived from the children's records in memory
 * by the same exporters that write the files ({@link Ssda903Export}, {@link CinCensusXml}), and checked by the same
 * validators ({@link Ssda903Validator}, {@link CinValidator}), so the page and the files cannot disagree. Nothing is
 * written to disk. Each issue is traced back to its child (by the LA child id the return gives them), to the values
 * of the rule's fields in the flagged row, and to the page where it is fixed ({@link FixScreens}).
 *
 * <p>Plain Java: no Spring and no database; the caller reads the records.
 */
public final class LiveValidation {
    private final Supplier<PostcodeDirectory> postcodes;
    private final String ons;
    private final CinCensusXml exportCin;
    private final String laNumber;
    /** Built on the first validation, once the postcode directory is wanted (it takes a second or two to read). */
    private volatile Ssda903Export export903;
    private volatile Ssda903Validator validator903;

    /**
     * Validating with the whole ONS postcode directory shipped with Hearth ({@link PostcodeDirectory#standard()},
     * read once per JVM on first use and shared).
     *
     * @param onsCode  the LA's ONS code (E10000016), or blank: the 903 rules on placements inside or outside the LA
     *                 are then not run, and say so
     * @param laNumber the LA's three-digit DfE number for the census header; 999 when not set
     */
    public LiveValidation(String onsCode, String laNumber, Clock clock) {
        this(onsCode, laNumber, clock, PostcodeDirectory::standard);
    }

    /**
     * @param postcodes where the 903 export and the placement distance and LA rules look postcodes up; asked on the
     *                  first validation, not here
     */
    public LiveValidation(String onsCode, String laNumber, Clock clock, Supplier<PostcodeDirectory> postcodes) {
        this.ons = onsCode == null || onsCode.isBlank() ? null : onsCode.trim();
        if (ons != null && !ons.matches("[EWSN]\\d{8}")) {
            // Said at start-up, not on the first view of the page (the exporter is made then).
            throw new IllegalArgumentException("hearth.la.ons-code must be the LA's ONS code such as E10000016, not '"
                    + ons + "'");
        }
        this.postcodes = postcodes;
        this.exportCin = new CinCensusXml(clock);
        this.laNumber = laNumber != null && laNumber.trim().matches("\\d{3}") ? laNumber.trim() : "999";
    }

    /** The 903 exporter and validator, made once with the postcode directory. */
    private synchronized void ready903() {
        if (validator903 != null) {
            return;
        }
        PostcodeDirectory directory = postcodes.get();
        export903 = new Ssda903Export(ons, directory);
        // The directory is already in memory: every rule looks its postcodes up there, none reads the file again.
        Ssda903Validator v = new Ssda903Validator(Ssda903Registry.standard(), true, wanted -> directory);
        validator903 = ons == null ? v : v.forLa(ons);
    }

    public LiveReport validate(List<ChildJourney> journeys, CollectionYear year, LocalDate today) {
        return validate(journeys, year, today, null);
    }

    /**
     * One return only (the return files page makes one return at a time), or both when {@code only} is null.
     */
    public LiveReport validate(List<ChildJourney> journeys, CollectionYear year, LocalDate today, ReturnKind only) {
        long t0 = System.nanoTime();
        Map<String, ChildJourney> byLaId = new HashMap<>(journeys.size() * 2);
        for (ChildJourney j : journeys) {
            byLaId.putIfAbsent(Ssda903Export.returnChildId(j.child()), j);
        }
        List<LiveIssue> issues = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        if (only != ReturnKind.CIN) {
            ssda903(journeys, year, today, byLaId, issues, notices);
        }
        CollectionYear cinRules = cinRulesFor(year);
        if (only == ReturnKind.SSDA903) {
            return new LiveReport(year, cinRules, issues, notices, journeys.size(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        if (!cinRules.equals(year)) {
            notices.add("The DfE has not published the children in need census rules for " + year
                    + " yet: the " + cinRules + " rules are used.");
        }
        cin(journeys, year, cinRules, today, byLaId, issues, notices);
        return new LiveReport(year, cinRules, issues, notices, journeys.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The year's CIN rules, or the latest Hearth holds before it. */
    static CollectionYear cinRulesFor(CollectionYear year) {
        for (CollectionYear y = year; y.endYear() >= 2023; y = y.previous()) {
            if (LiveValidation.class.getResource("/reference/cin/rules-" + y.rulesetName() + ".tsv") != null) {
                return y;
            }
        }
        return year;
    }

    // ---- 903 ----------------------------------------------------------------------------------------------------

    private void ssda903(List<ChildJourney> journeys, CollectionYear year, LocalDate today,
                         Map<String, ChildJourney> byLaId, List<LiveIssue> issues, List<String> notices) {
        ready903();
        Ssda903Data current = data(export903.tables(journeys, year), "");
        Ssda903Data previous = data(export903.tables(journeys, year.previous()), "_last");
        Ssda903Result result = validator903.run(year, current, previous);
        Map<String, Ssda903Table> tables = new HashMap<>();
        current.tables().forEach(tables::put);
        previous.tables().forEach(tables::put);
        int answered = 0;
        for (ValidationIssue i : result.issues()) {
            ChildJourney child = i.childId() == null ? null : byLaId.get(i.childId());
            if (child != null && answeredByTheRecord(i.ruleCode(), child, year)) {
                answered++;
                continue;
            }
            Ssda903Table t = tables.get(i.table());
            Map<String, String> row = new LinkedHashMap<>();
            if (t != null && i.row() >= 0 && i.row() < t.size()) {
                for (String column : t.columns()) {
                    String v = t.get(i.row(), column);
                    row.put(column, v == null ? "" : v);
                }
            }
            issues.add(issue(ReturnKind.SSDA903, i, row, byLaId, today));
        }
        if (answered > 0) {
            notices.add("SSDA903: " + answered + " flags of rules 1002 and SW12STG2 are not listed: they look only at this "
                    + "year's and last year's return, and the child's full record answers them (care before last "
                    + "year; no social worker on 1 April).");
        }
        notices.addAll(notRun(result.skipped()));
        result.notices().forEach(n -> notices.add("SSDA903: " + n));
    }

    /**
     * What the page says of the 903 rules it did not run, one notice per missing piece of reference data, in the
     * page's words rather than the command line's. The placement distance and LA rules run: the page holds the ONS
     * postcode directory.
     */
    List<String> notRun(List<SkippedRule> skipped) {
        Ssda903Registry registry = Ssda903Registry.standard();
        Map<String, List<String>> byNeed = new LinkedHashMap<>();
        for (SkippedRule r : skipped) {
            String need;
            if (registry.needsOfsted(r.code())) {
                need = "Ofsted's register of providers, which Hearth does not hold";
            } else if (registry.needsLaCodes(r.code())) {
                need = "the DfE's list of local authority codes, which Hearth does not hold";
            } else if (registry.needsOwnLa(r.code())) {
                need = "the LA's own ONS code, to tell placements inside the LA from those outside it "
                        + "(set hearth.la.ons-code, e.g. E10000016)";
            } else {
                need = r.reason();
            }
            byNeed.computeIfAbsent(need, k -> new ArrayList<>()).add(r.code());
        }
        List<String> out = new ArrayList<>();
        byNeed.forEach((need, codes) -> out.add("SSDA903: " + codes.size() + (codes.size() == 1 ? " rule was" : " rules were")
                + " not run because " + (codes.size() == 1 ? "it needs " : "they need ") + need + ": "
                + String.join(", ", codes) + "."));
        return out;
    }

    /**
     * The 903 rules that see only two years of returns, flagging what the child's whole record shows is right:
     * 1002 (a care leaver with no episodes this year or last) when the record holds their earlier care, and
     * SW12STG2 (a child looked after at 31 March whose social worker history starts after 1 April) when the
     * record holds no social worker for them on 1 April: there was none to report.
     */
    static boolean answeredByTheRecord(String rule, ChildJourney j, CollectionYear year) {
        return switch (rule) {
            case "1002" -> j.all(CareStage.CARE_PERIODS).stream()
                    .anyMatch(p -> p.periodStartDate() != null && p.periodStartDate().isBefore(year.previous().start()));
            case "SW12STG2" -> {
                LocalDate first = year.start();
                boolean episode = j.all(AllocationStage.SOCIAL_WORKER_EPISODES).stream()
                        .anyMatch(w -> covers(w.startDate(), w.endDate(), first));
                boolean allocation = j.all(AllocationStage.ALLOCATIONS).stream()
                        .anyMatch(a -> "SW".equalsIgnoreCase(a.professionalRoleId())
                                && covers(a.involvementStartDate(), a.involvementEndDate(), first));
                yield !episode && !allocation;
            }
            default -> false;
        };
    }

    private static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
        return from != null && !from.isAfter(day) && (to == null || to.isAfter(day));
    }

    private static Ssda903Data data(Map<org.hearth.returns.export.Ssda903Table, List<String[]>> tables, String suffix) {
        Ssda903Data data = new Ssda903Data();
        tables.forEach((table, rows) -> data.put(new Ssda903Table(table.dfeName() + suffix, table.columns(), rows)));
        return data;
    }

    // ---- CIN census ---------------------------------------------------------------------------------------------

    private void cin(List<ChildJourney> journeys, CollectionYear year, CollectionYear rulesOf, LocalDate today,
                     Map<String, ChildJourney> byLaId, List<LiveIssue> issues, List<String> notices) {
        Document doc = exportCin.document(journeys, year, laNumber);
        if (doc.getElementsByTagName("Child").getLength() == 0) {
            notices.add("Children in need census: no child has a child in need episode open in " + year + ".");
            return;
        }
        CinCensus census;
        try {
            ByteArrayOutputStream xml = new ByteArrayOutputStream(1 << 20);
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(xml));
            census = CinReader.read(new ByteArrayInputStream(xml.toByteArray()));
        } catch (TransformerException | CinReader.CinReadException e) {
            throw new IllegalStateException("The census derived from the record could not be read back", e);
        }
        Map<String, List<Element>> elements = new HashMap<>();
        for (ValidationIssue i : CinValidator.validate(year, rulesOf, census, null)) {
            Element e = element(doc, elements, i.table(), i.row());
            issues.add(issue(ReturnKind.CIN, i, e == null ? Map.of() : rowValues(e, i.fields()), byLaId, today));
        }
    }

    /** The XML element of a CIN table's row: its position among the elements of that kind, in document order. */
    private static Element element(Document doc, Map<String, List<Element>> cache, String table, int row) {
        if (row < 0) {
            return null;
        }
        List<Element> list = cache.computeIfAbsent(table, t -> {
            String tag = t.equals(CinTable.CINplanDates.name()) ? "CINPlanDates" : t;
            NodeList nodes = doc.getElementsByTagName(tag);
            List<Element> out = new ArrayList<>(nodes.getLength());
            for (int k = 0; k < nodes.getLength(); k++) {
                out.add((Element) nodes.item(k));
            }
            return out;
        });
        return row < list.size() ? list.get(row) : null;
    }

    /**
     * The row's own values (the element's leaf children) and, for fields the rule names that the row does not
     * hold, the child's identifiers and characteristics and the enclosing episode's (e.g. a plan flagged for the
     * episode's closure date).
     */
    static Map<String, String> rowValues(Element e, List<String> fields) {
        Map<String, String> row = new LinkedHashMap<>();
        leaves(e, row);
        for (String f : fields) {
            if (row.containsKey(f)) {
                continue;
            }
            for (Node up = e.getParentNode(); up instanceof Element parent; up = parent.getParentNode()) {
                String found = leafNamed(parent, f);
                if (found == null && parent.getTagName().equals("Child")) {
                    for (Node c = parent.getFirstChild(); c != null && found == null; c = c.getNextSibling()) {
                        if (c instanceof Element part && !part.getTagName().equals("CINdetails")) {
                            found = leafNamed(part, f);
                        }
                    }
                }
                if (found != null) {
                    row.put(f, found);
                    break;
                }
                if (parent.getTagName().equals("Child")) {
                    break;
                }
            }
        }
        return row;
    }

    private static void leaves(Element e, Map<String, String> into) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element leaf && !hasElementChildren(leaf)) {
                // A repeated leaf (Disability, AssessmentFactors, CPPreviewDate) is given as a list.
                into.merge(leaf.getTagName(), leaf.getTextContent().trim(), (a, b) -> a + ", " + b);
            } else if (c instanceof Element group && isListGroup(group)) {
                leaves(group, into);
            }
        }
    }

    /** Elements that only hold a list of values: their values belong to the row that holds them. */
    private static boolean isListGroup(Element e) {
        return switch (e.getTagName()) {
            case "FactorsIdentifiedAtAssessment" -> true;
            default -> false;
        };
    }

    private static String leafNamed(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element leaf && leaf.getTagName().equals(name) && !hasElementChildren(leaf)) {
                return leaf.getTextContent().trim();
            }
        }
        return null;
    }

    private static boolean hasElementChildren(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                return true;
            }
        }
        return false;
    }

    // ---- both ---------------------------------------------------------------------------------------------------

    private static LiveIssue issue(ReturnKind kind, ValidationIssue i, Map<String, String> row,
                                   Map<String, ChildJourney> byLaId, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : i.fields()) {
            if (row.containsKey(f)) {
                values.put(f, row.get(f));
            }
        }
        ChildJourney j = i.childId() == null ? null : byLaId.get(i.childId());
        if (j == null) {
            return new LiveIssue(kind, i, null, null, values, null);
        }
        return new LiveIssue(kind, i, j.child().id(), j.child().displayName(), values,
                FixScreens.forIssue(kind, i.table(), i.fields(), row, j, today));
    }
}
