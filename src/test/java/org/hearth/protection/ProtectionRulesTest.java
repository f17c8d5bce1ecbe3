package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class ProtectionRulesTest {
    private static final LocalDate REFERRED = day(2025, 1, 6);      // Monday
    private static final LocalDate CONFERENCE = day(2025, 2, 3);    // Monday
    private final Referral referral = referral(REFERRED);

    // ---- a CP plan starts at an initial conference that decided on one (2885) ------------------------------------

    @Test
    void shouldAllowCpPlanStartingOnTheDayOfTheConference() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        assertValid(aChild().with(referral, c, cpPlan(referral, c, CONFERENCE, null)).journey());
    }

    @Test
    void shouldRefuseCpPlanBeforeConference() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        ChildJourney j = aChild().with(referral, c, cpPlan(referral, c, day(2025, 1, 31), null)).journey();

        Violation v = theViolation(j, "cp-plan-starts-at-icpc");
        assertThat(v.dfeCode()).isEqualTo("2885");
        assertThat(v.kind()).isEqualTo("cp-plans");
        assertThat(v.field()).isEqualTo("cpPlanStartDate");
        assertThat(v.message()).isEqualTo("A child protection plan can only start on the day of an initial child "
                + "protection conference that decided on one; none is recorded on 31 January 2025");
        assertPlainWords(v, day(2025, 1, 31));
    }

    @Test
    void shouldRefuseCpPlanStartingTheDayAfterTheConference() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        ChildJourney j = aChild().with(referral, c, cpPlan(referral, c, day(2025, 2, 4), null)).journey();

        assertThat(theViolation(j, "cp-plan-starts-at-icpc").dfeCode()).isEqualTo("2885");
    }

    @Test
    void shouldRefuseCpPlanWhenTheConferenceDecidedOnNoPlan() {
        InitialConference c = icpc(referral, null, CONFERENCE, false);
        ChildJourney j = aChild().with(referral, c, cpPlan(referral, c, CONFERENCE, null)).journey();

        Violation v = theViolation(j, "cp-plan-starts-at-icpc");
        assertThat(v.dfeCode()).isEqualTo("2885");
        assertPlainWords(v, CONFERENCE);
    }

    @Test
    void shouldRefuseCpPlanWithNoConferenceAtAll() {
        ChildJourney j = aChild().with(referral, cpPlan(referral, null, CONFERENCE, null)).journey();

        assertThat(theViolation(j, "cp-plan-starts-at-icpc").dfeCode()).isEqualTo("2885");
    }

    // ---- category ------------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseCpPlanWithoutACategory() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        CpPlan plan = new CpPlan(id(), CHILD_ID, referral.id(), c.id(), CONFERENCE, null, null, null, 0);
        ChildJourney j = aChild().with(referral, c, plan).journey();

        Violation v = theViolation(j, "cp-plan-category");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.field()).isEqualTo("cpPlanInitialCategory");
        assertThat(v.message()).isEqualTo("Give the initial category of abuse for the child protection plan");
    }

    @Test
    void shouldRefuseCpPlanWithABlankCategory() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        CpPlan plan = new CpPlan(id(), CHILD_ID, referral.id(), c.id(), CONFERENCE, null, " ", null, 0);
        assertThat(violations(aChild().with(referral, c, plan).journey(), "cp-plan-category")).hasSize(1);
    }

    @Test
    void shouldAllowCpPlanWithACategory() {
        assertValid(aChild().with(referral).onCpPlan(referral, CONFERENCE, null).journey());
    }

    // ---- not before the referral: s47 2889, ICPC 1104, CP plan 1105 ------------------------------------------------

    @Test
    void shouldRefuseSection47BeforeItsReferral() {
        Referral late = referral(day(2025, 1, 8));
        ChildJourney j = aChild().with(late, s47(late, null, REFERRED)).journey();

        Violation v = theViolation(j, "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("2889");
        assertThat(v.kind()).isEqualTo("s47-enquiries");
        assertThat(v.message()).isEqualTo(
                "Section 47 enquiry on 6 January 2025 cannot be before the referral on 8 January 2025");
        assertPlainWords(v, REFERRED, day(2025, 1, 8));
    }

    @Test
    void shouldRefuseSection47WithNoReferralAtAll() {
        ChildJourney j = aChild().with(s47(null, null, REFERRED)).journey();

        Violation v = theViolation(j, "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("2889");
        assertPlainWords(v, REFERRED);
    }

    @Test
    void shouldAllowSection47OnTheDayOfTheReferral() {
        assertValid(aChild().with(referral, s47(referral, null, REFERRED)).journey());
    }

    @Test
    void shouldRefuseConferenceBeforeItsReferral() {
        Referral late = referral(day(2025, 2, 4));
        ChildJourney j = aChild().with(late, icpc(late, null, CONFERENCE, false)).journey();

        Violation v = theViolation(j, "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("1104");
        assertThat(v.kind()).isEqualTo("initial-conferences");
        assertPlainWords(v, CONFERENCE, day(2025, 2, 4));
    }

    @Test
    void shouldRefuseConferenceWithNoReferralAtAll() {
        ChildJourney j = aChild().with(icpc(null, null, CONFERENCE, false)).journey();

        assertThat(theViolation(j, "not-before-referral").dfeCode()).isEqualTo("1104");
    }

    @Test
    void shouldRefuseCpPlanBeforeItsReferral() {
        Referral late = referral(day(2025, 2, 4));
        InitialConference c = icpc(null, null, CONFERENCE, true);
        ChildJourney j = aChild().with(referral(day(2024, 9, 2), day(2025, 1, 6)), late, c, cpPlan(late, c, null))
                .journey();

        Violation v = theViolation(j, "not-before-referral", ProtectionStage.CP_PLANS);
        assertThat(v.dfeCode()).isEqualTo("1105");
        assertThat(v.field()).isEqualTo("cpPlanStartDate");
        assertPlainWords(v, CONFERENCE, day(2025, 2, 4));
    }

    @Test
    void shouldRefuseCpPlanWithNoReferralAtAll() {
        InitialConference c = icpc(null, null, CONFERENCE, true);
        ChildJourney j = aChild().with(c, cpPlan(null, c, null)).journey();

        assertThat(theViolation(j, "not-before-referral", ProtectionStage.CP_PLANS).dfeCode()).isEqualTo("1105");
    }

    @Test
    void shouldAllowReferralConferenceAndPlanOnOneDay() {
        Referral sameDay = referral(CONFERENCE);
        assertValid(aChild().with(sameDay).onCpPlan(sameDay, CONFERENCE, null).journey());
    }

    // ---- a CIN plan does not run alongside a CP plan (4001) -----------------------------------------------------

    @Test
    void shouldRefuseCinPlanRunningAlongsideCpPlan() {
        var cin = cinPlan(referral, day(2025, 1, 13), null);
        ChildJourney j = aChild().with(referral, cin).onCpPlan(referral, CONFERENCE, null).journey();

        Violation v = theViolation(j, "cin-plan-not-with-cp-plan");
        assertThat(v.dfeCode()).isEqualTo("4001");
        assertThat(v.kind()).isEqualTo("cin-plans");
        assertThat(v.recordId()).isEqualTo(cin.id());
        assertThat(v.message()).isEqualTo("A child in need plan cannot run at the same time as a child protection "
                + "plan (CP plan from 3 February 2025); end the CIN plan first");
        assertPlainWords(v, CONFERENCE);
    }

    @Test
    void shouldRefuseCinPlanStartingDuringCpPlan() {
        ChildJourney j = aChild().with(referral, cinPlan(referral, day(2025, 3, 3), day(2025, 4, 1)))
                .onCpPlan(referral, CONFERENCE, day(2025, 6, 2)).journey();

        assertThat(theViolation(j, "cin-plan-not-with-cp-plan").dfeCode()).isEqualTo("4001");
    }

    @Test
    void shouldAllowCinPlanEndingOnTheDayTheCpPlanStarts() {
        assertValid(aChild().with(referral, cinPlan(referral, day(2025, 1, 13), CONFERENCE))
                .onCpPlan(referral, CONFERENCE, null).journey());
    }

    @Test
    void shouldAllowStepDownToACinPlanOnTheDayTheCpPlanEnds() {
        assertValid(aChild().with(referral, cinPlan(referral, day(2025, 6, 2), null))
                .onCpPlan(referral, CONFERENCE, day(2025, 6, 2)).journey());
    }

    // ---- reviews: after the plan starts (8841), within the plan, of a plan --------------------------------------

    @Test
    void shouldRefuseCpReviewOnTheDayThePlanStarts() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        CpPlan plan = cpPlan(referral, c, null);
        ChildJourney j = aChild().with(referral, c, plan, cpReview(plan, CONFERENCE)).journey();

        Violation v = theViolation(j, "cp-review-after-plan-start");
        assertThat(v.dfeCode()).isEqualTo("8841");
        assertThat(v.kind()).isEqualTo("cp-reviews");
        assertThat(v.message()).isEqualTo(
                "The review date 3 February 2025 must be after the child protection plan started on 3 February 2025");
        assertPlainWords(v, CONFERENCE);
    }

    @Test
    void shouldRefuseCpReviewBeforeThePlanStarts() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        CpPlan plan = cpPlan(referral, c, null);
        ChildJourney j = aChild().with(referral, c, plan, cpReview(plan, day(2025, 1, 31))).journey();

        assertThat(theViolation(j, "cp-review-after-plan-start").dfeCode()).isEqualTo("8841");
    }

    @Test
    void shouldAllowCpReviewTheDayAfterThePlanStarts() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        CpPlan plan = cpPlan(referral, c, null);
        assertValid(aChild().with(referral, c, plan, cpReview(plan, day(2025, 2, 4))).journey());
    }

    @Test
    void shouldRefuseCpReviewAfterThePlanEnded() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        CpPlan plan = cpPlan(referral, c, day(2025, 5, 1));
        ChildJourney j = aChild().with(referral, c, plan, cpReview(plan, day(2025, 5, 2))).journey();

        Violation v = theViolation(j, "cp-review-within-plan");
        assertThat(v.dfeCode()).isNull();
        assertPlainWords(v, day(2025, 5, 2), day(2025, 5, 1));
    }

    @Test
    void shouldAllowCpReviewOnTheDayThePlanEnds() {
        InitialConference c = icpc(referral, null, CONFERENCE, true);
        CpPlan plan = cpPlan(referral, c, day(2025, 5, 1));
        assertValid(aChild().with(referral, c, plan, cpReview(plan, day(2025, 5, 1))).journey());
    }

    @Test
    void shouldRefuseCpReviewThatBelongsToNoPlan() {
        ChildJourney j = aChild().with(referral).onCpPlan(referral, CONFERENCE, null)
                .with(cpReview(null, day(2025, 4, 1))).journey();

        Violation v = theViolation(j, "cp-review-needs-plan");
        assertThat(v.field()).isEqualTo("cpPlanId");
        assertThat(v.message()).isEqualTo("A child protection review must belong to one of the child's child protection plans");
    }

    @Test
    void shouldRefuseCpReviewOfAPlanNotOnTheRecord() {
        CpReview review = new CpReview(id(), CHILD_ID, UUID.randomUUID(), day(2025, 4, 1), true);
        ChildJourney j = aChild().with(referral).onCpPlan(referral, CONFERENCE, null).with(review).journey();

        assertThat(theViolation(j, "cp-review-needs-plan").recordId()).isEqualTo(review.id());
    }

    // ---- the conference: not at a weekend (8875), after its s47 (8615) ------------------------------------------

    @Test
    void shouldRefuseConferenceOnASaturday() {
        ChildJourney j = aChild().with(referral, icpc(referral, null, day(2025, 2, 8), false)).journey();

        Violation v = theViolation(j, "icpc-not-weekend");
        assertThat(v.dfeCode()).isEqualTo("8875");
        assertThat(v.message()).isEqualTo("An initial child protection conference cannot be held at a weekend (8 February 2025)");
        assertPlainWords(v, day(2025, 2, 8));
    }

    @Test
    void shouldRefuseConferenceOnASunday() {
        ChildJourney j = aChild().with(referral, icpc(referral, null, day(2025, 2, 9), false)).journey();

        assertThat(theViolation(j, "icpc-not-weekend").dfeCode()).isEqualTo("8875");
    }

    @Test
    void shouldAllowConferenceOnAFriday() {
        assertValid(aChild().with(referral, icpc(referral, null, day(2025, 2, 7), false)).journey());
    }

    @Test
    void shouldRefuseConferenceBeforeItsSection47() {
        S47Enquiry enquiry = s47(referral, null, day(2025, 2, 4));
        ChildJourney j = aChild().with(referral, enquiry, icpc(referral, enquiry, CONFERENCE, false)).journey();

        Violation v = theViolation(j, "s47-before-icpc");
        assertThat(v.dfeCode()).isEqualTo("8615");
        assertThat(v.kind()).isEqualTo("initial-conferences");
        assertThat(v.message()).isEqualTo(
                "The conference on 3 February 2025 is before the section 47 enquiry started on 4 February 2025");
        assertPlainWords(v, CONFERENCE, day(2025, 2, 4));
    }

    @Test
    void shouldAllowConferenceOnTheDayTheSection47Started() {
        S47Enquiry enquiry = s47(referral, null, CONFERENCE);
        assertValid(aChild().with(referral, enquiry, icpc(referral, enquiry, CONFERENCE, false)).journey());
    }

    @Test
    void shouldRefuseConferencePointingAtASection47NotOnTheRecord() {
        S47Enquiry elsewhere = s47(referral, null, REFERRED);
        ChildJourney j = aChild().with(referral, icpc(referral, elsewhere, CONFERENCE, false)).journey();

        Violation v = theViolation(j, "icpc-needs-s47");
        assertThat(v.field()).isEqualTo("s47EnquiryId");
        assertPlainWords(v);
    }

    // ---- the strategy discussion comes before the s47 it starts ------------------------------------------------

    @Test
    void shouldRefuseSection47BeforeItsStrategyDiscussion() {
        StrategyDiscussion sd = strategy(referral, day(2025, 1, 8));
        ChildJourney j = aChild().with(referral, sd, s47(referral, sd, day(2025, 1, 7))).journey();

        Violation v = theViolation(j, "strategy-before-s47");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.kind()).isEqualTo("s47-enquiries");
        assertThat(v.message()).isEqualTo("The section 47 enquiry starts on 7 January 2025, before the strategy "
                + "discussion on 8 January 2025 that started it");
        assertPlainWords(v, day(2025, 1, 7), day(2025, 1, 8));
    }

    @Test
    void shouldAllowSection47StartingAtItsStrategyDiscussion() {
        StrategyDiscussion sd = strategy(referral, day(2025, 1, 8));
        assertValid(aChild().with(referral, sd, s47(referral, sd, day(2025, 1, 8))).journey());
    }

    @Test
    void shouldRefuseSection47PointingAtAStrategyDiscussionNotOnTheRecord() {
        StrategyDiscussion elsewhere = strategy(referral, day(2025, 1, 8));
        ChildJourney j = aChild().with(referral, s47(referral, elsewhere, day(2025, 1, 8))).journey();

        Violation v = theViolation(j, "s47-needs-strategy");
        assertThat(v.field()).isEqualTo("strategyDiscussionId");
        assertPlainWords(v);
    }

    @Test
    void shouldAllowTheWholeProtectionPathway() {
        StrategyDiscussion sd = strategy(referral, day(2025, 1, 7));
        S47Enquiry enquiry = s47(referral, sd, day(2025, 1, 7));
        InitialConference c = icpc(referral, enquiry, day(2025, 1, 27), true);
        CpPlan plan = cpPlan(referral, c, day(2025, 10, 27));
        assertValid(aChild().with(referral, assessment(referral, day(2025, 1, 7)), sd, enquiry, c, plan,
                cpReview(plan, day(2025, 4, 24)), cpReview(plan, day(2025, 10, 27))).journey());
    }
}
