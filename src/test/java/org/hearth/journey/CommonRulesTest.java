package org.hearth.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hearth.assessment.CinPlan;
import org.hearth.protection.InitialConference;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.hearth.care.CareStage;
import org.hearth.protection.ProtectionStage;

class CommonRulesTest {
    private static final LocalDate REFERRED = day(2025, 1, 6);
    private static final LocalDate BIRTH = day(2025, 9, 1);
    private static final LocalDate DIED = day(2025, 6, 2);

    @Test
    void shouldRefuseReferralClosedBeforeItWasMade() {
        ChildJourney j = aChild().with(referral(day(2025, 3, 3), day(2025, 2, 28))).journey();

        Violation v = theViolation(j, "end-before-start");
        assertThat(v.dfeCode()).isEqualTo("8630");
        assertThat(v.kind()).isEqualTo("referrals");
        assertThat(v.field()).isEqualTo("endDate");
        assertThat(v.message()).isEqualTo("Referral ends on 28 February 2025, before it starts on 3 March 2025");
        assertPlainWords(v, day(2025, 2, 28), day(2025, 3, 3));
    }

    @Test
    void shouldAllowReferralClosedOnTheDayItWasMade() {
        assertValid(aChild().with(referral(day(2025, 3, 3), day(2025, 3, 3))).journey());
    }

    @Test
    void shouldRefuseAssessmentAuthorisedBeforeItStarted() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2025, 1, 8), day(2025, 1, 7), "21")).journey();

        Violation v = theViolation(j, "end-before-start");
        assertThat(v.dfeCode()).isEqualTo("8608");
        assertThat(v.kind()).isEqualTo("assessments");
        assertPlainWords(v, day(2025, 1, 7), day(2025, 1, 8));
    }

    @Test
    void shouldAllowAssessmentAuthorisedOnTheDayItStarted() {
        Referral r = referral(REFERRED);
        assertValid(aChild().with(r, authorisedAssessment(r, day(2025, 1, 8), day(2025, 1, 8), "21")).journey());
    }

    @Test
    void shouldRefuseCinPlanEndingBeforeItStarts() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, cinPlan(r, day(2025, 2, 3), day(2025, 2, 1))).journey();

        Violation v = theViolation(j, "end-before-start");
        assertThat(v.dfeCode()).isEqualTo("4011");
        assertThat(v.kind()).isEqualTo("cin-plans");
        assertPlainWords(v, day(2025, 2, 1), day(2025, 2, 3));
    }

    @Test
    void shouldAllowCinPlanEndingAfterItStarts() {
        Referral r = referral(REFERRED);
        assertValid(aChild().with(r, cinPlan(r, day(2025, 2, 3), day(2025, 5, 1))).journey());
    }

    @Test
    void shouldRefuseCpPlanEndingBeforeItStarts() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r).onCpPlan(r, day(2025, 2, 3), day(2025, 1, 31)).journey();

        Violation v = theViolation(j, "end-before-start");
        assertThat(v.dfeCode()).isEqualTo("8925");
        assertThat(v.kind()).isEqualTo("cp-plans");
        assertPlainWords(v, day(2025, 1, 31), day(2025, 2, 3));
    }

    @Test
    void shouldAllowCpPlanEndingAfterItStarts() {
        Referral r = referral(REFERRED);
        assertValid(aChild().with(r).onCpPlan(r, day(2025, 2, 3), day(2025, 8, 4)).journey());
    }

    @Test
    void shouldRefuseFamilyHelpEndingBeforeItStartsWithoutADfeCode() {
        ChildJourney j = aChild().with(earlyHelp(day(2025, 2, 3), day(2025, 2, 2))).journey();

        Violation v = theViolation(j, "end-before-start");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.kind()).isEqualTo("early-help");
        assertPlainWords(v, day(2025, 2, 2), day(2025, 2, 3));
    }

    @Test
    void shouldRefuseReferralStartingWhileAnotherIsOpenBetweenItsDates() {
        ChildJourney j = aChild().with(referral(REFERRED, day(2025, 3, 3)), referral(day(2025, 2, 3), day(2025, 4, 1)))
                .journey();

        Violation v = theViolation(j, "no-overlap");
        assertThat(v.dfeCode()).isEqualTo("8820");
        assertThat(v.message()).isEqualTo("Referral starting 3 February 2025 overlaps the one starting 6 January 2025");
        assertPlainWords(v, day(2025, 2, 3), REFERRED);
    }

    @Test
    void shouldRefuseClosedReferralOverlappingTheOpenOne() {
        ChildJourney j = aChild().with(referral(REFERRED), referral(day(2025, 2, 3), day(2025, 4, 1))).journey();

        Violation v = theViolation(j, "no-overlap");
        assertThat(v.dfeCode()).isEqualTo("8820");
        assertThat(v.message()).endsWith(", which is still open");
    }

    @Test
    void shouldAllowReferralStartingOnTheDayThePreviousClosed() {
        assertValid(aChild().with(referral(REFERRED, day(2025, 3, 3)), referral(day(2025, 3, 3))).journey());
    }

    @Test
    void shouldRefuseOverlappingCinPlans() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r, cinPlan(r, day(2025, 2, 3), day(2025, 4, 1)),
                cinPlan(r, day(2025, 3, 3), day(2025, 5, 1))).journey();

        Violation v = theViolation(j, "no-overlap");
        assertThat(v.dfeCode()).isEqualTo("4014");
        assertPlainWords(v, day(2025, 3, 3), day(2025, 2, 3));
    }

    @Test
    void shouldAllowCinPlanHandedOverOnTheSameDay() {
        Referral r = referral(REFERRED);
        assertValid(aChild().with(r, cinPlan(r, day(2025, 2, 3), day(2025, 4, 1)), cinPlan(r, day(2025, 4, 1), null))
                .journey());
    }

    @Test
    void shouldRefuseOverlappingCpPlans() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r).onCpPlan(r, day(2025, 2, 3), day(2025, 6, 2))
                .onCpPlan(r, day(2025, 5, 1), day(2025, 9, 1)).journey();

        Violation v = theViolation(j, "no-overlap");
        assertThat(v.dfeCode()).isEqualTo("8940");
        assertThat(v.kind()).isEqualTo("cp-plans");
        assertPlainWords(v, day(2025, 5, 1), day(2025, 2, 3));
    }

    @Test
    void shouldAllowCpPlanStartingOnTheDayThePreviousEnded() {
        Referral r = referral(REFERRED);
        assertValid(aChild().with(r).onCpPlan(r, day(2025, 2, 3), day(2025, 6, 2))
                .onCpPlan(r, day(2025, 6, 2), null).journey());
    }

    @Test
    void shouldRefuseOverlappingPeriodsOfCare() {
        ChildJourney j = aChild().lookedAfter(day(2025, 1, 6), day(2025, 3, 3))
                .lookedAfter(day(2025, 2, 3), day(2025, 5, 1)).journey();

        Violation v = theViolation(j, "no-overlap", CareStage.CARE_PERIODS);
        assertThat(v.dfeCode()).isNull();
        assertPlainWords(v, day(2025, 2, 3), day(2025, 1, 6));
    }

    @Test
    void shouldAllowPeriodOfCareStartingOnTheDayThePreviousEnded() {
        assertValid(aChild().lookedAfter(day(2025, 1, 6), day(2025, 3, 3)).lookedAfter(day(2025, 3, 3), null).journey());
    }

    @Test
    void shouldRefuseOverlappingLegalStatuses() {
        ChildJourney j = aChild().with(carePeriod(day(2025, 1, 6), null), placement(day(2025, 1, 6), null),
                legalStatus(day(2025, 1, 6), day(2025, 3, 3)), legalStatus(day(2025, 2, 3), null)).journey();

        Violation v = theViolation(j, "no-overlap", CareStage.LEGAL_STATUSES);
        assertThat(v.dfeCode()).isNull();
        assertPlainWords(v, day(2025, 2, 3), day(2025, 1, 6));
    }

    @Test
    void shouldAllowLegalStatusChangingOnTheDay() {
        assertValid(aChild().with(carePeriod(day(2025, 1, 6), null), placement(day(2025, 1, 6), null),
                legalStatus(day(2025, 1, 6), day(2025, 3, 3)), legalStatus(day(2025, 3, 3), null)).journey());
    }

    @Test
    void shouldRefuseOverlappingPlacements() {
        ChildJourney j = aChild().with(carePeriod(day(2025, 1, 6), null), legalStatus(day(2025, 1, 6), null),
                placement(day(2025, 1, 6), day(2025, 3, 3), "U1", "CARPL"), placement(day(2025, 3, 1), null)).journey();

        Violation v = theViolation(j, "no-overlap", CareStage.PLACEMENTS);
        assertThat(v.dfeCode()).isNull();
        assertPlainWords(v, day(2025, 3, 1), day(2025, 1, 6));
    }

    @Test
    void shouldAllowPlacementMoveOnTheDay() {
        assertValid(aChild().with(carePeriod(day(2025, 1, 6), null), legalStatus(day(2025, 1, 6), null),
                placement(day(2025, 1, 6), day(2025, 3, 3), "U1", "CARPL"), placement(day(2025, 3, 3), null)).journey());
    }

    @Test
    void shouldRefuseOverlappingMissingEpisodes() {
        ChildJourney j = aChild().lookedAfter(day(2025, 1, 6), null)
                .with(missing(day(2025, 2, 3), day(2025, 2, 5)), missing(day(2025, 2, 4), day(2025, 2, 6))).journey();

        Violation v = theViolation(j, "no-overlap");
        assertThat(v.dfeCode()).isEqualTo("574");
        assertThat(v.kind()).isEqualTo("missing");
        assertPlainWords(v, day(2025, 2, 4), day(2025, 2, 3));
    }

    @Test
    void shouldAllowMissingAgainOnTheDayOfReturn() {
        assertValid(aChild().lookedAfter(day(2025, 1, 6), null)
                .with(missing(day(2025, 2, 3), day(2025, 2, 5)), missing(day(2025, 2, 5), day(2025, 2, 6))).journey());
    }

    @Test
    void shouldRefuseTwoOpenFamilyHelpEpisodes() {
        ChildJourney j = aChild().with(earlyHelp(day(2025, 2, 3), null), earlyHelp(day(2025, 4, 1), null)).journey();

        Violation v = theViolation(j, "no-overlap");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.kind()).isEqualTo("early-help");
        assertPlainWords(v, day(2025, 4, 1), day(2025, 2, 3));
    }

    @Test
    void shouldAllowFamilyHelpAfterTheLastEnded() {
        assertValid(aChild().with(earlyHelp(day(2025, 2, 3), day(2025, 4, 1)), earlyHelp(day(2025, 4, 1), null)).journey());
    }

    @Test
    void shouldRefuseTwoOpenReferralsReportingItOnceAsOneOpen() {
        ChildJourney j = aChild().with(referral(REFERRED), referral(day(2025, 2, 3))).journey();

        Violation v = theViolation(j, "one-open");
        assertThat(v.dfeCode()).isEqualTo("8815");
        assertThat(v.message()).isEqualTo("Only one referral can be open at a time; the one starting 6 January 2025 has not ended");
        assertNo(j, "no-overlap");
    }

    @Test
    void shouldAllowANewReferralOnceTheLastIsClosed() {
        assertValid(aChild().with(referral(REFERRED, day(2025, 2, 3)), referral(day(2025, 2, 3))).journey());
    }

    @Test
    void shouldRefuseTwoOpenCinPlans() {
        Referral r = referral(REFERRED);
        CinPlan second = cinPlan(r, day(2025, 3, 3), null);
        ChildJourney j = aChild().with(r, cinPlan(r, day(2025, 2, 3), null), second).journey();

        Violation v = theViolation(j, "one-open");
        assertThat(v.dfeCode()).isEqualTo("4004");
        assertThat(v.recordId()).isEqualTo(second.id());
        assertPlainWords(v, day(2025, 2, 3));
    }

    @Test
    void shouldRefuseTwoOpenCpPlans() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChild().with(r).onCpPlan(r, day(2025, 2, 3), null).onCpPlan(r, day(2025, 3, 3), null).journey();

        Violation v = theViolation(j, "one-open");
        assertThat(v.dfeCode()).isEqualTo("8935");
        assertPlainWords(v, day(2025, 2, 3));
    }

    @Test
    void shouldAllowOneOpenCpPlanAfterAnEndedOne() {
        Referral r = referral(REFERRED);
        assertValid(aChild().with(r).onCpPlan(r, day(2025, 2, 3), day(2025, 3, 3)).onCpPlan(r, day(2025, 3, 3), null)
                .journey());
    }

    @Test
    void shouldRefuseReferralMoreThanFortyWeeksBeforeBirth() {
        ChildJourney j = aChildBorn(BIRTH).with(referral(day(2024, 11, 24))).journey();

        Violation v = theViolation(j, "before-birth");
        assertThat(v.dfeCode()).isEqualTo("8606");
        assertThat(v.message()).isEqualTo("Referral on 24 November 2024 is before the child was born on 1 September 2025");
        assertPlainWords(v, day(2024, 11, 24), BIRTH);
    }

    @Test
    void shouldAllowReferralExactlyFortyWeeksBeforeBirth() {
        assertValid(aChildBorn(BIRTH).with(referral(day(2024, 11, 25))).journey());
    }

    @Test
    void shouldAllowPreBirthProtectionWorkWithinFortyWeeks() {
        Referral r = referral(day(2025, 3, 3));
        var sd = strategy(r, day(2025, 3, 4));
        var s47 = s47(r, sd, day(2025, 3, 4));
        InitialConference c = icpc(r, s47, day(2025, 3, 20), true);
        assertValid(aChildBorn(BIRTH).with(r, assessment(r, day(2025, 3, 4)), sd, s47, c, cpPlan(r, c, null),
                visit(day(2025, 4, 1), "CP", true, false), allocation("SW", day(2025, 3, 3), null)).journey());
    }

    @Test
    void shouldRefusePeriodOfCareBeforeBirth() {
        ChildJourney j = aChildBorn(BIRTH).with(carePeriod(day(2025, 8, 1), null)).journey();

        Violation v = theViolation(j, "before-birth");
        assertThat(v.dfeCode()).isEqualTo("302");
        assertThat(v.kind()).isEqualTo("care-periods");
        assertPlainWords(v, day(2025, 8, 1), BIRTH);
    }

    @Test
    void shouldAllowLookingAfterABabyFromTheDayOfBirth() {
        assertValid(aChildBorn(BIRTH).lookedAfter(BIRTH, null).journey());
    }

    @Test
    void shouldRefuseLookingAfterAnUnbornChild() {
        ChildJourney j = anUnbornChild(day(2026, 3, 2)).with(carePeriod(day(2026, 1, 5), null)).journey();

        Violation v = theViolation(j, "before-birth", CareStage.CARE_PERIODS);
        assertThat(v.dfeCode()).isEqualTo("302");
        assertThat(v.message()).isEqualTo("A period of care cannot be recorded for an unborn child");
        assertPlainWords(v);
    }

    @Test
    void shouldAllowProtectionWorkForAnUnbornChild() {
        Referral r = referral(day(2026, 1, 5));
        assertValid(anUnbornChild(day(2026, 3, 2)).with(r).onCpPlan(r, day(2026, 1, 20), null).journey());
    }

    @Test
    void shouldRefuseReferralMoreThanFortyWeeksBeforeTheExpectedBirth() {
        // CIN 8606: more than 40 weeks before the date of birth OR the expected date of birth
        ChildJourney j = anUnbornChild(BIRTH).with(referral(day(2024, 11, 24))).journey();

        Violation v = theViolation(j, "before-birth");
        assertThat(v.dfeCode()).isEqualTo("8606");
        assertPlainWords(v, day(2024, 11, 24), BIRTH);
    }

    @Test
    void shouldAllowReferralExactlyFortyWeeksBeforeTheExpectedBirth() {
        assertValid(anUnbornChild(BIRTH).with(referral(day(2024, 11, 25))).journey());
    }

    @Test
    void shouldRefuseReferralAfterDeath() {
        ChildJourney j = aChildWhoDied(DIED).with(referral(day(2025, 6, 3))).journey();

        Violation v = theViolation(j, "after-death");
        assertThat(v.dfeCode()).isEqualTo("8555Q");
        assertThat(v.message()).isEqualTo("Referral on 3 June 2025 is after the child's death on 2 June 2025");
        assertPlainWords(v, day(2025, 6, 3), DIED);
    }

    @Test
    void shouldAllowReferralOnTheDayOfDeath() {
        assertValid(aChildWhoDied(DIED).with(referral(DIED, DIED)).journey());
    }

    @Test
    void shouldRefuseCinPlanAfterDeath() {
        Referral r = referral(REFERRED);
        ChildJourney j = aChildWhoDied(DIED).with(r, cinPlan(r, day(2025, 7, 1), null)).journey();

        Violation v = theViolation(j, "after-death");
        assertThat(v.dfeCode()).isEqualTo("4008");
        assertPlainWords(v, day(2025, 7, 1), DIED);
    }

    @Test
    void shouldRefuseCpPlanAfterDeath() {
        Referral r = referral(REFERRED, DIED);
        ChildJourney j = aChildWhoDied(DIED).with(r).onCpPlan(r, day(2025, 6, 3), null).journey();

        Violation v = theViolation(j, "after-death", ProtectionStage.CP_PLANS);
        assertThat(v.dfeCode()).isEqualTo("8915");
        assertPlainWords(v, day(2025, 6, 3), DIED);
    }

    @Test
    void shouldRefuseVisitAfterDeathWithoutADfeCode() {
        ChildJourney j = aChildWhoDied(DIED).with(visit(day(2025, 6, 10), "CIN", true, false)).journey();

        Violation v = theViolation(j, "after-death");
        assertThat(v.dfeCode()).isNull();
        assertPlainWords(v, day(2025, 6, 10), DIED);
    }

    // ---- every step is dated ---------------------------------------------------------------------------------

    static Stream<JourneyRecord> undatedRecords() {
        Referral r = referral(REFERRED);
        InitialConference c = icpc(r, null, day(2025, 2, 3), true);
        var plan = cpPlan(r, c, null);
        var sd = strategy(r, REFERRED);
        var s47 = s47(r, sd, REFERRED);
        return Stream.of(referral(null), assessment(r, null), assessment(null, null), cinPlan(r, null, null),
                strategy(r, null), s47(r, sd, null), icpc(r, s47, null, true), cpPlan(r, c, null, null),
                cpReview(plan, null), carePeriod(null, null), legalStatus(null, null), placement(null, null),
                careReview(null), missing(null, null), earlyHelp(null, null), visit(null, "CP", true, true),
                allocation("SW", null, null), careLeaverContact(null));
    }

    @ParameterizedTest
    @MethodSource("undatedRecords")
    void shouldRefuseAnUndatedStepWithoutFailing(JourneyRecord undated) {
        Referral r = referral(REFERRED);
        InitialConference c = icpc(r, null, day(2025, 2, 3), true);
        var plan = cpPlan(r, c, null);
        var sd = strategy(r, REFERRED);
        ChildJourney j = aChild().with(r, c, plan, sd, s47(r, sd, REFERRED), allocation("SW", REFERRED, null))
                .lookedAfter(REFERRED, null).with(undated).journey();

        List<Violation> found = violations(j, "start-date-required");
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.recordId()).isEqualTo(undated.id());
            assertThat(v.field()).isEqualTo("startDate");
            assertThat(v.message()).startsWith("Give the date of the ");
            assertPlainWords(v);
        });
    }

    @Test
    void shouldAllowAnUndatedPersonWhoMatters() {
        assertValid(aChild().with(new org.hearth.people.PersonWhoMatters(id(), CHILD_ID, "Nan", "PERSON", "Grandmother",
                "She makes the best cakes", null, null, null)).journey());
    }
}
