package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hearth.allocation.AllocationStage;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareOutcome;
import org.hearth.care.CareStage;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.people.PeopleStage;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;
import org.hearth.stages.Stages;
import org.hearth.visits.VisitsStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A demo child must never be in a state the app would refuse: every journey rule holds, and so do the invariants
 * the stages' commands enforce that are properties of the record (nothing has happened after today, a CP plan ends at
 * a review conference with a reason, an assessment is authorised after it starts, a child comes into care before
 * 18, and a child never referred has only family help).
 */
class DemoInvariantsTest {
    private static final int CHILDREN = Integer.getInteger("demo.invariants.children", 1_000);
    /** Why a CP plan ends, as the review conference records it (protection's CpReviewPages.END_REASONS). */
    private static final Set<String> CP_END_REASONS = Set.of("NO_LONGER_AT_RISK", "LOOKED_AFTER", "MOVED_LA",
            "LEFT_UK", "AGED_18", "DIED");
    /** The parts of the record family help without a referral may write. */
    private static final Set<EpisodeKind<?>> FAMILY_HELP_PARTS = Set.of(EarlyHelpStage.EARLY_HELP, ReferralStage.CONTACTS,
            AllocationStage.ALLOCATIONS, VisitsStage.VISITS, PeopleStage.ADDRESSES, PeopleStage.RELATIONSHIPS,
            PeopleStage.PEOPLE_WHO_MATTER, PeopleStage.FAMILY_ADULTS);

    static Stream<Arguments> authorities() {
        return Stream.of(Arguments.of(7L, LocalDate.of(2026, 11, 20)), Arguments.of(42L, LocalDate.of(2025, 4, 5)));
    }

    private static List<ChildJourney> children(long seed, LocalDate today) {
        return new DemoGenerator(seed, today).children(CHILDREN).toList();
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("authorities")
    void shouldKeepEveryJourneyRule(long seed, LocalDate today) {
        List<String> failures = new ArrayList<>();
        for (ChildJourney j : children(seed, today)) {
            Stages.journeyRules().check(j).forEach(v -> failures.add(j.child().legacyId() + ": " + v));
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("authorities")
    void shouldRecordNothingAsHappeningAfterToday(long seed, LocalDate today) {
        List<String> failures = new ArrayList<>();
        for (ChildJourney j : children(seed, today)) {
            for (JourneyRecord r : j.everything()) {
                for (RecordComponent component : r.getClass().getRecordComponents()) {
                    if (component.getType() != LocalDate.class || r instanceof CareOutcome) {
                        continue; // a year's outcomes are dated by the 31 March they are for
                    }
                    LocalDate day = (LocalDate) value(component, r);
                    if (day != null && day.isAfter(today)) {
                        failures.add(j.child().legacyId() + ": " + component.getName() + " " + day + " in " + r);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("authorities")
    void shouldEndEveryCpPlanAtAReviewConferenceWithAReason(long seed, LocalDate today) {
        List<String> failures = new ArrayList<>();
        long ended = 0;
        for (ChildJourney j : children(seed, today)) {
            for (CpPlan plan : j.all(ProtectionStage.CP_PLANS)) {
                if (plan.cpPlanEndDate() == null) {
                    continue;
                }
                ended++;
                List<CpReview> ending = j.all(ProtectionStage.CP_REVIEWS).stream()
                        .filter(rv -> plan.id().equals(rv.cpPlanId()) && plan.cpPlanEndDate().equals(rv.cpReviewDate())
                                && Boolean.FALSE.equals(rv.cpReviewOutcomeContinueCp())
                                && rv.cpReviewPlanEndReason() != null && CP_END_REASONS.contains(rv.cpReviewPlanEndReason()))
                        .toList();
                if (ending.size() != 1) {
                    failures.add(j.child().legacyId() + ": " + plan + " ends with reviews "
                            + j.all(ProtectionStage.CP_REVIEWS).stream().filter(rv -> plan.id().equals(rv.cpPlanId())).toList());
                }
            }
        }
        assertThat(ended).isPositive();
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("authorities")
    void shouldAuthoriseEveryAssessmentAfterItStarted(long seed, LocalDate today) {
        List<String> failures = new ArrayList<>();
        for (ChildJourney j : children(seed, today)) {
            for (Assessment a : j.all(AssessmentStage.ASSESSMENTS)) {
                if (a.assessmentAuthDate() != null && !a.assessmentAuthDate().isAfter(a.assessmentStartDate())) {
                    failures.add(j.child().legacyId() + ": " + a);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("authorities")
    void shouldBringChildrenIntoCareOnlyBeforeTheyAreEighteen(long seed, LocalDate today) {
        List<String> failures = new ArrayList<>();
        for (ChildJourney j : children(seed, today)) {
            j.all(CareStage.CARE_PERIODS).stream()
                    .filter(p -> j.child().dob() == null || j.child().ageOn(p.periodStartDate()) >= 18)
                    .forEach(p -> failures.add(j.child().legacyId() + " born " + j.child().dob() + ": " + p));
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("authorities")
    void shouldGiveAChildNeverReferredNothingButFamilyHelp(long seed, LocalDate today) {
        List<String> failures = new ArrayList<>();
        long familyHelpOnly = 0;
        for (ChildJourney j : children(seed, today)) {
            if (!j.all(ReferralStage.REFERRALS).isEmpty()) {
                continue;
            }
            familyHelpOnly++;
            j.kinds().stream().filter(k -> !FAMILY_HELP_PARTS.contains(k))
                    .forEach(k -> failures.add(j.child().legacyId() + ": " + k.name()));
            j.all(AllocationStage.ALLOCATIONS).stream().filter(a -> !"EHW".equals(a.professionalRoleId()))
                    .forEach(a -> failures.add(j.child().legacyId() + ": " + a));
            j.all(VisitsStage.VISITS).stream().filter(v -> !"EH".equals(v.visitContext()))
                    .forEach(v -> failures.add(j.child().legacyId() + ": " + v));
            j.all(ReferralStage.CONTACTS).stream().filter(ct -> !"EARLY_HELP".equals(ct.contactOutcome()))
                    .forEach(ct -> failures.add(j.child().legacyId() + ": " + ct));
        }
        assertThat(familyHelpOnly).isPositive();
        assertThat(failures).isEmpty();
    }

    private static Object value(RecordComponent component, Object r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
