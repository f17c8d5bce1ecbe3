package org.hearth.returns.export;

import static org.hearth.returns.export.ExportSupport.blank;
import static org.hearth.returns.export.ExportSupport.isBlank;
import static org.hearth.returns.export.Ssda903Xml.add;
import static org.hearth.returns.export.Ssda903Xml.optional;
import static org.hearth.returns.export.Ssda903Xml.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.child.Person;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.hearth.assessment.AssessmentStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

/**
 * Writes the children in need census for a year as XML in the DfE's schema order (CIN schema 2024): every child
 * with a CIN episode (a referral, including one with no further action) open at any point in the year, one
 * CINdetails per such episode, with the assessments, CIN plans, section 47 enquiries and CP plans that belong to
 * it. The census is as at 31 March: anything dated later is left out, and an end after that date is not yet known.
 *
 * <p>Sex: up to 2023/24 the schema's GenderCurrent (1, 2, 0 not recorded or unborn, 9 indeterminate); from 2024/25
 * the DfE's Sex element in the same place, coded M, F or U (CIN rules 4180, 8750). The 2024 schema in
 * {@code reference/cin} predates that change and knows only GenderCurrent.
 *
 * <p>Where the model is silent: InitialCPCtarget and AssessmentInternalReviewDate are not written (optional);
 * a child with no disability recorded gets NONE, and no ethnicity NOBT, as the DfE asks. NumberOfPreviousCPP is the
 * recorded number, or else the count of the child's earlier plans.
 *
 * <p>An episode a CIN census import brought in ({@link Referral#censusYear()}) is given back in that year's census as
 * the census returned it, even where that breaks the census's own rules: the episode and everything recorded
 * against it, whether or not it falls in the year, with its dates as recorded (not cut at the reference date), the
 * child's dates of birth and death as recorded, its latest category of abuse, UPNunknown, ethnicity, disabilities,
 * InitialCPCtarget, ICPCnotRequired and ReferralNFA as returned (left out where the census left them out). So an imported census
 * re-exports to a file that validates the same way (docs/returns-differences.md). Other years' censuses, and
 * episodes recorded in Hearth, follow the rules above.
 */
public final class CinCensusXml {
    static final String SOFTWARE = "Hearth";
    static final String RELEASE = "0.1.0";

    private final Clock clock;

    public CinCensusXml(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param laCode the DfE's three-digit LA number (e.g. 201), as the census header's LEA requires
     */
    public static void write(List<ChildJourney> journeys, CollectionYear year, String laCode, Path file)
            throws IOException {
        new CinCensusXml(Clock.systemDefaultZone()).writeTo(journeys, year, laCode, file);
    }

    public void writeTo(List<ChildJourney> journeys, CollectionYear year, String laCode, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Document doc = checkedDocument(journeys, year, laCode);
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Ssda903Xml.serialise(doc, out);
        }
    }

    private Document checkedDocument(List<ChildJourney> journeys, CollectionYear year, String laCode) {
        Document doc = document(journeys, year, laCode);
        if (doc.getElementsByTagName("Child").getLength() == 0) {
            // The schema needs at least one Child; an empty census is a mistake to report, not a file to send.
            throw new IllegalArgumentException("No child had a child in need episode open in " + year);
        }
        return doc;
    }

    /**
     * The census as a DOM document, elements in schema order; with no Child when no child had an episode open in
     * the year (which the schema does not allow in a file). The live record is validated from this, in memory.
     */
    public Document document(List<ChildJourney> journeys, CollectionYear year, String laCode) {
        if (laCode == null || !laCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("The CIN census needs the LA's three-digit DfE number, such as 201, not '"
                    + laCode + "'");
        }
        Document doc = Ssda903Xml.newDocument();
        Element message = doc.createElement("Message");
        doc.appendChild(message);
        header(doc, message, year, laCode);
        Element children = add(doc, message, "Children");
        for (ChildJourney j : journeys) {
            List<Referral> episodes = episodesInYear(j, year);
            if (!episodes.isEmpty()) {
                children.appendChild(child(doc, j, episodes, year));
            }
        }
        return doc;
    }

    private void header(Document doc, Element message, CollectionYear year, String laCode) {
        Element header = add(doc, message, "Header");
        Element details = add(doc, header, "CollectionDetails");
        text(doc, details, "Collection", "CIN");
        text(doc, details, "Year", String.valueOf(year.endYear()));
        text(doc, details, "ReferenceDate", year.end().toString());
        Element source = add(doc, header, "Source");
        text(doc, source, "SourceLevel", "L");
        text(doc, source, "LEA", laCode);
        text(doc, source, "SoftwareCode", SOFTWARE);
        text(doc, source, "Release", RELEASE);
        text(doc, source, "SerialNo", "001");
        // Always with seconds: LocalDateTime.toString() drops ":00", which xs:dateTime refuses.
        text(doc, source, "DateTime", LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
    }

    /** CIN episodes open on some day of the year and begun by its end, and those the year's census returned. */
    static List<Referral> episodesInYear(ChildJourney j, CollectionYear year) {
        return j.all(ReferralStage.REFERRALS).stream()
                .filter(r -> r.referralDate() != null && (overlaps(r.referralDate(), r.closeDate(), year)
                        || returnedIn(r, year)))
                .toList();
    }

    /** Whether the census of {@code year} returned this episode (it was imported from that census). */
    static boolean returnedIn(Referral r, CollectionYear year) {
        return r.censusYear() != null && r.censusYear() == year.endYear();
    }

    private Element child(Document doc, ChildJourney j, List<Referral> episodes, CollectionYear year) {
        Person p = j.child();
        // A child the year's census returned is given back as returned: its dates with no later day to cut them at,
        // and UPNunknown beside a UPN, or a blank ethnicity, as the census gave them.
        boolean asReturned = episodes.stream().anyMatch(r -> returnedIn(r, year));
        LocalDate end = asReturned ? LocalDate.MAX : year.end();
        Element child = doc.createElement("Child");
        Element ids = add(doc, child, "ChildIdentifiers");
        text(doc, ids, "LAchildID", ExportSupport.childId(p));
        optional(doc, ids, "UPN", blank(p.upn()));
        optional(doc, ids, "FormerUPN", blank(p.formerUpn()));
        optional(doc, ids, "UPNunknown", isBlank(p.upn()) || asReturned ? blank(p.upnUnknown()) : "");
        optional(doc, ids, "PersonBirthDate", date(upTo(p.dob(), end)));
        // Born after the reference date: unborn then, expected when the record said, else when the child was born.
        optional(doc, ids, "ExpectedPersonBirthDate", p.dob() != null && !p.dob().isAfter(end) ? ""
                : date(p.expectedDob() != null ? p.expectedDob() : p.dob()));
        if (year.endYear() >= ExportSupport.SEX_MFU_FROM) {
            boolean unborn = p.dob() == null || p.dob().isAfter(end);
            text(doc, ids, "Sex", unborn ? "U" : ExportSupport.sex(p, year));
        } else {
            text(doc, ids, "GenderCurrent", ExportSupport.genderCurrent(p));
        }
        optional(doc, ids, "PersonDeathDate", date(upTo(p.deathDate(), end)));

        Element characteristics = add(doc, child, "ChildCharacteristics");
        text(doc, characteristics, "Ethnicity", asReturned ? blank(p.ethnicity()) : ExportSupport.ethnicity(p));
        // As returned, a child the census gave no Disabilities (not even NONE) is given none again.
        if (!asReturned || !p.disabilities().isEmpty()) {
            Element disabilities = add(doc, characteristics, "Disabilities");
            List<String> codes = p.disabilities().isEmpty() ? List.of("NONE") : p.disabilities();
            for (String code : codes) {
                text(doc, disabilities, "Disability", code);
            }
        }

        for (Referral r : episodes) {
            child.appendChild(details(doc, j, r, year));
        }
        return child;
    }

    private Element details(Document doc, ChildJourney j, Referral r, CollectionYear year) {
        LocalDate end = year.end();
        Element d = doc.createElement("CINdetails");
        if (returnedIn(r, year)) {
            return asReturned(doc, j, r, d);
        }
        LocalDate closed = upTo(r.closeDate(), end);
        text(doc, d, "CINreferralDate", date(r.referralDate()));
        text(doc, d, "ReferralSource", blank(r.referralSourceCode()));
        optional(doc, d, "PrimaryNeedCode", blank(r.cinPrimaryNeedCode()));
        optional(doc, d, "CINclosureDate", date(closed));
        optional(doc, d, "ReasonForClosure", closed == null ? "" : blank(r.closeReason()));

        // At this level only a conference with no section 47 behind it (a transfer-in): DfE rule 2884 says an ICPC
        // is recorded at the S47 level or here, never both.
        List<InitialConference> icpcs = j.all(ProtectionStage.INITIAL_CONFERENCES).stream()
                .filter(c -> c.s47EnquiryId() == null && belongs(j, r, c.referralId(), c.icpcDate())
                        && year.contains(c.icpcDate())).toList();
        optional(doc, d, "DateOfInitialCPC", icpcs.isEmpty() ? "" : date(icpcs.get(icpcs.size() - 1).icpcDate()));

        for (Assessment a : j.all(AssessmentStage.ASSESSMENTS)) {
            if (belongs(j, r, a.referralId(), a.assessmentStartDate())
                    && overlaps(a.assessmentStartDate(), a.assessmentAuthDate(), year)) {
                Element x = add(doc, d, "Assessments");
                LocalDate authorised = upTo(a.assessmentAuthDate(), end);
                text(doc, x, "AssessmentActualStartDate", date(a.assessmentStartDate()));
                optional(doc, x, "AssessmentAuthorisationDate", date(authorised));
                if (authorised != null && !a.assessmentFactors().isEmpty()) {
                    Element factors = add(doc, x, "FactorsIdentifiedAtAssessment");
                    for (String f : a.assessmentFactors()) {
                        text(doc, factors, "AssessmentFactors", f);
                    }
                }
            }
        }
        for (CinPlan plan : j.all(AssessmentStage.CIN_PLANS)) {
            if (belongs(j, r, plan.referralId(), plan.cinPlanStartDate())
                    && overlaps(plan.cinPlanStartDate(), plan.cinPlanEndDate(), year)) {
                Element x = add(doc, d, "CINPlanDates");
                text(doc, x, "CINPlanStartDate", date(plan.cinPlanStartDate()));
                optional(doc, x, "CINPlanEndDate", date(upTo(plan.cinPlanEndDate(), end)));
            }
        }
        for (S47Enquiry s47 : j.all(ProtectionStage.S47_ENQUIRIES)) {
            LocalDate icpc = j.all(ProtectionStage.INITIAL_CONFERENCES).stream()
                    .filter(c -> s47.id().equals(c.s47EnquiryId()) && !c.icpcDate().isAfter(end))
                    .map(InitialConference::icpcDate).reduce((a, b) -> b).orElse(null);
            // An enquiry is finished by its conference even when no end date was recorded, so one that reached
            // conference in an earlier year belongs to that year's census (DfE rule 8715), not this one.
            LocalDate finished = s47.s47EndDate() != null ? s47.s47EndDate() : icpc;
            if (belongs(j, r, s47.referralId(), s47.s47StartDate())
                    && overlaps(s47.s47StartDate(), finished, year)
                    && (icpc == null || year.contains(icpc))) {
                Element x = add(doc, d, "Section47");
                text(doc, x, "S47ActualStartDate", date(s47.s47StartDate()));
                optional(doc, x, "DateOfInitialCPC", date(icpc));
                text(doc, x, "ICPCnotRequired", Boolean.FALSE.equals(s47.icpcRequired()) ? "true" : "false");
            }
        }

        text(doc, d, "ReferralNFA", r.nfa() ? "true" : "false");

        List<CpPlan> allPlans = j.all(ProtectionStage.CP_PLANS);
        for (CpPlan plan : allPlans) {
            if (belongs(j, r, plan.referralId(), plan.cpPlanStartDate())
                    && overlaps(plan.cpPlanStartDate(), plan.cpPlanEndDate(), year)) {
                Element x = add(doc, d, "ChildProtectionPlans");
                text(doc, x, "CPPstartDate", date(plan.cpPlanStartDate()));
                optional(doc, x, "CPPendDate", date(upTo(plan.cpPlanEndDate(), end)));
                text(doc, x, "InitialCategoryOfAbuse", blank(plan.cpPlanInitialCategory()));
                String latest = isBlank(plan.cpPlanLatestCategory()) ? plan.cpPlanInitialCategory()
                        : plan.cpPlanLatestCategory();
                text(doc, x, "LatestCategoryOfAbuse", blank(latest));
                long earlier = allPlans.stream().filter(o -> o.cpPlanStartDate().isBefore(plan.cpPlanStartDate())).count();
                text(doc, x, "NumberOfPreviousCPP", String.valueOf(
                        plan.numberOfPreviousPlans() != null ? plan.numberOfPreviousPlans() : earlier));
                // Every review of the plan up to the reference date, not only the latest.
                List<LocalDate> reviews = new ArrayList<>();
                for (CpReview review : j.all(ProtectionStage.CP_REVIEWS)) {
                    if (plan.id().equals(review.cpPlanId()) && !review.cpReviewDate().isAfter(end)) {
                        reviews.add(review.cpReviewDate());
                    }
                }
                if (!reviews.isEmpty()) {
                    Element rv = add(doc, x, "Reviews");
                    reviews.stream().sorted().forEach(day -> text(doc, rv, "CPPreviewDate", date(day)));
                }
            }
        }
        return d;
    }

    /**
     * An episode as the census that returned it gave it: everything recorded against it, dates as recorded.
     * Conferences are given where the census gave them: at the S47 level when recorded against an enquiry, else
     * at the episode level.
     */
    private Element asReturned(Document doc, ChildJourney j, Referral r, Element d) {
        text(doc, d, "CINreferralDate", date(r.referralDate()));
        text(doc, d, "ReferralSource", blank(r.referralSourceCode()));
        optional(doc, d, "PrimaryNeedCode", blank(r.cinPrimaryNeedCode()));
        optional(doc, d, "CINclosureDate", date(r.closeDate()));
        optional(doc, d, "ReasonForClosure", blank(r.closeReason()));
        List<InitialConference> icpcs = j.all(ProtectionStage.INITIAL_CONFERENCES).stream()
                .filter(c -> c.s47EnquiryId() == null && r.id().equals(c.referralId())).toList();
        optional(doc, d, "DateOfInitialCPC", icpcs.isEmpty() ? "" : date(icpcs.get(icpcs.size() - 1).icpcDate()));
        for (Assessment a : j.all(AssessmentStage.ASSESSMENTS)) {
            if (r.id().equals(a.referralId())) {
                Element x = add(doc, d, "Assessments");
                text(doc, x, "AssessmentActualStartDate", date(a.assessmentStartDate()));
                optional(doc, x, "AssessmentAuthorisationDate", date(a.assessmentAuthDate()));
                if (!a.assessmentFactors().isEmpty()) {
                    Element factors = add(doc, x, "FactorsIdentifiedAtAssessment");
                    for (String f : a.assessmentFactors()) {
                        text(doc, factors, "AssessmentFactors", f);
                    }
                }
            }
        }
        for (CinPlan plan : j.all(AssessmentStage.CIN_PLANS)) {
            if (r.id().equals(plan.referralId())) {
                Element x = add(doc, d, "CINPlanDates");
                text(doc, x, "CINPlanStartDate", date(plan.cinPlanStartDate()));
                optional(doc, x, "CINPlanEndDate", date(plan.cinPlanEndDate()));
            }
        }
        for (S47Enquiry s47 : j.all(ProtectionStage.S47_ENQUIRIES)) {
            if (r.id().equals(s47.referralId())) {
                LocalDate icpc = j.all(ProtectionStage.INITIAL_CONFERENCES).stream()
                        .filter(c -> s47.id().equals(c.s47EnquiryId()))
                        .map(InitialConference::icpcDate).reduce((a, b) -> b).orElse(null);
                Element x = add(doc, d, "Section47");
                text(doc, x, "S47ActualStartDate", date(s47.s47StartDate()));
                optional(doc, x, "InitialCPCtarget", date(s47.icpcTargetDate()));
                optional(doc, x, "DateOfInitialCPC", date(icpc));
                optional(doc, x, "ICPCnotRequired", s47.icpcRequired() == null ? "" : !s47.icpcRequired() ? "true"
                        : "false");
            }
        }
        optional(doc, d, "ReferralNFA", r.referralNfa() == null ? "" : r.nfa() ? "true" : "false");
        for (CpPlan plan : j.all(ProtectionStage.CP_PLANS)) {
            if (r.id().equals(plan.referralId())) {
                Element x = add(doc, d, "ChildProtectionPlans");
                text(doc, x, "CPPstartDate", date(plan.cpPlanStartDate()));
                optional(doc, x, "CPPendDate", date(plan.cpPlanEndDate()));
                text(doc, x, "InitialCategoryOfAbuse", blank(plan.cpPlanInitialCategory()));
                text(doc, x, "LatestCategoryOfAbuse", blank(plan.cpPlanLatestCategory()));
                text(doc, x, "NumberOfPreviousCPP", plan.numberOfPreviousPlans() == null ? ""
                        : String.valueOf(plan.numberOfPreviousPlans()));
                List<LocalDate> reviews = new ArrayList<>();
                for (CpReview review : j.all(ProtectionStage.CP_REVIEWS)) {
                    if (plan.id().equals(review.cpPlanId())) {
                        reviews.add(review.cpReviewDate());
                    }
                }
                if (!reviews.isEmpty()) {
                    Element rv = add(doc, x, "Reviews");
                    reviews.stream().sorted().forEach(day -> text(doc, rv, "CPPreviewDate", date(day)));
                }
            }
        }
        return d;
    }

    /**
     * A piece of work belongs to an episode if it names the referral, or names none and starts inside the episode
     * (referral date to closure, or open).
     */
    private static boolean belongs(ChildJourney j, Referral r, UUID referralId, LocalDate start) {
        if (referralId != null) {
            return referralId.equals(r.id()) || j.find(ReferralStage.REFERRALS, referralId).isEmpty() && inside(r, start);
        }
        return inside(r, start);
    }

    private static boolean inside(Referral r, LocalDate day) {
        return day != null && !day.isBefore(r.referralDate()) && (r.closeDate() == null || !day.isAfter(r.closeDate()));
    }

    private static boolean overlaps(LocalDate start, LocalDate finish, CollectionYear year) {
        return start != null && !start.isAfter(year.end()) && (finish == null || !finish.isBefore(year.start()));
    }

    private static LocalDate upTo(LocalDate date, LocalDate referenceDate) {
        return date == null || date.isAfter(referenceDate) ? null : date;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
