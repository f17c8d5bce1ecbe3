package org.hearth.demo;

import org.hearth.stages.Stages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hearth.allocation.Allocation;
import org.hearth.assessment.Assessment;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyRules;
import org.hearth.journey.Violation;
import org.hearth.journey.child.Person;
import org.hearth.protection.CpPlan;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.hearth.allocation.AllocationStage;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

// Times itself: runs with no other test class alongside (the unit tests otherwise run concurrently).
@org.junit.jupiter.api.parallel.Isolated
class DemoGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final int CHILDREN = 2_000;

    private static DemoAuthority authority;
    /** A larger population for the England proportions, so tolerances can be tight without being flaky. */
    private static List<ChildJourney> many;

    @BeforeAll
    static void generate() {
        long t0 = System.nanoTime();
        authority = new DemoGenerator(42, TODAY).generate(CHILDREN);
        System.out.printf("Generated %,d children in %d ms%n", CHILDREN, (System.nanoTime() - t0) / 1_000_000);
        many = new DemoGenerator(7, TODAY).children(20_000).toList();
    }

    @Test
    void everyGeneratedJourneyPassesTheJourneyRules() {
        JourneyRules rules = Stages.journeyRules();
        List<String> failures = new ArrayList<>();
        for (ChildJourney journey : authority.children()) {
            List<Violation> violations = rules.check(journey);
            if (!violations.isEmpty()) {
                failures.add(journey.child().legacyId() + ": " + violations.get(0) + " (" + violations.size() + " in all)");
            }
        }
        assertThat(failures).as("first violation: %s", failures.isEmpty() ? "none" : failures.get(0)).isEmpty();
    }

    @Test
    void journeysPassTheRulesForOtherSeedsAndDaysAcrossCollectionYears() {
        JourneyRules rules = Stages.journeyRules();
        // Days either side of April 2025, when PLACE swapped H5 for K3, and weekends (not in the future: the person
        // rules judge birth dates against the real clock).
        for (LocalDate today : List.of(LocalDate.of(2024, 6, 2), LocalDate.of(2025, 4, 5), LocalDate.of(2026, 3, 1))) {
            new DemoGenerator(today.toEpochDay(), today).children(3_000).forEach(j -> assertThat(rules.check(j))
                    .as("%s on %s", j.child().legacyId(), today).isEmpty());
        }
    }

    @Test
    void theAgeProfileIsLikeChildrenInNeedWithMostAgedTenToFifteen() {
        Map<String, Long> bands = new HashMap<>();
        for (ChildJourney j : many) {
            List<Referral> referrals = j.all(ReferralStage.REFERRALS);
            if (referrals.isEmpty()) {
                continue;
            }
            Person p = j.child();
            LocalDate first = referrals.get(0).referralDate();
            Integer age = p.dob() == null || first.isBefore(p.dob()) ? null : p.ageOn(first);
            String band = age == null ? "unborn" : age < 1 ? "under 1" : age < 5 ? "1-4" : age < 10 ? "5-9"
                    : age < 16 ? "10-15" : "16+";
            bands.merge(band, 1L, Long::sum);
        }
        System.out.println("age at first referral: " + bands);
        long largest = bands.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(bands.get("10-15")).isEqualTo(largest);
        assertThat(bands.get("under 1")).isPositive();
        assertThat(bands.get("unborn")).isPositive();
    }

    @Test
    void someChildrenWhoReturnHomeComeBackIntoCare() {
        long returnedHome = 0;
        long cameBack = 0;
        for (ChildJourney j : many) {
            var periods = j.all(CareStage.CARE_PERIODS);
            for (int i = 0; i < periods.size(); i++) {
                var p = periods.get(i);
                if (p.periodEndDate() != null && (p.reasonCeased().startsWith("E4") || "E13".equals(p.reasonCeased()))) {
                    returnedHome++;
                    if (i + 1 < periods.size()) {
                        cameBack++;
                    }
                }
            }
        }
        double share = cameBack / (double) returnedHome;
        System.out.printf("returned home %d, came back into care %.3f%n", returnedHome, share);
        assertThat(share).isBetween(0.15, 0.40);
    }

    @Test
    void nothingIsDatedAfterToday() {
        for (ChildJourney journey : authority.children()) {
            for (JourneyRecord r : journey.everything()) {
                if (r instanceof org.hearth.care.CareOutcome o) {
                    // Dated by the 31 March the year's answers are for: the current year's, recorded as done.
                    assertThat(o.outcomeYearEnd()).isBeforeOrEqualTo(org.hearth.codes.CollectionYear.containing(TODAY).end());
                    continue;
                }
                if (r instanceof org.hearth.permanence.PreviousPermanence p && p.startDate() == null) {
                    continue; // Z1: no permanence order before care, so no date
                }
                if (r instanceof org.hearth.people.FamilyAdult) {
                    continue; // a parent is part of the child's network, undated like a relationship
                }
                if (r instanceof org.hearth.protection.ProtectionAttendee) {
                    continue; // a meeting's participant has no date of its own: its meeting's is checked
                }
                assertThat(r.startDate()).as("%s %s", journey.child().legacyId(), r).isNotNull().isBeforeOrEqualTo(TODAY);
                if (r.endDate() != null) {
                    assertThat(r.endDate()).as("%s %s", journey.child().legacyId(), r).isBeforeOrEqualTo(TODAY);
                }
            }
        }
    }

    @Test
    void theSameSeedAndDayGiveExactlyTheSameAuthority() {
        DemoAuthority again = new DemoGenerator(42, TODAY).generate(CHILDREN);
        assertThat(again.teams()).isEqualTo(authority.teams());
        assertThat(again.users()).isEqualTo(authority.users());
        for (int i = 0; i < CHILDREN; i++) {
            ChildJourney a = authority.children().get(i);
            ChildJourney b = again.children().get(i);
            assertThat(b.child()).isEqualTo(a.child());
            assertThat(b.everything()).isEqualTo(a.everything());
        }
    }

    @Test
    void streamingGivesTheSameChildrenAsGenerating() {
        List<ChildJourney> streamed = new DemoGenerator(42, TODAY).children(CHILDREN).limit(200).toList();
        for (int i = 0; i < 200; i++) {
            assertThat(streamed.get(i).everything()).isEqualTo(authority.children().get(i).everything());
        }
    }

    @Test
    void aDifferentSeedGivesDifferentChildren() {
        DemoAuthority other = new DemoGenerator(43, TODAY).generate(200);
        long same = 0;
        for (int i = 0; i < 200; i++) {
            if (other.children().get(i).child().equals(authority.children().get(i).child())) {
                same++;
            }
        }
        assertThat(same).isZero();
    }

    @Test
    void childrenHaveValidIdentifiersAndRealisticDemographics() {
        int withNhs = 0;
        int unborn = 0;
        int unknownSex = 0;
        Set<String> ids = new HashSet<>();
        for (ChildJourney journey : authority.children()) {
            Person p = journey.child();
            assertThat(p.legacyId()).matches("C\\d{7}");
            assertThat(ids.add(p.legacyId())).isTrue();
            assertThat(p.kind()).isEqualTo(Person.CHILD);
            if (p.nhsNumber() != null) {
                withNhs++;
                assertThat(DemoIdentifiers.validNhsNumber(p.nhsNumber())).as(p.nhsNumber()).isTrue();
            }
            if (p.upn() != null) {
                assertThat(DemoIdentifiers.validUpn(p.upn())).as(p.upn()).isTrue();
                assertThat(p.upnUnknown()).isNull();
                // School age as the CIN census counts it (born by 31 August four years before the year ends).
                assertThat(p.ageOn(TODAY)).isGreaterThanOrEqualTo(3);
            } else {
                assertThat(p.upnUnknown()).matches("UN[1-7]");
            }
            if (p.unborn()) {
                unborn++;
                assertThat(p.sex()).isEqualTo("U");
                assertThat(p.expectedDob()).isAfter(TODAY);
            }
            if ("U".equals(p.sex())) {
                unknownSex++;
            }
        }
        assertThat(withNhs).isGreaterThan(CHILDREN * 85 / 100);
        assertThat(unborn).isPositive();
        assertThat(unknownSex).isEqualTo(unborn);
        Map<String, Long> ethnicity = authority.children().stream()
                .collect(Collectors.groupingBy(j -> j.child().ethnicity(), Collectors.counting()));
        assertThat(ethnicity.get("WBRI") / (double) CHILDREN).isCloseTo(0.63, within(0.05));
    }

    @Test
    void noTwoChildrenShareAnNhsNumberOrUpn() {
        Set<String> nhs = new HashSet<>();
        Set<String> upns = new HashSet<>();
        for (ChildJourney j : many) {
            if (j.child().nhsNumber() != null) {
                assertThat(nhs.add(j.child().nhsNumber())).as(j.child().nhsNumber()).isTrue();
            }
            if (j.child().upn() != null) {
                assertThat(upns.add(j.child().upn())).as(j.child().upn()).isTrue();
            }
        }
    }

    @Test
    void identifierCheckDigitsMatchTheirPublishedAlgorithms() {
        assertThat(DemoIdentifiers.validNhsNumber("9434765919")).isTrue(); // the NHS's own worked example
        assertThat(DemoIdentifiers.validNhsNumber("9434765918")).isFalse();
        assertThat(DemoIdentifiers.validNhsNumber("4444444444")).isFalse();
        assertThat(DemoIdentifiers.upnCheckLetter("801200001001")).isEqualTo(expectedUpnLetter("801200001001"));
        assertThat(DemoIdentifiers.validUpn("I801200001001")).isFalse();
    }

    /** The UPN rule written out longhand: weights 2..13 over characters 2–13, mod 23, no I, O or S. */
    private static char expectedUpnLetter(String body) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23);
    }

    @Test
    void referralSourcesFollowEngland() {
        List<Referral> referrals = all(many, ReferralStage.REFERRALS);
        double agencies = share(referrals, r -> Set.of("6", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F")
                .contains(r.referralSourceCode()));
        double publicSources = share(referrals, r -> r.referralSourceCode().matches("1[A-D]"));
        System.out.printf("referrals %d: police/health/education %.3f, public %.3f%n", referrals.size(), agencies,
                publicSources);
        assertThat(agencies).isCloseTo(0.62, within(0.05));
        assertThat(publicSources).isCloseTo(0.08, within(0.025));
    }

    @Test
    void assessmentsFindAboutThreeInTenNotInNeedAndFactorsFollowEngland() {
        List<Assessment> done = all(many, AssessmentStage.ASSESSMENTS).stream().filter(a -> a.assessmentAuthDate() != null).toList();
        double nfa = share(done, a -> Boolean.TRUE.equals(a.assessmentOutcomeNfa()));
        List<Assessment> inNeed = done.stream().filter(a -> Boolean.FALSE.equals(a.assessmentOutcomeNfa())).toList();
        double domesticAbuse = share(inNeed, a -> a.assessmentFactors().contains("3B"));
        double parentalMentalHealth = share(inNeed, a -> a.assessmentFactors().contains("4B"));
        System.out.printf("assessments %d: NFA %.3f; 3B %.3f, 4B %.3f%n", done.size(), nfa, domesticAbuse,
                parentalMentalHealth);
        assertThat(nfa).isCloseTo(0.302, within(0.05));
        assertThat(domesticAbuse).isCloseTo(0.32, within(0.05));
        assertThat(parentalMentalHealth).isCloseTo(0.30, within(0.05));
        assertThat(all(many, AssessmentStage.ASSESSMENTS)).allSatisfy(a -> assertThat(a.assessmentHelpOffered()).isNotBlank());
        assertThat(done).anySatisfy(a -> assertThat(a.assessmentFactors()).containsExactly("21"));
    }

    @Test
    void childProtectionPlansAreMostlyNeglectOrEmotionalAndOneInFiveIsARepeat() {
        List<CpPlan> plans = all(many, ProtectionStage.CP_PLANS);
        Map<String, Long> categories = plans.stream()
                .collect(Collectors.groupingBy(CpPlan::cpPlanInitialCategory, Collectors.counting()));
        double repeat = share(plans, p -> p.numberOfPreviousPlans() > 0);
        System.out.printf("CP plans %d: categories %s, repeat %.3f%n", plans.size(), categories, repeat);
        assertThat(categories.get("NEG") + categories.get("EMO")).isGreaterThan(plans.size() * 3L / 4);
        assertThat(repeat).isCloseTo(0.219, within(0.05));
    }

    @Test
    void aboutSevenInTenLookedAfterChildrenAreInFosterCare() {
        List<Placement> current = all(many, CareStage.PLACEMENTS).stream().filter(p -> p.claPlacementEndDate() == null).toList();
        double foster = share(current, p -> p.claPlacementType().startsWith("U"));
        double everLookedAfter = share(many, j -> !j.all(CareStage.CARE_PERIODS).isEmpty());
        long open = many.stream().filter(j -> j.all(ReferralStage.REFERRALS).stream().anyMatch(r -> r.closeDate() == null)).count();
        long lookedAfter = many.stream().filter(j -> j.all(CareStage.CARE_PERIODS).stream().anyMatch(c -> c.periodEndDate() == null)).count();
        long onPlan = many.stream().filter(j -> j.all(ProtectionStage.CP_PLANS).stream().anyMatch(c -> c.cpPlanEndDate() == null)).count();
        System.out.printf("placements now %d: foster %.3f; ever looked after %.3f; open CIN %d, of whom looked after %.3f, "
                + "on CP plan %.3f%n", current.size(), foster, everLookedAfter, open, lookedAfter / (double) open,
                onPlan / (double) open);
        assertThat(foster).isCloseTo(0.72, within(0.06));
        assertThat(lookedAfter / (double) open).isCloseTo(0.21, within(0.07));
        assertThat(onPlan / (double) open).isCloseTo(0.13, within(0.05));
    }

    @Test
    void theFixedDemoAccountsExist() {
        Map<String, DemoUser> users = authority.users().stream().collect(Collectors.toMap(DemoUser::username, u -> u));
        String cpTeam = team("Child Protection & Court");
        assertThat(users.get("sw.demo")).extracting(DemoUser::role, DemoUser::teamId).containsExactly("SOCIAL_WORKER", cpTeam);
        assertThat(users.get("tm.demo")).extracting(DemoUser::role, DemoUser::teamId).containsExactly("TEAM_MANAGER", cpTeam);
        assertThat(users.get("iro.demo").role()).isEqualTo("IRO");
        assertThat(users.get("eh.demo").role()).isEqualTo("EARLY_HELP_WORKER");
        assertThat(users.get("pa.demo").role()).isEqualTo("PERSONAL_ADVISER");
        assertThat(users.get("analyst.demo").role()).isEqualTo("DATA_ANALYST");
        assertThat(users.get("admin.demo").role()).isEqualTo("ADMINISTRATOR");
        // A partner's user belongs to their organisation, not to one of the council's teams.
        assertThat(users.get("health.demo")).extracting(DemoUser::role, DemoUser::teamId).containsExactly("HEALTH_PARTNER", null);
        for (DemoTeam team : authority.teams()) {
            assertThat(authority.users().stream().filter(u -> team.id().equals(u.teamId()) && u.role().equals("TEAM_MANAGER")))
                    .as(team.name()).hasSize(1);
        }
    }

    @Test
    void everyAllocationNamesAUserOfTheAuthority() {
        Set<String> usernames = authority.users().stream().map(DemoUser::username).collect(Collectors.toSet());
        for (ChildJourney journey : authority.children()) {
            assertThat(journey.all(AllocationStage.ALLOCATIONS)).allSatisfy(a -> {
                assertThat(usernames).contains(a.professionalId());
                assertThat(a.professionalRoleId()).isIn("SW", "IRO", "PA", "EHW");
            });
        }
    }

    @Test
    void theDemoSocialWorkerHasAFullMixedCaseloadWithSomethingOverdue() {
        List<ChildJourney> caseload = openCaseload(authority.children(), "sw.demo", "SW");
        assertThat(caseload).hasSizeBetween(15, 20);
        assertThat(caseload).anyMatch(j -> j.all(AssessmentStage.CIN_PLANS).stream().anyMatch(p -> p.cinPlanEndDate() == null));
        assertThat(caseload).anyMatch(j -> j.all(ProtectionStage.CP_PLANS).stream().anyMatch(p -> p.cpPlanEndDate() == null));
        assertThat(caseload).anyMatch(j -> j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> p.periodEndDate() == null));
        // Overdue: an assessment open past 45 working days, or a CP plan past three months with no review.
        assertThat(caseload).anyMatch(j -> j.all(AssessmentStage.ASSESSMENTS).stream().anyMatch(a -> a.assessmentAuthDate() == null
                && JourneySimulator.plusWorkingDays(a.assessmentStartDate(), 45).isBefore(TODAY)));
        assertThat(caseload).anyMatch(j -> j.all(ProtectionStage.CP_PLANS).stream().anyMatch(p -> p.cpPlanEndDate() == null
                && p.cpPlanStartDate().plusMonths(3).isBefore(TODAY) && j.all(ProtectionStage.CP_REVIEWS).isEmpty()));

        List<ChildJourney> chaired = openCaseload(authority.children(), "iro.demo", "IRO");
        assertThat(chaired).anyMatch(j -> j.all(ProtectionStage.CP_PLANS).stream().anyMatch(p -> p.cpPlanEndDate() == null));
        assertThat(chaired).anyMatch(j -> j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> p.periodEndDate() == null));
    }

    @Test
    void socialWorkersCarryFifteenToTwentyChildrenOnAverage() {
        DemoAuthority big = new DemoAuthority(List.of(), new DemoGenerator(7, TODAY).users(20_000), List.of());
        Map<String, Integer> load = new HashMap<>();
        Map<String, Set<String>> byRole = new HashMap<>();
        for (ChildJourney j : many) {
            for (Allocation a : j.all(AllocationStage.ALLOCATIONS)) {
                if (a.involvementEndDate() == null) {
                    load.merge(a.professionalId(), 1, Integer::sum);
                }
            }
        }
        for (DemoUser u : big.users()) {
            byRole.computeIfAbsent(u.role() + " " + u.teamId(), k -> new HashSet<>()).add(u.username());
        }
        Map<String, Double> average = new HashMap<>();
        byRole.forEach((role, names) -> average.put(role,
                names.stream().mapToInt(n -> load.getOrDefault(n, 0)).average().orElse(0)));
        System.out.println("average open caseload by role and team: " + average);
        average.forEach((role, avg) -> {
            // The front door holds children for a day or two, so its workers carry no standing caseload.
            if (role.startsWith("SOCIAL_WORKER") && !role.endsWith(DemoStaff.FRONT_DOOR)) {
                assertThat(avg).as(role).isBetween(12.0, 22.0);
            }
        });
    }

    @Test
    void aTinyAuthorityStillHasEveryTeamStaffedAndValidChildren() {
        for (int n : new int[] {0, 5, 18}) {
            DemoAuthority tiny = new DemoGenerator(3, TODAY).generate(n);
            assertThat(tiny.children()).hasSize(n);
            assertThat(tiny.children()).allSatisfy(j -> assertThat(Stages.journeyRules().check(j)).isEmpty());
            assertThat(tiny.users().stream().filter(u -> u.role().equals("SOCIAL_WORKER")).count()).isGreaterThan(10);
        }
        assertThat(openCaseload(new DemoGenerator(3, TODAY).generate(18).children(), "sw.demo", "SW")).hasSize(18);
    }

    @Test
    void aHundredThousandChildrenGenerateQuickly() {
        long t0 = System.nanoTime();
        long records = new DemoGenerator(1, TODAY).children(100_000)
                .mapToLong(j -> j.everything().size()).sum();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("Generated 100,000 children (%,d records) in %d ms%n", records, ms);
        assertThat(records).isGreaterThan(1_000_000);
        assertThat(ms).isLessThan(60_000);
    }

    private static List<ChildJourney> openCaseload(List<ChildJourney> children, String username, String role) {
        return children.stream().filter(j -> j.all(AllocationStage.ALLOCATIONS).stream().anyMatch(a -> a.involvementEndDate() == null
                && a.professionalId().equals(username) && a.professionalRoleId().equals(role))).toList();
    }

    private static String team(String name) {
        return authority.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static <T extends Record & JourneyRecord> List<T> all(List<ChildJourney> children,
                                                                   org.hearth.journey.EpisodeKind<T> kind) {
        List<T> out = new ArrayList<>();
        children.forEach(j -> out.addAll(j.all(kind)));
        return out;
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return items.isEmpty() ? 0 : items.stream().filter(test).count() / (double) items.size();
    }

    @Test
    void shouldGiveEachChangeOfSocialWorkerTheDfeReasonThatMeansIt() {
        assertThat(JourneySimulator.dfeWorkerChangeReason("Family asked for a new worker")).isEqualTo("PCCHAN");
        assertThat(JourneySimulator.dfeWorkerChangeReason("Social worker left the authority")).isEqualTo("LEFTRL");
        assertThat(JourneySimulator.dfeWorkerChangeReason("Transferred to the leaving care team")).isEqualTo("TSPROC");
        assertThat(JourneySimulator.dfeWorkerChangeReason(null)).isEqualTo("OTHERS");
    }
}
