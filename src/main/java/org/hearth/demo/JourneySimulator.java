package org.hearth.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.care.CareOutcome;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.people.Address;
import org.hearth.journey.child.Person;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.Relationship;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Contact;
import org.hearth.referral.Referral;
import org.hearth.visits.Visit;
import org.hearth.allocation.AllocationStage;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.PermanenceStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;
import org.hearth.visits.VisitsStage;

/**
 * Simulates one child's journey forward in time from their first contact, stopping at {@code today}: whatever has
 * not finished by then is left open, as it would be on a live record. Each child has its own random source, so
 * children can be made one at a time, in any order, and always come out the same.
 */
final class JourneySimulator {
    /** Kinds of child the demo accounts need on their caseloads, made first and always the same way. */
    enum Showcase { NONE, OVERDUE_ASSESSMENT, CIN, CP_OVERDUE_REVIEW, CP, CLA }

    /** Where a referral episode ended: the day (null while still open), the closure reason and what comes next. */
    private record End(LocalDate date, String reason, String next) {}

    private record Window(LocalDate start, LocalDate end, String context, int everyDays) {}

    private static final End OPEN = new End(null, null, null);
    private static final java.util.Set<String> NO_OFSTED_URN = java.util.Set.of("H5", "R1", "R2", "R5");
    /** PLACE K3 replaced H5 for supported accommodation from the 2025/26 collection year. */
    private static final LocalDate K3_FROM = LocalDate.of(2025, 4, 1);
    private static final String LA_NUMBER = "935";

    // Referral sources as England's: police, health and education 62%, the public (individuals) 8%. Step-ups from
    // family help are always early help (5D), about one referral in eight, so the other sources are scaled up to match.
    private static final Weighted SOURCES = new Weighted(new String[] {"6", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "1A", "1B", "1C", "1D", "5A", "5B", "5C", "5D", "4", "7", "8", "9", "10"},
            new double[] {33, 20.5, 1, 2, 2.5, 1, 1, 3.5, 6, 6, 1, 1, 1, 2, 3, 3, 0.5, 2, 2, 3, 2, 3});
    private static final Weighted NEED = new Weighted(new String[] {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N0"},
            new double[] {52, 8, 4, 12, 14, 3, 1, 4, 2});
    private static final Weighted CP_CATEGORY = new Weighted(new String[] {"NEG", "EMO", "PHY", "SAB", "MUL"},
            new double[] {48, 38, 7, 4, 3});
    private static final Weighted ETHNICITY = new Weighted(new String[] {"WBRI", "WIRI", "WIRT", "WOTH", "WROM",
            "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH",
            "REFU", "NOBT"}, new double[] {63, 0.4, 0.3, 5.5, 0.8, 2.6, 1.0, 1.5, 3.2, 1.1, 3.0, 1.4, 1.5, 1.2, 3.8,
            1.5, 0.2, 3.0, 0.4, 3.6});
    // Factors at assessment as the share of CIN assessments in 2019/20 (product brief), child-only ones by age below.
    private static final String[] FACTORS = {"3B", "4B", "17A", "16A", "18C", "1B", "2B", "4A", "5A", "11A", "13A",
            "12A", "3A", "3C", "24A", "10A", "15A", "7A", "19C", "6B", "6A", "20", "2A", "1A"};
    private static final double[] FACTOR_RATES = {0.32, 0.30, 0.21, 0.17, 0.14, 0.14, 0.14, 0.14, 0.10, 0.04, 0.03,
            0.01, 0.07, 0.04, 0.03, 0.05, 0.05, 0.02, 0.03, 0.03, 0.03, 0.06, 0.03, 0.02};
    private static final Weighted CHANGE_REASON = new Weighted(new String[] {"CARPL", "CREQB", "CREQO", "CHILD",
            "LAREQ", "STAND", "ALLEG", "CLOSE", "APPRR", "OTHER"}, new double[] {38, 16, 11, 9, 5, 4, 3, 5, 1, 8});
    private static final Weighted PARTICIPATION = new Weighted(new String[] {"PN1", "PN2", "PN3", "PN4", "PN5",
            "PN6", "PN7"}, new double[] {45, 5, 5, 5, 10, 20, 10});
    private static final Weighted ACTIVITY = new Weighted(new String[] {"F2", "F4", "P4", "F5", "F1", "P2", "G5",
            "G4", "G6"}, new double[] {30, 15, 8, 5, 6, 4, 20, 6, 6});

    private static final String[] HELP = {
            "Family hub parenting group offered and taken up",
            "Family help worker offered for school attendance and morning routines",
            "Referred to the young carers service",
            "Advice on housing and benefits; food bank voucher given",
            "Domestic abuse support service offered to mother; safety plan agreed",
            "Supported referral to children's mental health service",
            "Short breaks and a disability social care assessment offered",
            "Parenting programme and debt advice; help with nursery place"};
    private static final String[] HELP_NFA = {
            "No further action; family given the family hub's contact details and advice line",
            "No further action; school to continue pastoral support, family signposted to community groups",
            "No further action; GP and health visitor to continue universal support",
            "No further action; family help offered and declined"};
    private static final String[] EH_REASONS = {"Parenting support", "School attendance", "Housing and money worries",
            "Parental conflict", "Child's behaviour at home", "Young carer support", "Emotional wellbeing"};
    private static final String[] EH_ORGS = {"Family Help Service", "Family hub", "School family support",
            "Children's centre"};
    private static final String[] WORKER_CHANGES = {"Social worker left the authority",
            "Caseload rebalanced in the team", "Social worker on long-term leave", "Family asked for a new worker"};
    private static final String[] VISIT_NOTES = {"Home visit; talked about school and friends",
            "Visit at school; child showed their artwork", "Home visit; went through the plan together",
            "Visit at placement; child showed their bedroom", "Walk to the park; child talked about family time",
            "Home visit; parent present throughout", "Visit after contact with birth family"};
    private static final String[] SISTER_WORDS = {"My sister, she always helps me with my homework",
            "I miss her when we are apart", "She makes me laugh when I feel sad", "We share everything"};
    private static final String[] BROTHER_WORDS = {"My brother, we play football together at weekends",
            "I miss him when we are apart", "He makes me laugh when I feel sad", "He looks out for me"};
    private static final String[] GRANDMOTHER_WORDS = {"Nan makes the best Sunday dinner", "I can tell Nan anything",
            "She picks me up from school on Fridays"};
    private static final String[] GRANDFATHER_WORDS = {"Grandad takes me fishing", "He teaches me card games",
            "I like going to his allotment"};
    private static final String[] FRIEND_WORDS = {"My best friend from school", "We have been friends since year 3",
            "We go to drama club together"};
    private static final String[] PET_WORDS = {"Sleeps on my bed and makes me feel safe",
            "I feed them every morning before school", "The best pet in the world", "I tell them everything when I'm sad"};
    private static final String[] STREETS = {"Church Road", "Station Road", "Park Avenue", "Mill Lane", "Victoria Street",
            "Queens Road", "The Crescent", "Orchard Close", "Meadow Way", "Chapel Street", "Elm Grove", "School Lane"};
    private static final String[] PET_KINDS = {"Dog", "Cat", "Rabbit", "Hamster", "Guinea pig"};

    private final SplittableRandom rnd;
    private final LocalDate today;
    private final DemoStaff staff;
    private final Showcase showcase;
    private final int index;
    /** Shifts the authority's identifier sequences by seed, keeping them unique per child. */
    private final long identifierOffset;
    private final UUID pid;
    private final Map<EpisodeKind<?>, List<JourneyRecord>> records = new HashMap<>();
    private final List<Person> relatives = new java.util.ArrayList<>();
    private final List<Window> windows = new ArrayList<>();

    private LocalDate dob;
    private LocalDate expectedDob;
    private LocalDate age18;
    private boolean uasc;
    private int cpPlans;
    private boolean planElsewhere;
    private boolean returnedHome;
    private boolean onlyNfa = true;
    private LocalDate careStartedLast;
    private LocalDate lastIcpcPlan;
    private String surname;

    JourneySimulator(long seed, long identifierOffset, LocalDate today, DemoStaff staff, Showcase showcase, int index) {
        this.rnd = new SplittableRandom(seed);
        this.identifierOffset = identifierOffset;
        this.today = today;
        this.staff = staff;
        this.showcase = showcase;
        this.index = index;
        this.pid = uuid();
    }

    ChildJourney build() {
        LocalDate start = profile();
        planElsewhere = chance(0.18); // a plan before our records began, or in another authority
        if (showcase == Showcase.NONE && !uasc && expectedDob == null && chance(0.12)) {
            familyHelpOnly(start);
        } else {
            referrals(start);
        }
        Person person = person(start);
        people(start);
        visits();
        careOutcomes();
        previousPermanence();
        return new ChildJourney(person, 0, new HashMap<>(records));
    }

    // ---------------------------------------------------------------- who the child is and when we first meet them

    /** Sets the child's birth (or expected birth) and returns the day of the first contact. */
    private LocalDate profile() {
        if (showcase != Showcase.NONE) {
            dob = today.minusYears(between(4, 13)).minusDays(between(0, 364));
            age18 = dob.plusYears(18);
            return switch (showcase) {
                case OVERDUE_ASSESSMENT -> today.minusDays(80);
                case CIN -> today.minusDays(between(90, 400));
                case CP_OVERDUE_REVIEW -> today.minusDays(125);
                case CP -> today.minusDays(between(45, 500));
                default -> today.minusDays(between(100, 900));
            };
        }
        LocalDate start = today.minusDays(between(0, 6 * 365));
        double u = rnd.nextDouble();
        if (u < 0.008) {
            // Unborn now: protecting a baby starts in pregnancy.
            expectedDob = today.plusWeeks(between(1, 16));
            start = expectedDob.minusWeeks(between(12, 36));
            if (start.isAfter(today)) {
                start = today.minusDays(between(0, 14));
            }
            return start;
        }
        if (u < 0.045) {
            LocalDate birth = start.plusWeeks(between(4, 30));
            if (birth.isAfter(today)) {
                expectedDob = birth;
            } else {
                setDob(birth);
            }
            return start;
        }
        if (u < 0.057) {
            uasc = true;
            setDob(start.minusYears(between(15, 17)).minusDays(between(0, 200)));
            return start;
        }
        double band = rnd.nextDouble();
        int years;
        int days = between(0, 364);
        if (band < 0.06) {
            years = 0;
        } else if (band < 0.24) {
            years = between(1, 4);
        } else if (band < 0.49) {
            years = between(5, 9);
        } else if (band < 0.85) {
            years = between(10, 15);
        } else {
            years = 16;
            days = between(0, 500); // 16 and the first half of 17: referrals close as a child turns 18
        }
        setDob(start.minusYears(years).minusDays(days));
        return start;
    }

    private String nhsNumber() {
        return DemoIdentifiers.nhsNumberFor(index, identifierOffset);
    }

    private void setDob(LocalDate d) {
        dob = d;
        age18 = d.plusYears(18);
    }

    private Person person(LocalDate start) {
        boolean unborn = dob == null;
        boolean male = uasc ? chance(0.9) : chance(0.52);
        String sex = unborn ? "U" : male ? "M" : "F";
        String[] names = male ? DemoNames.BOYS : DemoNames.GIRLS;
        String forename = unborn ? null : uasc ? pick(DemoNames.UASC_BOYS) : pick(names);
        surname = pick(DemoNames.SURNAMES);
        String ethnicity = unborn && chance(0.5) ? "NOBT"
                : uasc ? pick(new String[] {"AOTH", "BAFR", "OOTH", "BOTH"}) : ETHNICITY.pick(rnd);
        String nhs = unborn ? null : uasc ? (chance(0.4) ? nhsNumber() : null) : chance(0.95) ? nhsNumber() : null;
        String upn = null;
        String upnUnknown;
        Integer age = unborn ? null : dob.until(today).getYears();
        // Children's services see a UPN from the school year before reception (the DfE's "school age" in the CIN
        // census: born on or before 31 August four years before the census year ends), e.g. from a school nursery.
        LocalDate schoolAgeBornBy = LocalDate.of((today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear()) - 4,
                8, 31);
        if (age == null || dob.isAfter(schoolAgeBornBy)) {
            upnUnknown = "UN1";
        } else if (uasc && start.isAfter(today.minusYears(1))) {
            upnUnknown = chance(0.5) ? "UN2" : "UN3";
        } else if (careStartedLast != null && careStartedLast.isAfter(today.minusDays(30)) && chance(0.5)) {
            upnUnknown = "UN4";
        } else if (onlyNfa && chance(0.3)) {
            upnUnknown = "UN7";
        } else {
            upnUnknown = null;
            // Allocated when the child started school, from age 4.
            upn = DemoIdentifiers.upnFor(LA_NUMBER, uasc ? start.getYear() : dob.plusYears(4).getYear(), index,
                    identifierOffset);
        }
        List<String> disabilities = chance(0.1)
                ? List.of(pick(new String[] {"LD", "AUT", "BEH", "COMM", "MOB", "HEAR", "VIS", "PC"}))
                : List.of("NONE");
        String knownAs = !unborn && chance(0.05) ? forename.substring(0, Math.min(3, forename.length())) : null;
        return new Person(pid, String.format("C%07d", index + 1), Person.CHILD, forename, surname, knownAs, sex, null,
                ethnicity, dob, unborn ? expectedDob : null, null, nhs, upn, upnUnknown, null,
                uasc ? pick(new String[] {"AFG", "ERI", "SDN", "IRN", "SYR", "VNM", "ALB"}) : "GBR",
                uasc ? null : "ENG", null, uasc ? "UASC" : null, uasc, false, disabilities);
    }

    // ---------------------------------------------------------------- family help and referrals

    private void familyHelpOnly(LocalDate start) {
        String source = SOURCES.pick(rnd);
        add(ReferralStage.CONTACTS, new Contact(uuid(), pid, start, source, "EARLY_HELP", notAfterToday(start.plusDays(between(0, 1))), null));
        LocalDate planned = start.plusDays(between(60, 270));
        if (chance(0.2) && !planned.isAfter(today) && age(planned) < 17) {
            familyHelp(start, planned, "STEP_UP");
            referrals(planned, "5D");
        } else {
            familyHelp(start, planned, chance(0.8) ? "NEEDS_MET" : "DISENGAGED");
        }
    }

    /** A family help episode; open when its planned end is after today. */
    private void familyHelp(LocalDate start, LocalDate plannedEnd, String endReason) {
        LocalDate end = plannedEnd.isAfter(today) ? null : plannedEnd;
        String worker = staff.pick(DemoStaff.FAMILY_HELP, rnd);
        add(EarlyHelpStage.EARLY_HELP, new EarlyHelpEpisode(uuid(), pid, start, end, pick(EH_REASONS),
                end == null ? null : endReason, pick(EH_ORGS), worker));
        add(AllocationStage.ALLOCATIONS, new Allocation(uuid(), pid, worker, "EHW", DemoStaff.FAMILY_HELP, start, end, null));
        windows.add(new Window(start, end, "EH", 28));
    }

    private void referrals(LocalDate start) {
        if (showcase == Showcase.NONE && age(start) >= 1 && chance(0.12)) {
            // Stepping up from family help, which ends the day the referral is made.
            LocalDate ehStart = start.minusDays(between(60, 240));
            if (!ehStart.isBefore(dob)) {
                familyHelp(ehStart, start, "STEP_UP");
                referrals(start, "5D");
                return;
            }
        }
        referrals(start, null);
    }

    private void referrals(LocalDate first, String firstSource) {
        LocalDate r = first;
        String source = firstSource;
        boolean reentry = false;
        for (int episode = 0; episode < 5; episode++) {
            returnedHome = false;
            End end = referralEpisode(r, source, reentry);
            if (end.date() == null || showcase != Showcase.NONE || "STOP".equals(end.next())) {
                return;
            }
            LocalDate closed = end.date();
            source = null;
            // Nearly 30% of children who leave care return within five years (product brief).
            double again = returnedHome ? 0.6 : cpPlans > 0 ? 0.3 : 0.2;
            LocalDate next = chance(again)
                    ? closed.plusDays(chance(0.6) ? between(30, 365) : between(366, 1100)) : null;
            if (next != null && (next.isAfter(today) || (dob != null && age(next) >= 17))) {
                next = null;
            }
            reentry = next != null && returnedHome && chance(0.75);
            if ("EH".equals(end.next())) {
                // Step down to family help without a fresh referral; a new referral steps it back up.
                LocalDate planned = closed.plusDays(between(90, 270));
                if (next != null && next.isBefore(planned)) {
                    familyHelp(closed, next, "STEP_UP");
                    source = "5D";
                } else {
                    familyHelp(closed, planned, chance(0.8) ? "NEEDS_MET" : "DISENGAGED");
                    if (next != null && !next.isAfter(planned)) {
                        next = planned.plusDays(1);
                    }
                }
            }
            if (next == null || next.isAfter(today)) {
                return;
            }
            r = next;
        }
    }

    /** Everything between one referral and the closure of the child in need episode it opened. */
    private End referralEpisode(LocalDate r, String forcedSource, boolean reentry) {
        Episode ep = new Episode(uuid(), r);
        int age = age(r);
        String source = forcedSource != null ? forcedSource : uasc ? "7" : SOURCES.pick(rnd);
        if (age < 4 && ("2A".equals(source) || "2B".equals(source))) {
            source = "3B"; // no school yet: the health visitor refers instead
        }
        LocalDate contactDay = chance(0.7) ? r : r.minusDays(1);
        if (dob == null || contactDay.isBefore(dob.minusWeeks(40))) {
            contactDay = r;
        }
        UUID contactId = uuid();
        LocalDate decision = notAfterToday(chance(0.6) ? r : plusWorkingDays(r, 1));
        add(ReferralStage.CONTACTS, new Contact(contactId, pid, contactDay, source, "REFERRAL", decision, null));
        ep.phase(r, DemoStaff.FRONT_DOOR);

        End end;
        boolean nfa = false;
        String route = route(age, reentry);
        switch (route) {
            case "NFA" -> {
                nfa = decision != null;
                end = decision == null ? OPEN : new End(decision, "RC7", null);
            }
            case "PROTECT" -> end = protection(ep, r.plusDays(between(0, 2)), false);
            case "CARE" -> end = careDirect(ep, r, age);
            default -> end = assessment(ep, age);
        }
        if (!"NFA".equals(route)) {
            onlyNfa = false;
        }
        String need = nfa ? (chance(0.7) ? "N9" : "N0") : uasc ? "N8" : NEED.pick(rnd);
        add(ReferralStage.REFERRALS, new Referral(ep.id, pid, contactId, r, source, need, decision, nfa, end.reason(),
                end.date()));
        ep.allocate(end.date());
        return end;
    }

    private String route(int age, boolean reentry) {
        switch (showcase) {
            case OVERDUE_ASSESSMENT, CIN -> {
                return "ASSESS";
            }
            case CP, CP_OVERDUE_REVIEW -> {
                return "PROTECT";
            }
            case CLA -> {
                return "CARE";
            }
            default -> { }
        }
        if (uasc || reentry) {
            return "CARE";
        }
        double u = rnd.nextDouble();
        if (u < 0.08) {
            return "NFA";
        }
        double care = age >= 12 ? 0.05 : age >= 0 ? 0.015 : 0;
        if (u < 0.08 + care) {
            return "CARE";
        }
        double protect = age < 0 ? 0.35 : cpPlans > 0 ? 0.4 : 0.15;
        return u < 0.08 + care + protect ? "PROTECT" : "ASSESS";
    }

    // ---------------------------------------------------------------- assessment and child in need

    private End assessment(Episode ep, int age) {
        LocalDate start = showcase == Showcase.OVERDUE_ASSESSMENT ? ep.r.plusDays(1) : ep.r.plusDays(between(0, 3));
        if (start.isAfter(today)) {
            return OPEN;
        }
        ep.phase(start, chance(0.5) ? DemoStaff.ASSESSMENT_1 : DemoStaff.ASSESSMENT_2);
        int workingDays = showcase == Showcase.OVERDUE_ASSESSMENT ? 400 : chance(0.82) ? between(10, 45) : between(46, 75);
        LocalDate auth = plusWorkingDays(start, workingDays);
        boolean nfa = showcase == Showcase.NONE && chance(0.33);
        if (auth.isAfter(today)) {
            add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, start, notAfterToday(start.plusDays(between(0, 5))),
                    null, List.of(), null, "Assessment under way; " + pick(HELP).toLowerCase()));
            return OPEN;
        }
        List<String> factors = nfa ? nfaFactors(age) : needFactors(age, false);
        add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, start, start.plusDays(between(0, 5)), auth, factors,
                nfa, nfa ? pick(HELP_NFA) : pick(HELP)));
        if (nfa) {
            boolean stepDown = chance(0.3);
            return new End(notAfterToday(auth.plusDays(between(0, 2)), auth), stepDown ? "RC9" : "RC8",
                    stepDown ? "EH" : null);
        }
        if (showcase == Showcase.CIN || chance(0.82)) {
            return cinPlan(ep, auth.plusDays(between(0, 7)));
        }
        if (chance(0.3)) {
            return protection(ep, auth.plusDays(between(3, 20)), false);
        }
        // In need, helped without a plan, then closed.
        LocalDate close = capAdult(auth.plusDays(between(30, 90)), auth);
        return close.isAfter(today) ? OPEN : new End(close, "RC7", chance(0.25) ? "EH" : null);
    }

    private List<String> nfaFactors(int age) {
        if (chance(0.6)) {
            return List.of("21");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FACTORS.length; i++) {
            if (allowedAt(FACTORS[i], age) && chance(FACTOR_RATES[i] * 0.4)) {
                out.add(FACTORS[i]);
            }
        }
        return out.isEmpty() ? List.of("20") : out;
    }

    private List<String> needFactors(int age, boolean abuse) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FACTORS.length; i++) {
            if (allowedAt(FACTORS[i], age) && chance(FACTOR_RATES[i])) {
                out.add(FACTORS[i]);
            }
        }
        if (abuse && out.stream().noneMatch(f -> f.startsWith("16") || f.startsWith("17") || f.startsWith("18")
                || f.startsWith("19"))) {
            out.add(pick(new String[] {"16A", "17A", "16A", "17A", "18C", "19C"}));
        }
        if (out.isEmpty()) {
            out.add(chance(0.5) ? "20" : pick(new String[] {"3B", "4B", "17A", "16A"}));
        }
        return out;
    }

    /** Factors about the child's own behaviour or exploitation are for older children. */
    private static boolean allowedAt(String factor, int age) {
        return switch (factor) {
            case "11A", "12A", "13A", "24A", "1A", "2A", "15A", "10A" -> age >= 10;
            case "4A", "7A" -> age >= 5;
            default -> true;
        };
    }

    private End cinPlan(Episode ep, LocalDate start) {
        if (start.isAfter(today)) {
            return OPEN;
        }
        ep.phase(start, DemoStaff.CHILD_IN_NEED);
        UUID id = uuid();
        int months = showcase == Showcase.CIN ? between(24, 36) : between(3, 15);
        LocalDate planned = capAdult(start.plusMonths(months).plusDays(between(0, 20)), start);
        long length = ChronoUnit.DAYS.between(start, planned);
        double u = showcase == Showcase.NONE ? rnd.nextDouble() : 1;
        if (u < 0.07 && length > 30) {
            LocalDate sd = start.plusDays(between(14, (int) length - 1));
            if (sd.isAfter(today)) {
                addCin(id, ep, start, null);
                return OPEN;
            }
            lastIcpcPlan = null;
            End end = protection(ep, sd, true);
            addCin(id, ep, start, lastIcpcPlan);
            return end;
        }
        if (u < 0.11 && length > 30 && age(start) >= 10) {
            LocalDate q = start.plusDays(between(14, (int) length - 1));
            if (q.isAfter(today)) {
                addCin(id, ep, start, null);
                return OPEN;
            }
            addCin(id, ep, start, q);
            return care(ep, q, "S20");
        }
        if (planned.isAfter(today)) {
            addCin(id, ep, start, null);
            return OPEN;
        }
        addCin(id, ep, start, planned);
        return new End(planned, "RC7", chance(0.25) ? "EH" : null);
    }

    private void addCin(UUID id, Episode ep, LocalDate start, LocalDate end) {
        add(AssessmentStage.CIN_PLANS, new CinPlan(id, pid, ep.id, start, end));
        windows.add(new Window(start, end, "CIN", 28));
    }

    // ---------------------------------------------------------------- child protection

    /** Strategy discussion, s47 enquiry and, when needed, an initial conference within 15 working days. */
    private End protection(Episode ep, LocalDate sd, boolean fromCin) {
        if (sd.isAfter(today)) {
            return OPEN;
        }
        ep.phase(sd, DemoStaff.PROTECTION);
        UUID sdId = uuid();
        add(ProtectionStage.STRATEGY_DISCUSSIONS, new StrategyDiscussion(sdId, pid, ep.id, sd,
                pick(new String[] {"Police, health, school, children's social care", "Police, health visitor, children's social care",
                        "Police, GP, school nurse, children's social care"}), "S47"));
        LocalDate s47Start = chance(0.7) ? sd : sd.plusDays(1);
        if (s47Start.isAfter(today)) {
            return OPEN;
        }
        boolean forced = fromCin || showcase == Showcase.CP || showcase == Showcase.CP_OVERDUE_REVIEW;
        LocalDate s47End = plusWorkingDays(s47Start, between(5, 15));
        boolean icpcRequired = forced || chance(cpPlans > 0 ? 0.55 : 0.38);
        LocalDate icpc = icpcRequired ? plusWorkingDays(sd, chance(0.8) ? between(8, 15) : between(16, 22)) : null;
        if (icpc != null && s47End.isAfter(icpc)) {
            s47End = icpc;
        }
        UUID s47Id = uuid();
        LocalDate assessAuth = fromCin ? null : plusWorkingDays(sd, between(15, 40));
        if (s47End.isAfter(today)) {
            add(ProtectionStage.S47_ENQUIRIES, new S47Enquiry(s47Id, pid, ep.id, sdId, s47Start, null, null));
            if (!fromCin) {
                protectionAssessment(ep, sd, null, false);
            }
            return OPEN;
        }
        add(ProtectionStage.S47_ENQUIRIES, new S47Enquiry(s47Id, pid, ep.id, sdId, s47Start, s47End, icpcRequired));
        if (!icpcRequired) {
            boolean nfa = chance(0.45);
            if (assessAuth.isAfter(today)) {
                protectionAssessment(ep, sd, null, false);
                return OPEN;
            }
            protectionAssessment(ep, sd, assessAuth, nfa);
            if (nfa) {
                // Not RC8: after a section 47 enquiry the case did not close "after assessment" (DfE CIN rule 2990).
                return new End(notAfterToday(assessAuth.plusDays(between(0, 3)), assessAuth), "RC7", null);
            }
            if (chance(0.5)) {
                return cinPlan(ep, assessAuth.plusDays(between(0, 5)));
            }
            LocalDate close = capAdult(assessAuth.plusDays(between(20, 60)), assessAuth);
            return close.isAfter(today) ? OPEN : new End(close, "RC7", chance(0.3) ? "EH" : null);
        }
        if (!fromCin) {
            protectionAssessment(ep, sd, assessAuth.isAfter(today) ? null : assessAuth, false);
        }
        if (icpc.isAfter(today)) {
            return OPEN;
        }
        boolean plan = forced || chance(0.88);
        UUID icpcId = uuid();
        add(ProtectionStage.INITIAL_CONFERENCES, new InitialConference(icpcId, pid, s47Id, ep.id, icpc, plan));
        if (!plan) {
            if (chance(0.6)) {
                return cinPlan(ep, icpc);
            }
            // The case closes after the conference and after its assessment is authorised (CIN rule 8565).
            LocalDate after = !fromCin && assessAuth.isAfter(icpc) ? assessAuth : icpc;
            LocalDate close = notAfterToday(after.plusDays(between(0, 14)), after);
            if (after.isAfter(today)) {
                return OPEN;
            }
            return new End(close, "RC7", chance(0.3) ? "EH" : null);
        }
        End end = cpPlan(ep, icpc, icpcId);
        lastIcpcPlan = icpc; // after the plan, whose own later steps may have held another conference
        return end;
    }

    private void protectionAssessment(Episode ep, LocalDate start, LocalDate auth, boolean nfa) {
        int age = age(start);
        List<String> factors = auth == null ? List.of() : nfa ? nfaFactors(age) : needFactors(age, true);
        add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, start, notAfterToday(start.plusDays(between(0, 3))),
                auth, factors, auth == null ? null : nfa, auth == null ? "Assessment under way alongside the enquiry; "
                + pick(HELP).toLowerCase() : nfa ? pick(HELP_NFA) : pick(HELP)));
    }

    private End cpPlan(Episode ep, LocalDate start, UUID icpcId) {
        String category = CP_CATEGORY.pick(rnd);
        String latest = chance(0.1) ? CP_CATEGORY.pick(rnd) : category;
        int previous = cpPlans + (planElsewhere ? 1 : 0);
        cpPlans++;
        int months = showcase != Showcase.NONE ? between(30, 40)
                : pickInt(new int[] {3, 6, 9, 12, 15, 18, 24}, new double[] {12, 22, 22, 18, 12, 8, 6});
        LocalDate planned = capAdult(start.plusMonths(months), start);
        long length = ChronoUnit.DAYS.between(start, planned);
        double careChance = dob == null ? 0 : age(start) < 1 ? 0.3 : 0.15;
        LocalDate careDay = null;
        if (showcase == Showcase.NONE && length > 20 && chance(careChance)) {
            careDay = start.plusDays(between(14, (int) Math.min(300, length - 1)));
            if (careDay.isBefore(dob)) {
                careDay = dob; // removed at birth
            }
        }
        UUID planId = uuid();
        LocalDate end = null;
        List<CpReview> reviews = new ArrayList<>();
        if (showcase != Showcase.CP_OVERDUE_REVIEW) {
            // First review within 3 months, then at most every 6 months; a review decides when the plan ends.
            LocalDate review = start.plusMonths(3).minusDays(between(0, 10));
            while (true) {
                if (careDay != null && !review.isBefore(careDay)) {
                    end = careDay.isAfter(today) ? null : careDay;
                    break;
                }
                if (review.isAfter(today)) {
                    break;
                }
                if (dob != null && !review.isBefore(age18)) {
                    end = planned.isAfter(today) ? null : planned;
                    break;
                }
                boolean last = !review.isBefore(planned);
                reviews.add(new CpReview(uuid(), pid, planId, review, !last));
                if (last) {
                    end = review;
                    break;
                }
                review = review.plusMonths(6).minusDays(between(0, 10));
            }
        }
        reviews.forEach(rv -> add(ProtectionStage.CP_REVIEWS, rv));
        add(ProtectionStage.CP_PLANS, new CpPlan(planId, pid, ep.id, icpcId, start, end, category, latest, previous));
        iro(start, end);
        windows.add(new Window(start, end, "CP", 14));
        if (end == null) {
            return OPEN;
        }
        if (careDay != null && end.equals(careDay)) {
            return care(ep, careDay, "COURT");
        }
        if (chance(0.5)) {
            return cinPlan(ep, end); // step down to a child in need plan on the day the plan ends
        }
        return new End(notAfterToday(end.plusDays(between(0, 14)), end), "RC7", chance(0.2) ? "EH" : null);
    }

    // ---------------------------------------------------------------- looked after

    private End careDirect(Episode ep, LocalDate r, int age) {
        LocalDate q = r.plusDays(between(0, 3));
        if (dob != null && q.isBefore(dob)) {
            q = dob;
        }
        if (q.isAfter(today) || dob == null) {
            return OPEN;
        }
        // The assessment runs alongside becoming looked after.
        LocalDate auth = plusWorkingDays(r, between(10, 40));
        add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, r, r.plusDays(between(0, 2)),
                auth.isAfter(today) ? null : auth, auth.isAfter(today) ? List.of() : uasc ? List.of("9A")
                : needFactors(age, false), auth.isAfter(today) ? null : false, pick(HELP)));
        String route = uasc ? "UASC" : showcase == Showcase.CLA ? (chance(0.5) ? "COURT" : "S20")
                : age >= 12 ? (chance(0.7) ? "S20" : "POLICE") : (chance(0.5) ? "POLICE" : "COURT");
        return care(ep, q, route);
    }

    private End care(Episode ep, LocalDate q, String route) {
        if (dob == null) {
            return OPEN;
        }
        if (q.isBefore(dob)) {
            q = dob;
        }
        if (q.isAfter(today)) {
            return OPEN;
        }
        careStartedLast = q;
        ep.phase(q, chance(0.5) ? DemoStaff.IN_CARE_1 : DemoStaff.IN_CARE_2);
        int age = age(q);
        String outcome;
        if (showcase == Showcase.CLA || "UASC".equals(route)) {
            outcome = "STAY";
        } else if ("S20".equals(route) || "POLICE".equals(route)) {
            outcome = chance(0.55) ? "HOME" : "STAY";
        } else if (age < 4) {
            outcome = pickString(new String[] {"ADOPT", "SGO", "HOME", "STAY"}, new double[] {40, 20, 20, 20});
        } else if (age < 12) {
            outcome = pickString(new String[] {"SGO", "HOME", "STAY"}, new double[] {15, 35, 50});
        } else {
            outcome = chance(0.4) ? "HOME" : "STAY";
        }
        LocalDate adm = null;
        LocalDate placementOrder = null;
        LocalDate matched = null;
        LocalDate placed = null;
        LocalDate planned;
        switch (outcome) {
            case "ADOPT" -> {
                adm = q.plusDays(between(120, 270));
                placementOrder = adm.plusDays(between(30, 90));
                matched = placementOrder.plusDays(between(30, 150));
                placed = matched.plusDays(between(14, 56));
                planned = placed.plusDays(between(120, 300));
            }
            case "SGO" -> planned = q.plusDays(between(300, 720));
            case "HOME" -> planned = q.plusDays("S20".equals(route) || "POLICE".equals(route)
                    ? between(7, 240) : between(120, 720));
            default -> planned = age18;
        }
        String reason;
        if (!planned.isBefore(age18)) {
            planned = age18;
            outcome = "ADULT";
            reason = pickString(new String[] {"E17", "E5", "E8", "E13", "E6", "E7"}, new double[] {25, 40, 10, 12, 6, 7});
        } else {
            reason = switch (outcome) {
                case "ADOPT" -> chance(0.6) ? "E11" : "E12";
                case "SGO" -> pick(new String[] {"E45", "E46", "E47", "E48"});
                case "HOME" -> pickString(new String[] {"E4A", "E4B", "E13"}, new double[] {70, 8, 22});
                default -> "E8";
            };
        }
        LocalDate end = planned.isAfter(today) ? null : planned;
        LocalDate bound = end == null ? today : end;

        legalStatuses(q, end, bound, route, outcome, placementOrder);
        placements(q, end, bound, route, outcome, placed);
        careReviews(q, bound);
        missing(q, end, bound);
        permanence(q, end, outcome, adm, matched, placed);
        iro(q, end);
        windows.add(new Window(q, end, "CLA", 42));
        String cin = uasc ? "N8" : pickString(new String[] {"N1", "N2", "N4", "N5", "N6", "N8"},
                new double[] {66, 4, 8, 13, 4, 5});
        add(CareStage.CARE_PERIODS, new CarePeriod(uuid(), pid, q, end, end == null ? null : reason, cin));
        if (end == null) {
            return OPEN;
        }
        switch (outcome) {
            case "ADOPT" -> {
                return new End(end, "RC1", "STOP");
            }
            case "SGO" -> {
                return new End(end, "RC4", "STOP");
            }
            case "ADULT" -> {
                careLeaver(end, reason);
                return new End(end, "RC7", "STOP");
            }
            default -> {
                returnedHome = true;
                if (chance(0.4)) {
                    return cinPlan(ep, end);
                }
                return new End(end, "RC7", null);
            }
        }
    }

    /** Legal statuses from the first day of care without gaps; the last stays open while care goes on. */
    private void legalStatuses(LocalDate q, LocalDate end, LocalDate bound, String route, String outcome,
                               LocalDate placementOrder) {
        List<String> codes = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        LocalDate t = q;
        switch (route) {
            case "COURT" -> {
                if (chance(0.25)) {
                    codes.add("L2");
                    starts.add(t);
                    t = t.plusDays(between(1, 8));
                }
                codes.add("C1");
                starts.add(t);
                if ("ADOPT".equals(outcome)) {
                    codes.add("E1");
                    starts.add(placementOrder);
                } else {
                    codes.add("C2");
                    starts.add(q.plusDays(between(180, 365)));
                }
            }
            case "POLICE" -> {
                codes.add("L1");
                starts.add(t);
                codes.add("V2");
                starts.add(t.plusDays(between(1, 3)));
            }
            default -> {
                codes.add("V2");
                starts.add(t);
                if (!"UASC".equals(route) && chance(0.12)) {
                    codes.add("C1");
                    starts.add(q.plusDays(between(60, 240)));
                    codes.add("C2");
                    starts.add(q.plusDays(between(300, 500)));
                }
            }
        }
        int n = 0;
        while (n < codes.size() && !starts.get(n).isAfter(bound) && (end == null || starts.get(n).isBefore(end) || n == 0)) {
            n++;
        }
        for (int i = 0; i < n; i++) {
            LocalDate e = i + 1 < n ? starts.get(i + 1) : end;
            add(CareStage.LEGAL_STATUSES, new LegalStatus(uuid(), pid, codes.get(i), starts.get(i), e));
        }
    }

    /** Placements from the first day of care, with moves and the reason each ended. */
    private void placements(LocalDate q, LocalDate end, LocalDate bound, String route, String outcome, LocalDate placed) {
        List<String> types = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        LocalDate limit = placed != null && !placed.isAfter(bound) ? placed : bound;
        if (end != null && end.isBefore(limit)) {
            limit = end;
        }
        String type = placementType(age(q), q, route, null);
        types.add(type);
        starts.add(q);
        LocalDate t = q;
        while (true) {
            int mean = age(t) < 12 ? 700 : 420;
            LocalDate next = t.plusDays(Math.max(7, (long) (-mean * Math.log(1 - rnd.nextDouble()))));
            if (!next.isBefore(limit)) {
                break;
            }
            String nextType;
            String reason;
            if (("U6".equals(type) || "U3".equals(type)) && age(next) < 16 && !"HOME".equals(outcome) && chance(0.35)) {
                nextType = "U6".equals(type) ? "U4" : "U1"; // the same carers, now long term
                reason = "PLACE";
            } else {
                nextType = placementType(age(next), next, route, type);
                reason = CHANGE_REASON.pick(rnd);
            }
            reasons.add(reason);
            types.add(nextType);
            starts.add(next);
            type = nextType;
            t = next;
        }
        if (placed != null && !placed.isAfter(bound) && (end == null || placed.isBefore(end)) && placed.isAfter(t)) {
            reasons.add("CARPL");
            types.add("U5".equals(type) ? "A5" : "A6");
            starts.add(placed);
        } else if ("HOME".equals(outcome) && end != null && "COURT".equals(route) && chance(0.3)) {
            LocalDate home = end.minusDays(between(30, 90));
            if (home.isAfter(t)) {
                reasons.add("CARPL");
                types.add("P1");
                starts.add(home);
            }
        }
        // H5 went out of the 903 on 1 April 2025: a council re-codes supported accommodation still open then as K3
        // from that day (the H5 episode, ceasing on 1 April 2025, is still in the 2025/26 return).
        LocalDate recode = K3_FROM;
        for (int i = 0; i < types.size(); i++) {
            LocalDate e = i + 1 < types.size() ? starts.get(i + 1) : end;
            if ("H5".equals(types.get(i)) && starts.get(i).isBefore(recode) && (e == null || e.isAfter(recode))) {
                types.add(i + 1, "K3");
                starts.add(i + 1, recode);
                reasons.add(i, "OTHER");
            }
        }
        for (int i = 0; i < types.size(); i++) {
            LocalDate e = i + 1 < types.size() ? starts.get(i + 1) : end;
            String ty = types.get(i);
            boolean residential = ty.startsWith("K") || ty.startsWith("R") || ty.startsWith("S") || ty.equals("H5");
            boolean outside = chance(0.41);
            BigDecimal km = BigDecimal.valueOf(outside ? between(200, 1500) : between(5, 199), 1);
            String urn = residential ? "SC" + (100000 + rnd.nextInt(900000)) : null;
            // Ofsted registers children's homes, secure units, family centres and supported accommodation; not
            // H5, care homes for adults (R1), health settings (R2) or young offender institutions (R5): 903 rule 222.
            if (NO_OFSTED_URN.contains(ty)) {
                urn = null;
            }
            UUID id = uuid(); // drawn first, as before
            String provider = provider(ty);
            if (urn == null && (ty.startsWith("U") || ty.startsWith("A"))) {
                // Foster and adoption placements carry the URN of the fostering service or adoption agency
                // (903 rule 218): the council's own, or an agency's. No draw, so the rest of the demo is unchanged.
                urn = "PR1".equals(provider) ? DemoPostcodes.OWN_SERVICE_URN : DemoPostcodes.agencyUrn(starts.get(i));
            }
            // Own provision (PR1) is in the council's own area (903 rule 1015).
            String postcode = outside && !"PR1".equals(provider) ? DemoPostcodes.outside(postcodeDraw())
                    : DemoPostcodes.insidePlacement(postcodeDraw());
            add(CareStage.PLACEMENTS, new Placement(id, pid, starts.get(i), e, ty, provider, postcode,
                    urn, i + 1 < types.size() ? reasons.get(i) : null, km));
        }
    }

    /** A placement type for the child's age, valid in the collection year of the day it starts. */
    private String placementType(int age, LocalDate day, String route, String previous) {
        String semi = day.isBefore(K3_FROM) ? "H5" : "K3";
        String[] codes;
        double[] w;
        if ("UASC".equals(route)) {
            codes = age >= 16 ? new String[] {semi, "U6", "K2"} : new String[] {"U6", "K2"};
            w = age >= 16 ? new double[] {55, 40, 5} : new double[] {80, 20};
        } else if (age < 1) {
            codes = new String[] {"U6", "U3", "U5", "R3", "P1"};
            w = new double[] {62, 16, 8, 8, 6};
        } else if (age < 5) {
            codes = new String[] {"U6", "U3", "U4", "P1", "U5"};
            w = new double[] {60, 20, 8, 8, 4};
        } else if (age < 12) {
            codes = new String[] {"U6", "U3", "U4", "P1", "K2", "S1"};
            w = new double[] {52, 16, 16, 7, 8, 1};
        } else if (age < 16) {
            codes = new String[] {"U6", "U3", "U4", "K2", "P1", "K1", "R1"};
            w = new double[] {46, 10, 14, 22, 5, 1, 2};
        } else {
            codes = new String[] {"U6", "U3", "U4", "K2", semi, "P1"};
            w = new double[] {34, 8, 10, 16, 29, 3};
        }
        String type = pickString(codes, w);
        if (type.equals(previous) && chance(0.5)) {
            type = pickString(codes, w);
        }
        // Placing a child with parents while looked after needs a care order, so not under section 20.
        return "P1".equals(type) && !"COURT".equals(route) ? "U6" : type;
    }

    private String provider(String type) {
        return switch (type) {
            case "U1", "U2", "U3" -> "PR1";
            case "U4", "U5", "U6" -> chance(0.6) ? "PR1" : "PR4";
            case "K2" -> chance(0.25) ? "PR1" : "PR4";
            case "K1" -> "PR1";
            case "H5", "K3" -> chance(0.8) ? "PR4" : "PR5";
            case "R3", "R1" -> "PR3";
            case "P1" -> "PR0";
            case "A5", "A6" -> chance(0.7) ? "PR1" : "PR5";
            default -> "PR4";
        };
    }

    /** A home postcode in the council's area, from the ONS directory (see {@link DemoPostcodes}). */
    private String postcode() {
        return DemoPostcodes.inside(postcodeDraw());
    }

    /** A random number for picking a postcode, drawn as the demo's earlier made-up postcodes were, so seeds keep. */
    private int postcodeDraw() {
        int a = between(1, 9);
        int b = between(1, 9);
        int c = rnd.nextInt(26);
        int d = rnd.nextInt(26);
        return ((a * 10 + b) * 26 + c) * 26 + d;
    }

    /** Reviews at 20 working days, three months later, then every six months, with how the child took part. */
    private void careReviews(LocalDate q, LocalDate bound) {
        LocalDate review = plusWorkingDays(q, 20);
        int n = 0;
        while (!review.isAfter(bound)) {
            String participation = age(review) < 4 ? "PN0" : PARTICIPATION.pick(rnd);
            add(CareStage.CARE_REVIEWS, new CareReview(uuid(), pid, review, participation, false));
            review = n == 0 ? review.plusMonths(3) : review.plusMonths(6).minusDays(between(0, 14));
            n++;
        }
    }

    private void missing(LocalDate q, LocalDate end, LocalDate bound) {
        if (age(q) < 11 && age(bound) < 12 || !chance(0.25)) {
            return;
        }
        long span = ChronoUnit.DAYS.between(q, bound);
        if (span < 10) {
            return;
        }
        int count = between(1, 5);
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add((long) rnd.nextInt((int) span - 4) + 1);
        }
        offsets.sort(null);
        LocalDate previousEnd = null;
        for (long offset : offsets) {
            LocalDate s = q.plusDays(offset);
            if (age(s) < 11 || previousEnd != null && !s.isAfter(previousEnd)) {
                continue;
            }
            LocalDate e = s.plusDays(between(0, 3));
            if (e.isAfter(bound) || end != null && e.isAfter(end)) {
                continue;
            }
            boolean isMissing = chance(0.75);
            boolean offered = isMissing && chance(0.95);
            add(CareStage.MISSING, new MissingEpisode(uuid(), pid, s, isMissing ? "M" : "A", e, offered,
                    offered && chance(0.6)));
            previousEnd = e;
        }
    }

    private void permanence(LocalDate q, LocalDate end, String outcome, LocalDate adm, LocalDate matched, LocalDate placed) {
        switch (outcome) {
            case "ADOPT" -> {
                if (!adm.isAfter(today)) {
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "ADOPTION", adm, notAfterToday(matched),
                            matched.isAfter(today) ? null : notAfterToday(placed), null, null, end,
                            end == null ? null : "ADOPTION"));
                }
            }
            case "SGO" -> {
                if (end != null) {
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "SGO", null, null, null, null, null, end, "SGO"));
                }
            }
            case "HOME" -> {
                if (end != null) {
                    LocalDate decision = end.minusDays(between(14, 60));
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "RETURN_HOME", decision.isBefore(q) ? q : decision,
                            null, null, null, null, null, null));
                }
            }
            case "STAY", "ADULT" -> {
                LocalDate decision = q.plusDays(between(300, 700));
                if (age(q) < 14 && !decision.isAfter(today) && (end == null || decision.isBefore(end)) && chance(0.6)) {
                    add(PermanenceStage.PERMANENCE, new Permanence(uuid(), pid, "LONG_TERM_FOSTERING", decision, null, null,
                            null, null, null, null));
                }
            }
            default -> { }
        }
    }

    // ---------------------------------------------------------------- leaving care

    /** A care leaver from 18: a personal adviser to 21 and a contact around each birthday (the 903's OC3). */
    private void careLeaver(LocalDate left, String reason) {
        LocalDate age21 = dob.plusYears(21);
        LocalDate paEnd = age21.isAfter(today) ? null : age21;
        add(AllocationStage.ALLOCATIONS, new Allocation(uuid(), pid, staff.pick(DemoStaff.LEAVING_CARE, rnd), "PA",
                DemoStaff.LEAVING_CARE, left, paEnd, null));
        windows.add(new Window(left, paEnd, "CL", 91));
        for (int year = 18; year <= 21; year++) {
            LocalDate d = dob.plusYears(year).plusDays(between(-20, 40));
            if (d.isBefore(left)) {
                d = left;
            }
            if (d.isAfter(today)) {
                break;
            }
            String inTouch = pickString(new String[] {"YES", "NO", "REFU", "RHOM"}, new double[] {86, 7, 3, 4});
            boolean known = "YES".equals(inTouch);
            String accom;
            if (!known) {
                accom = "0";
            } else if (year == 18 && "E17".equals(reason)) {
                accom = "Z1";
            } else {
                accom = pick(year == 18 ? new String[] {"D1", "D1", "E1", "B1", "U1", "C1"}
                        : new String[] {"U1", "U1", "D1", "B1", "K1", "T1", "E1"});
                if (chance(0.1)) {
                    accom = accom.charAt(0) + "2";
                }
            }
            // Returned home for six months or more (RHOM): the 903 asks nothing more (rule 344).
            boolean home = "RHOM".equals(inTouch);
            add(LeavingCareStage.CARE_LEAVER_CONTACTS, new CareLeaverContact(uuid(), pid, d, "FORMER_RELEVANT", inTouch,
                    known ? ACTIVITY.pick(rnd) : home ? null : "0", home ? null : accom,
                    home || "0".equals(accom) ? null : accom.endsWith("1") ? "Y" : "N"));
        }
    }

    // ---------------------------------------------------------------- allocations, visits and people

    private void iro(LocalDate start, LocalDate end) {
        String iro = showcase != Showcase.NONE && end == null ? DemoStaff.IRO_DEMO : staff.pick(DemoStaff.IRO_SERVICE, rnd);
        add(AllocationStage.ALLOCATIONS, new Allocation(uuid(), pid, iro, "IRO", DemoStaff.IRO_SERVICE, start, end, null));
    }

    private void visits() {
        if (dob == null) {
            return; // no statutory visits to a child not yet born
        }
        for (Window w : windows) {
            LocalDate last = w.end() == null ? today : w.end();
            LocalDate d = w.start().plusDays(between(1, w.everyDays()));
            while (!d.isAfter(last)) {
                if (!d.isBefore(dob)) {
                    boolean seen = chance(0.92);
                    boolean alone = seen && age(d) >= 4 && chance(0.6);
                    add(VisitsStage.VISITS, new Visit(uuid(), pid, d, w.context(), seen, alone,
                            seen && !"EH".equals(w.context()) && chance(0.3), pick(VISIT_NOTES)));
                }
                d = d.plusDays(Math.max(3, w.everyDays() + between(-5, 5)));
            }
        }
    }

    private void people(LocalDate start) {
        LocalDate recorded = dob == null || start.isAfter(dob) ? start : dob;
        LocalDate from = dob != null ? dob : start;
        LocalDate born = dob != null ? dob : expectedDob;
        Address home = new Address(uuid(), pid, "HOME", between(1, 120) + " " + pick(STREETS), postcode(),
                recorded, null);
        if (!uasc) {
            // An unaccompanied asylum-seeking child had no home here before care: the 903 gives no home postcode
            // and so no placement distance for them (rules 392b, 406).
            add(PeopleStage.ADDRESSES, home);
        }
        UUID mother = relative(Person.ADULT, pick(DemoNames.WOMEN), surname, "F", null);
        add(PeopleStage.RELATIONSHIPS, new Relationship(uuid(), pid, mother, "MOTHER", true, from, null));
        if (chance(0.8)) {
            UUID father = relative(Person.ADULT, pick(DemoNames.MEN), chance(0.6) ? surname : pick(DemoNames.SURNAMES), "M", null);
            add(PeopleStage.RELATIONSHIPS, new Relationship(uuid(), pid, father, "FATHER", chance(0.7), from, null));
        }
        boolean talks = dob != null && age(today) >= 4;
        int siblings = pickInt(new int[] {0, 1, 2, 3}, new double[] {25, 35, 25, 15});
        for (int i = 0; i < siblings; i++) {
            boolean half = chance(0.35);
            boolean boy = chance(0.5);
            String name = boy ? pick(DemoNames.BOYS) : pick(DemoNames.GIRLS);
            String siblingSurname = half ? pick(DemoNames.SURNAMES) : surname;
            // A sibling between eight years older and four years younger, never born in the future.
            LocalDate siblingDob = born.plusDays(between(-8 * 365, 4 * 365));
            if (siblingDob.isAfter(today)) {
                siblingDob = today.minusDays(between(30, 365));
            }
            UUID sibling = relative(Person.CHILD, name, siblingSurname, boy ? "M" : "F", siblingDob);
            add(PeopleStage.RELATIONSHIPS, new Relationship(uuid(), pid, sibling, half ? "HALF_SIBLING" : "SIBLING", false,
                    from, null));
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, name + " " + siblingSurname, "PERSON",
                    (half ? "Half-" : "") + (boy ? "brother" : "sister"),
                    talks ? pick(boy ? BROTHER_WORDS : SISTER_WORDS) : null, sibling, recorded, null));
        }
        if (!uasc && chance(0.6)) {
            boolean grandmother = chance(0.65);
            String given = grandmother ? pick(DemoNames.WOMEN) : pick(DemoNames.MEN);
            UUID gran = relative(Person.ADULT, given, surname, grandmother ? "F" : "M", null);
            add(PeopleStage.RELATIONSHIPS, new Relationship(uuid(), pid, gran, "GRANDPARENT", false, from, null));
            String name = grandmother ? pick(new String[] {"Nan", "Nana", "Grandma"}) + " " + given : "Grandad " + given;
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, name, "PERSON", "Grandparent",
                    talks ? pick(grandmother ? GRANDMOTHER_WORDS : GRANDFATHER_WORDS) : null, gran, recorded, null));
        }
        if (talks && age(today) >= 6 && chance(0.5)) {
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, pick(chance(0.5) ? DemoNames.BOYS
                    : DemoNames.GIRLS), "PERSON", "Friend", pick(FRIEND_WORDS), null, recorded, null));
        }
        if (talks && chance(0.35)) {
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, pick(DemoNames.PETS), "PET",
                    pick(PET_KINDS), pick(PET_WORDS), null, recorded, null));
        }
    }

    /** A parent, sibling or grandparent named on the child's record is a person on Hearth too. */
    private UUID relative(String kind, String forename, String familyName, String sex, LocalDate birth) {
        UUID id = uuid();
        relatives.add(new Person(id, null, kind, forename, familyName, null, sex, null, null, birth, null, null, null,
                null, null, null, null, null, null, null, false, null, null));
        return id;
    }

    /** The people the child's relationships name, to be written before the child. */
    List<Person> relatives() {
        return List.copyOf(relatives);
    }

    // ---------------------------------------------------------------- the referral episode's social workers

    /** The teams that held the child during one referral episode, turned into social worker allocations at the end. */
    private final class Episode {
        final UUID id;
        final LocalDate r;
        final List<LocalDate> dates = new ArrayList<>();
        final List<String> teams = new ArrayList<>();

        Episode(UUID id, LocalDate r) {
            this.id = id;
            this.r = r;
        }

        void phase(LocalDate day, String team) {
            int last = teams.size() - 1;
            if (last >= 0 && teams.get(last).equals(team)) {
                return;
            }
            if (last >= 0 && dates.get(last).equals(day)) {
                teams.set(last, team);
                return;
            }
            dates.add(day);
            teams.add(team);
        }

        void allocate(LocalDate end) {
            String previous = null;
            for (int i = 0; i < teams.size(); i++) {
                LocalDate from = dates.get(i);
                LocalDate to = i + 1 < teams.size() ? dates.get(i + 1) : end;
                String team = teams.get(i);
                boolean showcaseWorker = showcase != Showcase.NONE && to == null;
                String reason = previous == null ? null : "Transferred to " + DemoStaff.teamName(
                        showcaseWorker ? staff.teamOf(DemoStaff.SW_DEMO) : team);
                if (!showcaseWorker) {
                    long days = ChronoUnit.DAYS.between(from, to == null ? today : to);
                    if (days > 120 && chance(Math.min(0.8, days / 700.0))) {
                        // A change of worker within the team: three in five children change worker in a year.
                        LocalDate change = from.plusDays(between(30, (int) days - 30));
                        String worker = staff.pick(team, rnd);
                        socialWorker(new Allocation(uuid(), pid, worker, "SW", team, from, change, reason));
                        from = change;
                        reason = pick(WORKER_CHANGES);
                    }
                }
                String worker = showcaseWorker ? DemoStaff.SW_DEMO : staff.pick(team, rnd);
                socialWorker(new Allocation(uuid(), pid, worker, "SW", staff.teamOf(worker), from, to, reason));
                previous = team;
            }
        }
    }

    /**
     * A social worker's allocation, and the same spell as the 903 returns it: the worker's Social Work England
     * registration number and the DfE reason for the change (the first worker of a referral episode: OTHERS). Its
     * id is derived from the allocation's, so the rest of the demo draws the same random numbers as before.
     */
    private void socialWorker(Allocation a) {
        add(AllocationStage.ALLOCATIONS, a);
        // An unborn child's social worker is the child's from birth.
        LocalDate from = dob != null && dob.isAfter(a.involvementStartDate()) ? dob : a.involvementStartDate();
        LocalDate to = a.involvementEndDate();
        if (dob == null || !dob.isBefore(today) || (to != null && !to.isAfter(from))) {
            return;
        }
        UUID id = new UUID(a.id().getMostSignificantBits() ^ 0x5357_4550_4953_4F44L, a.id().getLeastSignificantBits());
        add(AllocationStage.SOCIAL_WORKER_EPISODES, new SocialWorkerEpisode(id, pid, DemoStaff.registration(a.professionalId()),
                from, to, dfeWorkerChangeReason(a.workerChangeReason())));
    }

    /**
     * The 903's OC2 answers (health, SDQ, convictions) for each year end, up to the current collection year's, at
     * which the child had been looked after for a year and was still looked after, other than on short breaks.
     * Drawn from their own random source so the rest of the demo is unchanged.
     */
    private void careOutcomes() {
        if (dob == null) {
            return;
        }
        SplittableRandom r = new SplittableRandom(pid.getMostSignificantBits() ^ 0x4F43_3200L);
        int lastYearEnd = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        for (CarePeriod pe : this.<CarePeriod>recorded(CareStage.CARE_PERIODS)) {
            for (int y = pe.periodStartDate().getYear() + 1; y <= lastYearEnd; y++) {
                LocalDate end = LocalDate.of(y, 3, 31);
                boolean longEnough = !pe.periodStartDate().isAfter(end.minusYears(1));
                boolean stillIn = pe.periodEndDate() == null || pe.periodEndDate().isAfter(end);
                if (!longEnough || !stillIn || shortBreakOn(end)) {
                    continue;
                }
                int ageAtStart = java.time.Period.between(dob, end.minusYears(1).plusDays(1)).getYears();
                int ageAtEnd = java.time.Period.between(dob, end).getYears();
                boolean sdq = ageAtStart >= 4 && ageAtEnd <= 16;
                boolean sdqReason = !sdq && (ageAtEnd == 4 || ageAtEnd == 17);
                String misuse = r.nextDouble() < 0.04 ? "1" : "0";
                add(CareStage.CARE_OUTCOMES, new CareOutcome(new UUID(pid.getMostSignificantBits() ^ y, r.nextLong()), pid,
                        end, sdq ? String.valueOf(r.nextInt(3, 30)) : "", sdqReason ? "SDQ1" : "",
                        ageAtEnd >= 10 ? (r.nextDouble() < 0.03 ? "1" : "0") : "",
                        ageAtEnd < 5 ? "1" : "", r.nextDouble() < 0.9 ? "1" : "0", r.nextDouble() < 0.85 ? "1" : "0",
                        r.nextDouble() < 0.9 ? "1" : "0", misuse, misuse.equals("1") ? "1" : "", ""));
            }
        }
    }

    private boolean shortBreakOn(LocalDate day) {
        for (LegalStatus l : this.<LegalStatus>recorded(CareStage.LEGAL_STATUSES)) {
            if (!l.legalStatusStartDate().isAfter(day)
                    && (l.legalStatusEndDate() == null || !l.legalStatusEndDate().isBefore(day))) {
                return "V3".equals(l.legalStatus()) || "V4".equals(l.legalStatus());
            }
        }
        return false;
    }

    /**
     * What the 903 asks of every child who starts to be looked after: whether they had a permanence order before.
     * The demo's children had none (Z1); one with a permanence order already on the record says so there.
     */
    private void previousPermanence() {
        if (recorded(CareStage.CARE_PERIODS).isEmpty()) {
            return;
        }
        add(PermanenceStage.PREVIOUS_PERMANENCE, new PreviousPermanence(new UUID(pid.getMostSignificantBits() ^ 0x5050L,
                pid.getLeastSignificantBits()), pid, "Z1", null, null));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> recorded(EpisodeKind<?> kind) {
        return (List<T>) records.getOrDefault(kind, List.of());
    }

    /** The DfE SW_REASON code for the demo's reasons for a change of worker. */
    static String dfeWorkerChangeReason(String reason) {
        if (reason == null) {
            return "OTHERS";
        }
        if (reason.startsWith("Transferred to")) {
            return "TSPROC";
        }
        return switch (reason) {
            case "Social worker left the authority" -> "LEFTRL";
            case "Caseload rebalanced in the team" -> "MANAGE";
            case "Social worker on long-term leave" -> "ABSENC";
            case "Family asked for a new worker" -> "PCCHAN"; // parent or carer asked for the change
            default -> "OTHERS";
        };
    }

    // ---------------------------------------------------------------- small helpers

    private <T extends Record & JourneyRecord> void add(EpisodeKind<T> kind, T record) {
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
    }

    private UUID uuid() {
        return new UUID(rnd.nextLong(), rnd.nextLong());
    }

    /** Age in whole years on a day; -1 before birth or while unborn. */
    private int age(LocalDate day) {
        if (dob == null || day.isBefore(dob)) {
            return -1;
        }
        return dob.until(day).getYears();
    }

    /** Child in need work ends by the day before the 18th birthday, and never before it started. */
    private LocalDate capAdult(LocalDate day, LocalDate notBefore) {
        if (age18 != null && !day.isBefore(age18)) {
            day = age18.minusDays(1);
        }
        return day.isBefore(notBefore) ? notBefore : day;
    }

    private LocalDate notAfterToday(LocalDate day) {
        return day == null || day.isAfter(today) ? null : day;
    }

    private LocalDate notAfterToday(LocalDate day, LocalDate fallback) {
        return day.isAfter(today) ? (fallback.isAfter(today) ? today : fallback) : day;
    }

    static LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int added = 0;
        while (added < n) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private int between(int lo, int hi) {
        return hi <= lo ? lo : lo + rnd.nextInt(hi - lo + 1);
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private String pickString(String[] values, double[] weights) {
        return values[Weighted.index(weights, rnd)];
    }

    private int pickInt(int[] values, double[] weights) {
        return values[Weighted.index(weights, rnd)];
    }

    /** Codes with relative weights. */
    static final class Weighted {
        private final String[] codes;
        private final double[] weights;

        Weighted(String[] codes, double[] weights) {
            this.codes = codes;
            this.weights = weights;
        }

        String pick(SplittableRandom rnd) {
            return codes[index(weights, rnd)];
        }

        static int index(double[] weights, SplittableRandom rnd) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double u = rnd.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }
    }
}
