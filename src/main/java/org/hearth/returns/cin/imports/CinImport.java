package org.hearth.returns.cin.imports;

import org.hearth.stages.Stages;
import static org.hearth.journey.Dates.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyRules;
import org.hearth.journey.Violation;
import org.hearth.journey.child.Person;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.hearth.returns.cin.CinCensus;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Cpp;
import org.hearth.returns.cin.CinCensus.Details;
import org.hearth.returns.cin.CinCensus.Plan;
import org.hearth.returns.cin.CinCensus.S47;
import org.hearth.assessment.AssessmentStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

/**
 * Maps a CIN census to children's journeys, ready for the bulk loader. Plain Java: the caller says which children
 * are already on record (by LA child id), and gets back the journeys to write, or the reasons the file is refused.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Codes are judged by the code lists of the collection year being imported; the journey rules then judge the
 *       whole child as any write would. A new child that breaks a journey rule refuses the file: the DfE would
 *       reject the same return, and a break carried in silently would follow the child into every later edit.</li>
 *   <li>A child already on record (same LA child id) keeps its person details; only referrals with a referral date
 *       not already on its record are added, and only violations those additions introduce refuse the file
 *       ({@link JourneyRules#introducedBy}), so history already held does not block importing the rest.</li>
 *   <li>Up to 2023/24 the census gave GenderCurrent (1 male, 2 female, 0 not recorded, 9 indeterminate); Hearth
 *       records sex as M, F or U. 1 and 2 map to M and F; 0 and 9 map to U with a note, as 9 has no equivalent.
 *       From 2024/25 the field is Sex (M, F, U): an old 1/2 coding there is an error that says what to send.
 *       Up to 2023/24 the GenderCurrent code is also kept as returned (Person.gender), so the export gives it back.</li>
 *   <li>Two kinds of problem: a file that cannot be read into a record (no LA child id, an unreadable date, a
 *       missing referral or start date) is always refused; what the census says that breaks a code list or a
 *       journey rule (including an old coding and the header's year) refuses it too, unless the caller keeps rule
 *       breaks as history: then each is kept as the census gave it (an old Sex coding in the year's coding, 1 as
 *       M) and listed ({@link Result#kept()}), and the loader accepts the journey-rule breaks
 *       ({@link Planned#accepted()}).</li>
 *   <li>Each episode remembers the census year that returned it ({@link Referral#censusYear()}), so the export of
 *       that year gives it back as returned, rule breaks and all: an imported census re-exports to a file that
 *       validates the same way (CinRoundTripTest).</li>
 * </ul>
 */
public final class CinImport {

    /** What is already on record for an LA child id: that child's journey, or null when new. */
    @FunctionalInterface
    public interface Existing extends Function<String, ChildJourney> {
        Existing NONE = id -> null;
    }

    /**
     * One child's outcome: a new journey ({@code before} null) or additions to one already on record, with the
     * journey-rule breaks kept as the census gave them ({@code accepted}, empty unless rule breaks are kept).
     */
    public record Planned(String laChildId, ChildJourney before, ChildJourney after, int referralsAdded,
                          int referralsSkipped, List<Violation> accepted) implements ImportWriter.Planned {
        @Override
        public int added() {
            return referralsAdded;
        }

        @Override
        public int skipped() {
            return referralsSkipped;
        }
    }

    /**
     * The outcome of mapping one file: the children, the errors that refuse it, the rule breaks kept as history
     * (when the caller keeps them) and notes.
     */
    public record Result(List<Planned> children, List<ImportError> errors, List<ImportError> kept, List<String> notes) {
        public boolean refused() {
            return !errors.isEmpty();
        }
    }

    /** Where a record came from in the file, so a violation of a journey rule can point at it. */
    private record Source(String laChildId, String element, int row) {}

    private static final JourneyRules RULES = Stages.journeyRules();

    /** Journey field (kind/component) to the census element that holds it. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("person/dob", "PersonBirthDate"), Map.entry("person/expectedDob", "ExpectedPersonBirthDate"),
            Map.entry("person/deathDate", "PersonDeathDate"), Map.entry("person/sex", "Sex"),
            Map.entry("person/upn", "UPN"), Map.entry("person/formerUpn", "FormerUPN"),
            Map.entry("person/upnUnknown", "UPNunknown"), Map.entry("person/ethnicity", "Ethnicity"),
            Map.entry("person/disabilities", "Disability"),
            Map.entry("referrals/startDate", "CINreferralDate"), Map.entry("referrals/endDate", "CINclosureDate"),
            Map.entry("referrals/referralSourceCode", "ReferralSource"),
            Map.entry("referrals/cinPrimaryNeedCode", "PrimaryNeedCode"),
            Map.entry("referrals/closeReason", "ReasonForClosure"), Map.entry("referrals/closeDate", "CINclosureDate"),
            Map.entry("assessments/startDate", "AssessmentActualStartDate"),
            Map.entry("assessments/assessmentStartDate", "AssessmentActualStartDate"),
            Map.entry("assessments/endDate", "AssessmentAuthorisationDate"),
            Map.entry("assessments/assessmentFactors", "AssessmentFactors"),
            Map.entry("cin-plans/startDate", "CINPlanStartDate"), Map.entry("cin-plans/cinPlanStartDate", "CINPlanStartDate"),
            Map.entry("cin-plans/endDate", "CINPlanEndDate"),
            Map.entry("s47-enquiries/startDate", "S47ActualStartDate"),
            Map.entry("s47-enquiries/s47StartDate", "S47ActualStartDate"),
            Map.entry("initial-conferences/startDate", "DateOfInitialCPC"),
            Map.entry("initial-conferences/icpcDate", "DateOfInitialCPC"),
            Map.entry("cp-plans/startDate", "CPPstartDate"), Map.entry("cp-plans/cpPlanStartDate", "CPPstartDate"),
            Map.entry("cp-plans/endDate", "CPPendDate"),
            Map.entry("cp-plans/cpPlanInitialCategory", "InitialCategoryOfAbuse"),
            Map.entry("cp-plans/cpPlanLatestCategory", "LatestCategoryOfAbuse"),
            Map.entry("cp-reviews/startDate", "CPPreviewDate"), Map.entry("cp-reviews/cpReviewDate", "CPPreviewDate"));

    private final String file;
    private final CollectionYear year;
    private final boolean keepRuleBreaks;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<ImportError> kept = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** "element|row|field" already reported, so a journey rule does not repeat a problem the mapping found. */
    private final Set<String> reported = new HashSet<>();
    private final Map<String, CodeList> lists = new HashMap<>();
    /** Old codings seen ("Sex '1'"), for one summary note each. */
    private final Map<String, Integer> oldCodings = new java.util.LinkedHashMap<>();
    /** The first collection year (2024/25) whose census gives Sex (M, F, U) rather than GenderCurrent. */
    private static final int SEX_MFU_FROM = 2025;

    private CinImport(String file, CollectionYear year, boolean keepRuleBreaks) {
        this.file = file;
        this.year = year;
        this.keepRuleBreaks = keepRuleBreaks;
    }

    /**
     * Maps the census. Never throws for the file's content: every problem is an {@link ImportError}.
     *
     * @param file     the file's name, for the error list
     * @param year     the collection year being imported (2025 = 2024/25): its code lists and fields apply
     * @param existing the journey already on record for an LA child id, or null
     */
    public static Result map(String file, CollectionYear year, CinCensus census, Existing existing) {
        return map(file, year, census, existing, n -> { });
    }

    /** As {@link #map(String, CollectionYear, CinCensus, Existing)}, telling {@code progress} each child done. */
    public static Result map(String file, CollectionYear year, CinCensus census, Existing existing,
                             java.util.function.IntConsumer progress) {
        return map(file, year, census, existing, false, progress);
    }

    /**
     * As {@link #map(String, CollectionYear, CinCensus, Existing)}; with {@code keepRuleBreaks}, what the census
     * says that breaks a code list or a journey rule (an old coding, a date out of order) is kept as the return gave
     * it and listed in {@link Result#kept()}, rather than refusing the file, so the record re-exports the same.
     * A file that cannot be read into a record (no LA child id, an unreadable date) is refused either way.
     */
    public static Result map(String file, CollectionYear year, CinCensus census, Existing existing,
                             boolean keepRuleBreaks, java.util.function.IntConsumer progress) {
        return new CinImport(file, year, keepRuleBreaks).run(census, existing, progress);
    }

    private Result run(CinCensus census, Existing existing, java.util.function.IntConsumer progress) {
        header(census.header());
        // Unreadable values are reported with their child, so the error list follows the file.
        Map<String, List<CinCensus.Unreadable>> unreadable = new HashMap<>();
        for (CinCensus.Unreadable u : census.unreadable()) {
            if (u.laChildId() == null) {
                unreadable(u);
            } else {
                unreadable.computeIfAbsent(u.laChildId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int done = 0;
        for (Child c : census.children()) {
            progress.accept(++done);
            unreadable.getOrDefault(c.laChildId(), List.of()).forEach(this::unreadable);
            unreadable.remove(c.laChildId());
            if (c.laChildId() == null) {
                error(null, "ChildIdentifiers", c.idRow(), "LAchildID",
                        "missing: Hearth matches children by LA child id, so every child needs one");
                continue;
            }
            if (!seen.add(c.laChildId())) {
                error(c.laChildId(), "ChildIdentifiers", c.idRow(), "LAchildID",
                        "the same LA child id appears more than once in the file");
                continue;
            }
            Planned p = child(c, existing.apply(c.laChildId()));
            if (p != null) {
                planned.add(p);
            }
        }
        oldCodings.forEach((what, n) -> notes.add(what + " is an old coding, not valid in " + year + ": given for " + n
                + " child" + (n == 1 ? "" : "ren") + (keepRuleBreaks ? "; recorded in the year's coding and listed"
                : "; the file is refused until it is sent in the year's coding")));
        return new Result(List.copyOf(planned), List.copyOf(errors), List.copyOf(kept), List.copyOf(notes));
    }

    private void unreadable(CinCensus.Unreadable u) {
        boolean date = u.field().endsWith("Date") || u.field().equals("CPPreviewDate")
                || u.field().equals("InitialCPCtarget") || u.field().equals("DateOfInitialCPC");
        error(u.laChildId(), u.table(), u.row(), u.field(), "'" + u.text() + "' is not "
                + (date ? "a valid date (YYYY-MM-DD)" : "a yes/no value (true, false, 1 or 0)"));
    }

    private void header(CinCensus.Header h) {
        if (h.collection() != null && !h.collection().equalsIgnoreCase("CIN")) {
            error(null, "CollectionDetails", 0, "Collection", "'" + h.collection() + "' is not a CIN census file");
        }
        LocalDate ref = h.referenceDate();
        if (ref != null && !CollectionYear.containing(ref).equals(year)) {
            ruleBreak(null, "CollectionDetails", 0, "ReferenceDate", "the file's reference date " + uk(ref)
                    + " belongs to the " + CollectionYear.containing(ref) + " collection, but the import is for " + year
                    + " (--year " + year.endYear() + "); give the year the file was returned for");
        }
    }

    private Planned child(Child c, ChildJourney before) {
        int errorsBefore = errors.size();
        Map<UUID, Source> sources = new HashMap<>();
        String id = c.laChildId();
        ChildJourney journey;
        if (before == null) {
            Person person = person(c);
            sources.put(person.id(), new Source(id, "ChildIdentifiers", c.idRow()));
            journey = ChildJourney.of(person);
        } else {
            journey = before;
        }
        UUID personId = journey.child().id();
        Set<LocalDate> onRecord = new HashSet<>();
        for (Referral r : journey.all(ReferralStage.REFERRALS)) {
            onRecord.add(r.referralDate());
        }
        int added = 0;
        int skipped = 0;
        List<Details> newDetails = new ArrayList<>();
        for (Details d : c.details()) {
            if (before != null && d.referral() != null && onRecord.contains(d.referral())) {
                skipped++;
                continue;
            }
            newDetails.add(d);
        }
        // Conferences first: a CP plan links to the conference on its start day, anywhere in the child's file.
        List<InitialConference> conferences = new ArrayList<>(journey.all(ProtectionStage.INITIAL_CONFERENCES));
        Set<LocalDate> planStarts = new HashSet<>();
        for (CpPlan p : journey.all(ProtectionStage.CP_PLANS)) {
            planStarts.add(p.cpPlanStartDate());
        }
        for (Details d : newDetails) {
            for (Cpp cpp : d.cpps()) {
                if (cpp.start() != null) {
                    planStarts.add(cpp.start());
                }
            }
        }
        for (Details d : newDetails) {
            UUID referralId = UUID.randomUUID();
            Referral referral = new Referral(referralId, personId, null, d.referral(), d.referralSource(),
                    d.primaryNeed(), null, d.referralNfa(), d.reasonForClosure(), d.closure(), year.endYear());
            if (d.referral() == null) {
                missing(id, "CINdetails", d.row(), "CINreferralDate");
            }
            code(id, "CINdetails", d.row(), "ReferralSource", "REFERRAL_SOURCE", d.referralSource());
            code(id, "CINdetails", d.row(), "PrimaryNeedCode", "PRIMARY_NEED", d.primaryNeed());
            code(id, "CINdetails", d.row(), "ReasonForClosure", "CIN_CLOSURE_REASON", d.reasonForClosure());
            sources.put(referralId, new Source(id, "CINdetails", d.row()));
            journey = journey.with(ReferralStage.REFERRALS, referral);
            added++;
            for (CinCensus.Assessment a : d.assessments()) {
                List<String> factors = new ArrayList<>();
                if (a.factors() != null) {
                    for (String f : a.factors()) {
                        if (f != null) {
                            code(id, "Assessments", a.row(), "AssessmentFactors", "FACTORS", f);
                            factors.add(f);
                        }
                    }
                }
                if (a.start() == null) {
                    missing(id, "Assessments", a.row(), "AssessmentActualStartDate");
                }
                Assessment assessment = new Assessment(UUID.randomUUID(), personId, referralId, a.start(), null,
                        a.authorised(), factors, null, null);
                sources.put(assessment.id(), new Source(id, "Assessments", a.row()));
                journey = journey.with(AssessmentStage.ASSESSMENTS, assessment);
            }
            for (Plan p : d.plans()) {
                if (p.start() == null) {
                    missing(id, "CINplanDates", p.row(), "CINPlanStartDate");
                }
                CinPlan plan = new CinPlan(UUID.randomUUID(), personId, referralId, p.start(), p.end());
                sources.put(plan.id(), new Source(id, "CINplanDates", p.row()));
                journey = journey.with(AssessmentStage.CIN_PLANS, plan);
            }
            Set<LocalDate> conferenceDays = new HashSet<>();
            for (S47 s : d.section47s()) {
                if (s.start() == null) {
                    missing(id, "Section47", s.row(), "S47ActualStartDate");
                }
                Boolean required = s.icpcNotRequired() != null ? !s.icpcNotRequired() : s.icpc() != null ? Boolean.TRUE : null;
                S47Enquiry enquiry = new S47Enquiry(UUID.randomUUID(), personId, referralId, null, s.start(), null,
                        required, s.icpcTarget());
                sources.put(enquiry.id(), new Source(id, "Section47", s.row()));
                journey = journey.with(ProtectionStage.S47_ENQUIRIES, enquiry);
                if (s.icpc() != null) {
                    InitialConference icpc = new InitialConference(UUID.randomUUID(), personId, enquiry.id(),
                            referralId, s.icpc(), planStarts.contains(s.icpc()));
                    sources.put(icpc.id(), new Source(id, "Section47", s.row()));
                    journey = journey.with(ProtectionStage.INITIAL_CONFERENCES, icpc);
                    conferences.add(icpc);
                    conferenceDays.add(s.icpc());
                }
            }
            // CINdetails/DateOfInitialCPC names the episode's conference; it is a new one only when no s47 gave it.
            if (d.initialCpc() != null && !conferenceDays.contains(d.initialCpc())) {
                InitialConference icpc = new InitialConference(UUID.randomUUID(), personId, null, referralId,
                        d.initialCpc(), planStarts.contains(d.initialCpc()));
                sources.put(icpc.id(), new Source(id, "CINdetails", d.row()));
                journey = journey.with(ProtectionStage.INITIAL_CONFERENCES, icpc);
                conferences.add(icpc);
            }
        }
        for (Details d : newDetails) {
            Referral referral = referralFor(journey, sources, d);
            for (Cpp cpp : d.cpps()) {
                if (cpp.start() == null) {
                    missing(id, "ChildProtectionPlans", cpp.row(), "CPPstartDate");
                }
                code(id, "ChildProtectionPlans", cpp.row(), "InitialCategoryOfAbuse", "CP_CATEGORY", cpp.initialCategory());
                code(id, "ChildProtectionPlans", cpp.row(), "LatestCategoryOfAbuse", "CP_CATEGORY", cpp.latestCategory());
                Integer previous = null;
                if (cpp.previousPlans() != null) {
                    try {
                        previous = Integer.valueOf(cpp.previousPlans());
                        if (previous < 0) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        previous = null;
                        ruleBreak(id, "ChildProtectionPlans", cpp.row(), "NumberOfPreviousCPP",
                                "'" + cpp.previousPlans() + "' is not a number of plans");
                    }
                }
                UUID icpcId = conferences.stream().filter(x -> x.icpcDate() != null && x.icpcDate().equals(cpp.start()))
                        .map(InitialConference::id).findFirst().orElse(null);
                CpPlan plan = new CpPlan(UUID.randomUUID(), personId, referral.id(), icpcId, cpp.start(), cpp.end(),
                        cpp.initialCategory(), cpp.latestCategory(), previous);
                sources.put(plan.id(), new Source(id, "ChildProtectionPlans", cpp.row()));
                journey = journey.with(ProtectionStage.CP_PLANS, plan);
                if (cpp.reviews() != null) {
                    for (LocalDate day : cpp.reviews()) {
                        if (day == null) {
                            if (!reported.contains(key("Reviews", cpp.reviewsRow(), "CPPreviewDate"))) {
                                ruleBreak(id, "Reviews", cpp.reviewsRow(), "CPPreviewDate", "empty review date");
                            }
                            continue;
                        }
                        CpReview review = new CpReview(UUID.randomUUID(), personId, plan.id(), day, null);
                        sources.put(review.id(), new Source(id, "Reviews", cpp.reviewsRow()));
                        journey = journey.with(ProtectionStage.CP_REVIEWS, review);
                    }
                }
            }
        }
        if (before != null && skipped > 0) {
            notes.add("child " + id + ": already on record; " + skipped + " referral" + (skipped == 1 ? "" : "s")
                    + " with the same referral date skipped" + (added > 0 ? ", " + added + " new added" : ""));
        }
        List<Violation> violations = before == null ? RULES.check(journey) : RULES.introducedBy(before, journey);
        Set<String> mappingFound = Set.copyOf(reported);
        List<Violation> accepted = new ArrayList<>();
        for (Violation v : violations) {
            if (keepRuleBreaks) {
                accepted.add(v); // kept as the census gave it: the loader is told, so it does not refuse it
            }
            Source s = sources.getOrDefault(v.recordId(), new Source(id, "Child", -1));
            String field = FIELDS.getOrDefault(v.kind() + "/" + v.field(), v.field());
            String element = s.element();
            int row = s.row();
            if ("person".equals(v.kind()) && ("Ethnicity".equals(field) || "Disability".equals(field))) {
                element = "Ethnicity".equals(field) ? "ChildCharacteristics" : "Disabilities";
                row = "Ethnicity".equals(field) ? c.characteristicsRow() : c.disabilitiesRow();
            }
            if (mappingFound.contains(key(element, row, field))) {
                continue; // the mapping already said what is wrong with this field
            }
            String held = sources.containsKey(v.recordId()) || v.recordId() == null ? ""
                    : " [on a record already in Hearth, against what this file adds]";
            ruleBreak(id, element, row, field, v.message() + held + " (Hearth rule " + v.rule()
                    + (v.dfeCode() == null ? "" : ", DfE " + v.dfeCode()) + ")");
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new Planned(id, before, journey, added, skipped, List.copyOf(accepted));
    }

    private static Referral referralFor(ChildJourney journey, Map<UUID, Source> sources, Details d) {
        for (Referral r : journey.all(ReferralStage.REFERRALS)) {
            Source s = sources.get(r.id());
            if (s != null && s.element().equals("CINdetails") && s.row() == d.row()) {
                return r;
            }
        }
        throw new IllegalStateException("referral of CINdetails row " + d.row() + " not mapped");
    }

    private Person person(Child c) {
        String id = c.laChildId();
        int row = c.idRow();
        String sex = sex(c);
        code(id, "ChildCharacteristics", c.characteristicsRow(), "Ethnicity", "ETHNIC", c.ethnicity());
        code(id, "ChildIdentifiers", row, "UPNunknown", "UPN_UNKNOWN", c.upnUnknown());
        List<String> disabilities = new ArrayList<>();
        if (c.disabilities() != null) {
            for (String d : c.disabilities()) {
                if (d == null) {
                    ruleBreak(id, "Disabilities", c.disabilitiesRow(), "Disability", "empty disability code");
                } else if (!disabilities.contains(d)) {
                    code(id, "Disabilities", c.disabilitiesRow(), "Disability", "DISABILITY", d);
                    disabilities.add(d);
                } else if (keepRuleBreaks) {
                    ruleBreak(id, "Disabilities", c.disabilitiesRow(), "Disability", "'" + d + "' given more than "
                            + "once (DfE 8794); kept as the return gave it");
                    disabilities.add(d);
                } else {
                    notes.add("child " + id + ": disability '" + d + "' given more than once; recorded once");
                }
            }
        }
        if (c.birth() == null && c.expectedBirth() == null
                && !reported.contains(key("ChildIdentifiers", row, "PersonBirthDate"))
                && !reported.contains(key("ChildIdentifiers", row, "ExpectedPersonBirthDate"))) {
            error(id, "ChildIdentifiers", row, "PersonBirthDate",
                    "missing: give the date of birth, or the expected date of birth for an unborn child");
            reported.add(key("ChildIdentifiers", row, "ExpectedPersonBirthDate"));
        }
        // Up to 2023/24 the census's GenderCurrent is kept as returned (the export gives it back), beside the sex.
        String gender = year.endYear() < SEX_MFU_FROM && c.genderCurrent() != null
                && c.genderCurrent().matches("[0129]") ? c.genderCurrent() : null;
        return new Person(UUID.randomUUID(), id, Person.CHILD, null, null, null, sex, gender, c.ethnicity(), c.birth(),
                c.expectedBirth(), c.death(), null, c.upn(), c.upnUnknown(), c.formerUpn(), null, null, null, null,
                null, null, disabilities);
    }

    /** Sex as Hearth records it (M, F, U), from the field the year's census uses. */
    private String sex(Child c) {
        String id = c.laChildId();
        int row = c.idRow();
        boolean usesSex = year.endYear() >= SEX_MFU_FROM;
        if (usesSex) {
            String sex = c.sex();
            if (sex == null) {
                ruleBreak(id, "ChildIdentifiers", row, "Sex", c.genderCurrent() == null ? "missing: give M, F or U"
                        : "missing: from 2024/25 the census gives Sex (M, F or U); GenderCurrent ('"
                        + c.genderCurrent() + "') is the field up to 2023/24");
                return null;
            }
            if (sex.equals("1") || sex.equals("2") || sex.equals("0") || sex.equals("9")) {
                String mapped = sex.equals("1") ? "M" : sex.equals("2") ? "F" : "U";
                oldCoding("Sex '" + sex + "'");
                ruleBreak(id, "ChildIdentifiers", row, "Sex", "'" + sex + "' is the old GenderCurrent coding (used up "
                        + "to 2023/24); from 2024/25 Sex is M, F or U" + (sex.equals("1") ? " (1 was male: send M)"
                        : sex.equals("2") ? " (2 was female: send F)" : " (send U)")
                        + (keepRuleBreaks ? "; recorded as " + mapped + ", so the census exports it as " + mapped : ""));
                return keepRuleBreaks ? mapped : null;
            }
            code(id, "ChildIdentifiers", row, "Sex", "SEX", sex);
            return sex;
        }
        String gender = c.genderCurrent();
        if (gender == null) {
            if (c.sex() != null && List.of("M", "F", "U").contains(c.sex())) {
                notes.add("child " + id + ": Sex '" + c.sex() + "' given in a " + year
                        + " file, where the census had GenderCurrent; kept as it is");
                return c.sex();
            }
            if (c.sex() != null) {
                String mapped = c.sex().equals("1") ? "M" : c.sex().equals("2") ? "F" : null;
                ruleBreak(id, "ChildIdentifiers", row, "Sex", "'" + c.sex() + "' given as Sex, which is the field from "
                        + "2024/25 (M, F or U); a " + year + " file gives GenderCurrent 1 (male), 2 (female), "
                        + "0 (not recorded) or 9 (indeterminate)"
                        + (keepRuleBreaks && mapped != null ? "; recorded as " + mapped : ""));
                return keepRuleBreaks ? mapped : null;
            }
            ruleBreak(id, "ChildIdentifiers", row, "GenderCurrent", "missing: up to 2023/24 give GenderCurrent "
                    + "1 (male), 2 (female), 0 (not recorded) or 9 (indeterminate)");
            return null;
        }
        return switch (gender) {
            case "1" -> "M";
            case "2" -> "F";
            case "0" -> {
                notes.add("child " + id + ": GenderCurrent 0 (not recorded or unborn) recorded as sex U; "
                        + "GenderCurrent 0 kept as returned");
                yield "U";
            }
            case "9" -> {
                notes.add("child " + id + ": GenderCurrent 9 (indeterminate) recorded as sex U (not known): "
                        + "Hearth's sex field, like the census from 2024/25, has no indeterminate code; "
                        + "GenderCurrent 9 kept as returned");
                yield "U";
            }
            default -> {
                ruleBreak(id, "ChildIdentifiers", row, "GenderCurrent", "'" + gender + "' is not a GenderCurrent code "
                        + "(1 male, 2 female, 0 not recorded, 9 indeterminate)");
                yield null;
            }
        };
    }

    /** Counts an old coding, for one note per coding at the end (see {@link #run}). */
    private void oldCoding(String what) {
        oldCodings.merge(what, 1, Integer::sum);
    }

    private void code(String id, String element, int row, String field, String listName, String value) {
        if (value == null) {
            return;
        }
        CodeList list = lists.computeIfAbsent(listName, n -> CodeLists.standard().list(n, year));
        if (!list.contains(value)) {
            ruleBreak(id, element, row, field, "'" + value + "' is not a " + listName + " code in " + year
                    + "; valid codes: " + String.join(", ", list.codes()));
        }
    }

    private void missing(String id, String element, int row, String field) {
        if (!reported.contains(key(element, row, field))) {
            error(id, element, row, field, "missing: a date (YYYY-MM-DD) is required");
        }
    }

    /** What the census says breaks a code list or rule: refuses the file unless rule breaks are kept (listed). */
    private void ruleBreak(String id, String element, int row, String field, String reason) {
        reported.add(key(element, row, field));
        ImportError e = new ImportError(file, id, element, row, field, reason);
        if (keepRuleBreaks) {
            kept.add(e);
        } else {
            errors.add(e);
        }
    }

    private void error(String id, String element, int row, String field, String reason) {
        reported.add(key(element, row, field));
        errors.add(new ImportError(file, id, element, row, field, reason));
    }

    private static String key(String element, int row, String field) {
        return element + "|" + row + "|" + field;
    }
}
