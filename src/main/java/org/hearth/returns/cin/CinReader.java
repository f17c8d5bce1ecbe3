package org.hearth.returns.cin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hearth.returns.cin.CinCensus.Assessment;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Cpp;
import org.hearth.returns.cin.CinCensus.Details;
import org.hearth.returns.cin.CinCensus.Plan;
import org.hearth.returns.cin.CinCensus.S47;

/**
 * Streams a CIN census XML file into a {@link CinCensus}. Content is never fatal: bad dates, codes and flags are
 * kept as "missing" for the rules to flag, and elements Hearth does not model (e.g. later modules) are skipped. Only a
 * file that is not well-formed XML is refused, with the line it broke on.
 */
public final class CinReader {

    /** The file is not well-formed XML (or could not be read). */
    public static final class CinReadException extends Exception {
        private final int line;

        CinReadException(String message, int line, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        /** 1-based line, or -1 when unknown. */
        public int line() {
            return line;
        }
    }

    /** What an open element is, so a leaf knows which module it belongs to. */
    private enum Kind {
        MESSAGE, HEADER, COLLECTION_DETAILS, SOURCE, CHILDREN, CHILD, IDENTIFIERS, CHARACTERISTICS, DISABILITIES,
        DETAILS, ASSESSMENT, FACTORS, PLAN, S47, CPP, REVIEWS, LEAF, IGNORED
    }

    private final ArrayDeque<Kind> stack = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    // Dates and codes repeat heavily across a return; sharing them keeps memory near the size of the distinct values.
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();

    private CinCensus census;
    private Child child;
    private Details details;
    private Assessment assessment;
    private Plan plan;
    private S47 s47;
    private Cpp cpp;
    /** The leaf being read and its module, so an unreadable value can say where it was. */
    private String leafName;
    private Kind leafParent;

    private CinReader() {
    }

    public static CinCensus read(Path file) throws IOException, CinReadException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in);
        }
    }

    public static CinCensus read(InputStream in) throws CinReadException {
        return new CinReader().parse(in);
    }

    private CinCensus parse(InputStream in) throws CinReadException {
        census = new CinCensus();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A census file has no business referring to external entities; refusing them keeps parsing safe.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    default -> {
                        // comments, processing instructions: nothing to keep
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            // The JDK parser prefixes its message with the position, which the line number already gives.
            String why = e.getMessage() == null ? ""
                    : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?]\\s*Message:\\s*", "");
            String where = line > 0 ? " at line " + line : "";
            throw new CinReadException("not well-formed XML" + where + ": " + why.strip(), line, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a broken reader tells us nothing more
                }
            }
        }
        return census;
    }

    private int nextRow(CinTable table) {
        return census.tableCounts[table.ordinal()]++;
    }

    private void start(String name) {
        text.setLength(0);
        Kind parent = stack.isEmpty() ? null : stack.peek();
        stack.push(kindOf(parent, name));
    }

    private Kind kindOf(Kind parent, String name) {
        if (parent == null) {
            return Kind.MESSAGE;
        }
        switch (parent) {
            case MESSAGE:
                if (name.equals("Header")) {
                    census.header.present = true;
                    return Kind.HEADER;
                }
                return name.equals("Children") ? Kind.CHILDREN : Kind.IGNORED;
            case HEADER:
                return name.equals("CollectionDetails") ? Kind.COLLECTION_DETAILS
                        : name.equals("Source") ? Kind.SOURCE : Kind.IGNORED;
            case CHILDREN:
                if (name.equals("Child")) {
                    child = new Child();
                    census.children.add(child);
                    return Kind.CHILD;
                }
                return Kind.IGNORED;
            case CHILD:
                switch (name) {
                    case "ChildIdentifiers":
                        child.idRow = nextRow(CinTable.ChildIdentifiers);
                        return Kind.IDENTIFIERS;
                    case "ChildCharacteristics":
                        child.characteristicsRow = nextRow(CinTable.ChildCharacteristics);
                        return Kind.CHARACTERISTICS;
                    case "CINdetails":
                        details = new Details();
                        details.row = nextRow(CinTable.CINdetails);
                        child.details.add(details);
                        return Kind.DETAILS;
                    default:
                        return Kind.IGNORED;
                }
            case CHARACTERISTICS:
                if (name.equals("Disabilities")) {
                    child.disabilitiesRow = nextRow(CinTable.Disabilities);
                    child.disabilities = new ArrayList<>(2);
                    return Kind.DISABILITIES;
                }
                return Kind.LEAF;
            case DETAILS:
                switch (name) {
                    case "Assessments":
                        assessment = new Assessment();
                        assessment.row = nextRow(CinTable.Assessments);
                        details.assessments = CinCensus.append(details.assessments, assessment);
                        return Kind.ASSESSMENT;
                    case "CINPlanDates", "CINplanDates":
                        plan = new Plan();
                        plan.row = nextRow(CinTable.CINplanDates);
                        details.plans = CinCensus.append(details.plans, plan);
                        return Kind.PLAN;
                    case "Section47":
                        s47 = new S47();
                        s47.row = nextRow(CinTable.Section47);
                        details.section47s = CinCensus.append(details.section47s, s47);
                        return Kind.S47;
                    case "ChildProtectionPlans":
                        cpp = new Cpp();
                        cpp.row = nextRow(CinTable.ChildProtectionPlans);
                        details.cpps = CinCensus.append(details.cpps, cpp);
                        return Kind.CPP;
                    default:
                        return Kind.LEAF;
                }
            case ASSESSMENT:
                if (name.equals("FactorsIdentifiedAtAssessment")) {
                    assessment.factors = new ArrayList<>(3);
                    return Kind.FACTORS;
                }
                return Kind.LEAF;
            case CPP:
                if (name.equals("Reviews")) {
                    cpp.reviewsRow = nextRow(CinTable.Reviews);
                    cpp.reviews = new ArrayList<>(4);
                    return Kind.REVIEWS;
                }
                return Kind.LEAF;
            case COLLECTION_DETAILS, SOURCE, IDENTIFIERS, DISABILITIES, FACTORS, PLAN, S47, REVIEWS:
                return Kind.LEAF;
            default:
                // inside a leaf or an ignored element: skip the whole subtree
                return Kind.IGNORED;
        }
    }

    private void end(String name) {
        Kind kind = stack.pop();
        if (kind != Kind.LEAF) {
            text.setLength(0);
            return;
        }
        String value = text.toString().strip();
        text.setLength(0);
        Kind parent = stack.peek();
        leafName = name;
        leafParent = parent;
        switch (parent) {
            case COLLECTION_DETAILS -> {
                switch (name) {
                    case "Collection" -> census.header.collection = value;
                    case "Year" -> census.header.year = value;
                    case "ReferenceDate" -> {
                        census.header.referenceDateText = value;
                        census.header.referenceDate = date(value);
                    }
                    default -> { }
                }
            }
            case SOURCE -> {
                if (name.equals("LEA")) {
                    census.header.lea = code(value);
                }
            }
            case IDENTIFIERS -> {
                switch (name) {
                    case "LAchildID" -> child.laChildId = value.isEmpty() ? null : value;
                    case "UPN" -> child.upn = value.isEmpty() ? null : value;
                    case "FormerUPN" -> child.formerUpn = value.isEmpty() ? null : value;
                    case "UPNunknown" -> child.upnUnknown = code(value);
                    case "PersonBirthDate" -> child.birth = date(value);
                    case "ExpectedPersonBirthDate" -> child.expectedBirth = date(value);
                    case "GenderCurrent" -> child.genderCurrent = code(value);
                    case "Sex" -> child.sex = code(value);
                    case "PersonDeathDate" -> child.death = date(value);
                    default -> { }
                }
            }
            case CHARACTERISTICS -> {
                if (name.equals("Ethnicity")) {
                    child.ethnicity = code(value);
                }
            }
            case DISABILITIES -> {
                if (name.equals("Disability")) {
                    child.disabilities.add(code(value));
                }
            }
            case DETAILS -> {
                switch (name) {
                    case "CINreferralDate" -> details.referral = date(value);
                    case "ReferralSource" -> details.referralSource = code(value);
                    case "PrimaryNeedCode" -> details.primaryNeed = code(value);
                    case "CINclosureDate" -> details.closure = date(value);
                    case "ReasonForClosure" -> details.reasonForClosure = code(value);
                    case "DateOfInitialCPC" -> details.initialCpc = date(value);
                    case "ReferralNFA" -> details.referralNfa = readFlag(value);
                    default -> { }
                }
            }
            case ASSESSMENT -> {
                switch (name) {
                    case "AssessmentActualStartDate" -> assessment.start = date(value);
                    case "AssessmentInternalReviewDate" -> assessment.internalReview = date(value);
                    case "AssessmentAuthorisationDate" -> assessment.authorised = date(value);
                    default -> { }
                }
            }
            case FACTORS -> {
                if (name.equals("AssessmentFactors")) {
                    assessment.factors.add(code(value));
                }
            }
            case PLAN -> {
                switch (name) {
                    case "CINPlanStartDate" -> plan.start = date(value);
                    case "CINPlanEndDate" -> plan.end = date(value);
                    default -> { }
                }
            }
            case S47 -> {
                switch (name) {
                    case "S47ActualStartDate" -> s47.start = date(value);
                    case "InitialCPCtarget" -> s47.icpcTarget = date(value);
                    case "DateOfInitialCPC" -> s47.icpc = date(value);
                    case "ICPCnotRequired" -> s47.icpcNotRequired = readFlag(value);
                    default -> { }
                }
            }
            case CPP -> {
                switch (name) {
                    case "CPPstartDate" -> cpp.start = date(value);
                    case "CPPendDate" -> cpp.end = date(value);
                    case "InitialCategoryOfAbuse" -> cpp.initialCategory = code(value);
                    case "LatestCategoryOfAbuse" -> cpp.latestCategory = code(value);
                    case "NumberOfPreviousCPP" -> cpp.previousPlans = value.isEmpty() ? null : value;
                    default -> { }
                }
            }
            case REVIEWS -> {
                if (name.equals("CPPreviewDate")) {
                    cpp.reviews.add(date(value));
                }
            }
            default -> { }
        }
    }

    private String code(String value) {
        if (value.isEmpty()) {
            return null;
        }
        return codes.computeIfAbsent(value, v -> v);
    }

    private LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        LocalDate parsed = dates.get(value);
        if (parsed == null && !dates.containsKey(value)) {
            parsed = parseDate(value);
            if (dates.size() < 200_000) {
                dates.put(value, parsed);
            }
        }
        if (parsed == null) {
            unreadable(value);
        }
        return parsed;
    }

    private Boolean readFlag(String value) {
        Boolean b = flag(value);
        if (b == null && !value.isEmpty()) {
            unreadable(value);
        }
        return b;
    }

    private void unreadable(String value) {
        String table;
        int row;
        switch (leafParent) {
            case COLLECTION_DETAILS -> { table = "CollectionDetails"; row = 0; }
            case IDENTIFIERS -> { table = "ChildIdentifiers"; row = child.idRow; }
            case DETAILS -> { table = "CINdetails"; row = details.row; }
            case ASSESSMENT -> { table = "Assessments"; row = assessment.row; }
            case PLAN -> { table = "CINplanDates"; row = plan.row; }
            case S47 -> { table = "Section47"; row = s47.row; }
            case CPP -> { table = "ChildProtectionPlans"; row = cpp.row; }
            case REVIEWS -> { table = "Reviews"; row = cpp.reviewsRow; }
            default -> { table = String.valueOf(leafParent); row = -1; }
        }
        String id = child == null || leafParent == Kind.COLLECTION_DETAILS ? null : child.laChildId;
        census.unreadable.add(new CinCensus.Unreadable(id, table, row, leafName, value));
    }

    /** An xs:date: YYYY-MM-DD, optionally with a time zone (Z or ±hh:mm), which the census has no use for. */
    static LocalDate parseDate(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        String zone = s.substring(10);
        if (!zone.isEmpty() && !zone.equals("Z") && !zone.matches("[+-]\\d{2}:\\d{2}")) {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The schema's yes/no spellings; anything else is treated as missing. */
    static Boolean flag(String value) {
        return switch (value) {
            case "true", "TRUE", "1" -> Boolean.TRUE;
            case "false", "FALSE", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
