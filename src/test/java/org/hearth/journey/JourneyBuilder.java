package org.hearth.journey;

import org.hearth.stages.Stages;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.allocation.Allocation;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.journey.child.Person;
import org.hearth.permanence.Permanence;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Referral;
import org.hearth.visits.Visit;

/**
 * Builds children and their journeys for plain-Java rule tests. The default child is valid: born 1 June 2015,
 * sex F, ethnicity WBRI. Record factories make valid records with DfE codes filled in, so a test only states the
 * dates and links that matter to the rule under test.
 *
 * <pre>
 * Referral r = referral(day(2025, 12, 15));
 * ChildJourney j = aChild().with(r, assessment(r, day(2025, 12, 16))).journey();
 * </pre>
 */
public final class JourneyBuilder {
    public static final UUID CHILD_ID = UUID.fromString("00000000-0000-0000-0000-00000000c41d");
    public static final LocalDate BORN = LocalDate.of(2015, 6, 1);

    private ChildJourney journey;

    private JourneyBuilder(Person child) {
        this.journey = ChildJourney.of(child);
    }

    // ---- children ----------------------------------------------------------------------------------------------

    /** A valid child: born 1 June 2015, sex F, ethnicity WBRI. */
    public static JourneyBuilder aChild() {
        return new JourneyBuilder(child());
    }

    public static JourneyBuilder aChild(Person person) {
        return new JourneyBuilder(person);
    }

    /** An unborn child, expected on {@code expected}, sex U. */
    public static JourneyBuilder anUnbornChild(LocalDate expected) {
        return new JourneyBuilder(person(null, expected, null, "U"));
    }

    /** A child born on {@code dob}. */
    public static JourneyBuilder aChildBorn(LocalDate dob) {
        return new JourneyBuilder(person(dob, null, null, "F"));
    }

    /** A child born in 2015 who died on {@code died}. */
    public static JourneyBuilder aChildWhoDied(LocalDate died) {
        return new JourneyBuilder(person(BORN, null, died, "F"));
    }

    public static Person child() {
        return person(BORN, null, null, "F");
    }

    public static Person person(LocalDate dob, LocalDate expectedDob, LocalDate deathDate, String sex) {
        return new Person(CHILD_ID, "T1", Person.CHILD, "Test", "Child", null, sex, null, "WBRI", dob, expectedDob,
                deathDate, null, null, null, null, null, null, null, null, false, null, List.of());
    }

    /** The default child with identifiers: NHS number, UPN and the reason a UPN is unknown. */
    public static Person childWithIds(String nhsNumber, String upn, String upnUnknown) {
        return new Person(CHILD_ID, "T1", Person.CHILD, "Test", "Child", null, "F", null, "WBRI", BORN, null,
                null, nhsNumber, upn, upnUnknown, null, null, null, null, null, false, null, List.of());
    }

    // ---- building ----------------------------------------------------------------------------------------------

    /** Adds records (or replaces the record with the same id). */
    public JourneyBuilder with(JourneyRecord... records) {
        for (JourneyRecord r : records) {
            journey = add(journey, r);
        }
        return this;
    }

    /** Looked after from {@code start} to {@code end} (null: still), with one legal status (C2) and one placement (U1). */
    public JourneyBuilder lookedAfter(LocalDate start, LocalDate end) {
        return with(carePeriod(start, end), legalStatus(start, end), placement(start, end));
    }

    /** A CP plan (category NEG) from an initial conference on {@code conference} that decided on one. */
    public JourneyBuilder onCpPlan(Referral referral, LocalDate conference, LocalDate end) {
        InitialConference c = icpc(referral, null, conference, true);
        return with(c, cpPlan(referral, c, end));
    }

    public ChildJourney journey() {
        return journey;
    }

    /** The journey with the record added to the kind its type belongs to. */
    @SuppressWarnings("unchecked")
    public static <T extends Record & JourneyRecord> ChildJourney add(ChildJourney journey, JourneyRecord record) {
        Class<T> type = (Class<T>) record.getClass();
        return journey.with(Stages.of(type), type.cast(record));
    }

    // ---- dates -------------------------------------------------------------------------------------------------

    public static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    public static UUID id() {
        return UUID.randomUUID();
    }

    // ---- referral and assessment -------------------------------------------------------------------------------

    /** An open referral, source 1A, primary need N1. */
    public static Referral referral(LocalDate on) {
        return new Referral(id(), CHILD_ID, null, on, "1A", "N1", null, false, null, null);
    }

    /** A referral closed on {@code closed} for reason RC7. */
    public static Referral referral(LocalDate on, LocalDate closed) {
        return new Referral(id(), CHILD_ID, null, on, "1A", "N1", null, false, closed == null ? null : "RC7", closed);
    }

    /** A referral with no further action, closed the same day (RC8). */
    public static Referral nfaReferral(LocalDate on) {
        return new Referral(id(), CHILD_ID, null, on, "1A", "N1", on, true, "RC8", on);
    }

    public static Referral referralWithClosure(LocalDate on, String closeReason, LocalDate closed) {
        return new Referral(id(), CHILD_ID, null, on, "1A", "N1", null, false, closeReason, closed);
    }

    /** An assessment of a referral (null: of the latest referral before it), not yet authorised. */
    public static Assessment assessment(Referral referral, LocalDate start) {
        return new Assessment(id(), CHILD_ID, ref(referral), start, start, null, List.of(), false, null);
    }

    public static Assessment authorisedAssessment(Referral referral, LocalDate start, LocalDate authorised,
                                                  String... factors) {
        return new Assessment(id(), CHILD_ID, ref(referral), start, start, authorised, List.of(factors), false, null);
    }

    public static CinPlan cinPlan(Referral referral, LocalDate start, LocalDate end) {
        return new CinPlan(id(), CHILD_ID, ref(referral), start, end);
    }

    // ---- protection --------------------------------------------------------------------------------------------

    public static StrategyDiscussion strategy(Referral referral, LocalDate on) {
        return new StrategyDiscussion(id(), CHILD_ID, ref(referral), on, "S47", null, null);
    }

    public static S47Enquiry s47(Referral referral, StrategyDiscussion discussion, LocalDate start) {
        return new S47Enquiry(id(), CHILD_ID, ref(referral), discussion == null ? null : discussion.id(), start, null,
                null);
    }

    public static InitialConference icpc(Referral referral, S47Enquiry enquiry, LocalDate on, boolean planDecided) {
        return new InitialConference(id(), CHILD_ID, enquiry == null ? null : enquiry.id(), ref(referral), on,
                planDecided);
    }

    /** A CP plan, category NEG, starting at the conference's date. */
    public static CpPlan cpPlan(Referral referral, InitialConference conference, LocalDate end) {
        return cpPlan(referral, conference, conference.icpcDate(), end);
    }

    public static CpPlan cpPlan(Referral referral, InitialConference conference, LocalDate start, LocalDate end) {
        return new CpPlan(id(), CHILD_ID, ref(referral), conference == null ? null : conference.id(), start, end,
                "NEG", "NEG", 0);
    }

    public static CpReview cpReview(CpPlan plan, LocalDate on) {
        return new CpReview(id(), CHILD_ID, plan == null ? null : plan.id(), on, true);
    }

    // ---- looked after ------------------------------------------------------------------------------------------

    /** A period of care; an ended one ceased for reason E13. */
    public static CarePeriod carePeriod(LocalDate start, LocalDate end) {
        return new CarePeriod(id(), CHILD_ID, start, end, end == null ? null : "E13", "N1");
    }

    public static LegalStatus legalStatus(LocalDate start, LocalDate end) {
        return new LegalStatus(id(), CHILD_ID, "C2", start, end);
    }

    /** A U1 placement (PR1), no reason for change. */
    public static Placement placement(LocalDate start, LocalDate end) {
        return placement(start, end, "U1", null);
    }

    public static Placement placement(LocalDate start, LocalDate end, String type, String changeReason) {
        return new Placement(id(), CHILD_ID, start, end, type, "PR1", null, null, changeReason, null);
    }

    public static CareReview careReview(LocalDate on) {
        return new CareReview(id(), CHILD_ID, on, "PN1", false);
    }

    public static MissingEpisode missing(LocalDate start, LocalDate end) {
        return new MissingEpisode(id(), CHILD_ID, start, "M", end, true, true);
    }

    // ---- other -------------------------------------------------------------------------------------------------

    public static EarlyHelpEpisode earlyHelp(LocalDate start, LocalDate end) {
        return new EarlyHelpEpisode(id(), CHILD_ID, start, end, "Parenting support", end == null ? null : "COMPLETED",
                "Family hub", "ehw-1");
    }

    public static Visit visit(LocalDate on, String context, Boolean seen, Boolean seenAlone) {
        return new Visit(id(), CHILD_ID, on, context, seen, seenAlone, null, null);
    }

    public static Allocation allocation(String role, LocalDate start, LocalDate end) {
        return new Allocation(id(), CHILD_ID, "worker-" + UUID.randomUUID(), role, "team-a", start, end, null);
    }

    public static Permanence adoption(LocalDate decision, LocalDate matched, LocalDate placed) {
        return new Permanence(id(), CHILD_ID, "ADOPTION", decision, matched, placed, null, null, null, null);
    }

    public static CareLeaverContact careLeaverContact(LocalDate on) {
        return new CareLeaverContact(id(), CHILD_ID, on, "FORMER", "YES", "F1", "B1", "Y");
    }

    private static UUID ref(Referral referral) {
        return referral == null ? null : referral.id();
    }

    // ---- checking ----------------------------------------------------------------------------------------------

    public static List<Violation> violations(ChildJourney journey) {
        return Stages.journeyRules().check(journey);
    }

    public static List<Violation> violations(ChildJourney journey, String rule) {
        return violations(journey).stream().filter(v -> v.rule().equals(rule)).toList();
    }

    public static List<Violation> violations(ChildJourney journey, String rule, EpisodeKind<?> kind) {
        return violations(journey, rule).stream().filter(v -> v.kind().equals(kind.name())).toList();
    }

    /** The one violation of {@code rule} on records of {@code kind}. */
    public static Violation theViolation(ChildJourney journey, String rule, EpisodeKind<?> kind) {
        List<Violation> found = violations(journey, rule, kind);
        assertThat(found).as("violations of %s on %s in %s", rule, kind.name(), violations(journey)).hasSize(1);
        return found.get(0);
    }

    /** The one violation of {@code rule} the journey has; fails when there is none or more than one. */
    public static Violation theViolation(ChildJourney journey, String rule) {
        List<Violation> found = violations(journey, rule);
        assertThat(found).as("violations of %s in %s", rule, violations(journey)).hasSize(1);
        return found.get(0);
    }

    /** The journey breaks no rule at all. */
    public static void assertValid(ChildJourney journey) {
        assertThat(violations(journey)).as("violations").isEmpty();
    }

    /** The journey breaks no rule of the name (it may break others). */
    public static void assertNo(ChildJourney journey, String rule) {
        assertThat(violations(journey, rule)).as("violations of " + rule).isEmpty();
    }

    /** The message is in a practitioner's words: dates as "15 December 2025", no ISO dates, ids or nulls. */
    public static void assertPlainWords(Violation v, LocalDate... dates) {
        assertThat(v.message()).isNotBlank()
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
                .doesNotContain("null")
                .doesNotContain("(no date)");
        for (LocalDate d : dates) {
            assertThat(v.message()).contains(Dates.uk(d));
        }
    }
}
