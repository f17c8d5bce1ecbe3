package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.util.UUID;
import org.hearth.assessment.Assessment;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class ReferralRulesTest {

    @Test
    void shouldRefuseClosingTheEpisodeWhileAChildProtectionPlanRunsOnAfterIt() {
        Referral r = referral(day(2025, 1, 6), day(2025, 3, 3));
        ChildJourney open = aChild().with(r).onCpPlan(r, day(2025, 1, 20), null).journey();
        Violation v = theViolation(open, "closure-with-cp-plan-open");
        assertThat(v.dfeCode()).isEqualTo("8565");
        assertThat(v.field()).isEqualTo("closeDate");
        assertPlainWords(v, day(2025, 3, 3), day(2025, 1, 20));

        assertNo(aChild().with(r).onCpPlan(r, day(2025, 1, 20), day(2025, 3, 3)).journey(), "closure-with-cp-plan-open");
    }

    @Test
    void shouldRefuseClosingTheEpisodeWhileTheChildIsLookedAfter() {
        Referral r = referral(day(2025, 1, 6), day(2025, 3, 3));
        assertThat(theViolation(aChild().with(r).lookedAfter(day(2025, 2, 1), null).journey(),
                "closure-while-looked-after").message()).contains("while the child is looked after (since 1 February 2025)");
        assertNo(aChild().with(r).lookedAfter(day(2025, 2, 1), day(2025, 3, 3)).journey(), "closure-while-looked-after");
        assertNo(aChild().with(r).lookedAfter(day(2025, 3, 4), null).journey(), "closure-while-looked-after");
    }

    @Test
    void shouldRefuseClosureDateWithoutAReason() {
        ChildJourney j = aChild().with(referralWithClosure(day(2025, 1, 6), null, day(2025, 3, 3))).journey();

        Violation v = theViolation(j, "closure-needs-date-and-reason");
        assertThat(v.dfeCode()).isEqualTo("8805");
        assertThat(v.kind()).isEqualTo("referrals");
        assertThat(v.field()).isEqualTo("closeReason");
        assertThat(v.message()).isEqualTo("Closing a child in need episode needs both the closure date and the reason");
        assertPlainWords(v);
    }

    @Test
    void shouldRefuseBlankClosureReasonAsNoReason() {
        ChildJourney j = aChild().with(referralWithClosure(day(2025, 1, 6), "  ", day(2025, 3, 3))).journey();

        assertThat(theViolation(j, "closure-needs-date-and-reason").dfeCode()).isEqualTo("8805");
    }

    @Test
    void shouldRefuseClosureReasonWithoutADate() {
        ChildJourney j = aChild().with(referralWithClosure(day(2025, 1, 6), "RC7", null)).journey();

        Violation v = theViolation(j, "closure-needs-date-and-reason");
        assertThat(v.dfeCode()).isEqualTo("8810");
        assertThat(v.field()).isEqualTo("closeDate");
        assertPlainWords(v);
    }

    @Test
    void shouldAllowClosureWithDateAndReason() {
        assertValid(aChild().with(referralWithClosure(day(2025, 1, 6), "RC7", day(2025, 3, 3))).journey());
    }

    @Test
    void shouldAllowOpenReferralWithNeitherDateNorReason() {
        assertValid(aChild().with(referral(day(2025, 1, 6))).journey());
    }

    @Test
    void shouldRefuseWorkPointingAtAReferralNotOnTheRecord() {
        Referral elsewhere = referral(day(2025, 1, 6));
        Assessment a = assessment(elsewhere, day(2025, 1, 7));
        ChildJourney j = aChild().with(referral(day(2025, 1, 6)), a).journey();

        Violation v = theViolation(j, "needs-referral");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.kind()).isEqualTo("assessments");
        assertThat(v.recordId()).isEqualTo(a.id());
        assertThat(v.field()).isEqualTo("referralId");
        assertThat(v.message()).isEqualTo("The assessment refers to a referral that is not on this child's record");
        assertNo(j, "not-before-referral");
    }

    @Test
    void shouldAllowWorkPointingAtItsOwnReferral() {
        Referral r = referral(day(2025, 1, 6));
        assertValid(aChild().with(r, assessment(r, day(2025, 1, 7))).journey());
    }

    @Test
    void shouldRefuseUnlinkedWorkWhenThereIsNoReferralAtAll() {
        ChildJourney j = aChild().with(assessment(null, day(2025, 1, 7))).journey();

        Violation v = theViolation(j, "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("1103");
        assertThat(v.message()).isEqualTo(
                "Assessment on 7 January 2025 needs a referral on or before that day; record the referral first");
        assertPlainWords(v, day(2025, 1, 7));
    }

    @Test
    void shouldRefuseUnlinkedWorkWhenTheOnlyReferralIsLater() {
        ChildJourney j = aChild().with(referral(day(2025, 1, 8)), assessment(null, day(2025, 1, 7))).journey();

        assertThat(theViolation(j, "not-before-referral").dfeCode()).isEqualTo("1103");
    }

    @Test
    void shouldAllowUnlinkedWorkOnTheDayOfAReferral() {
        assertValid(aChild().with(referral(day(2025, 1, 7)), assessment(null, day(2025, 1, 7))).journey());
    }

    @Test
    void shouldNotTreatARandomIdAsAReferral() {
        Assessment a = new Assessment(UUID.randomUUID(), CHILD_ID, UUID.randomUUID(), day(2025, 1, 7), null, null,
                null, null, null);
        assertThat(theViolation(aChild().with(a).journey(), "needs-referral").recordId()).isEqualTo(a.id());
    }

    @Test
    void shouldRefuseADecisionBeforeTheReferralWasReceived() {
        Referral r = new Referral(id(), CHILD_ID, null, day(2025, 1, 6), "1A", "N1", day(2025, 1, 3), false, null, null);

        Violation v = theViolation(aChild().with(r).journey(), "decision-not-before-referral");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.field()).isEqualTo("referralDecisionDate");
        assertThat(v.message()).isEqualTo(
                "The decision on 3 January 2025 cannot be before the referral was received on 6 January 2025");
        assertPlainWords(v, day(2025, 1, 3), day(2025, 1, 6));
    }

    @Test
    void shouldAllowADecisionOnTheDayOfTheReferral() {
        assertValid(aChild().with(new Referral(id(), CHILD_ID, null, day(2025, 1, 6), "1A", "N1", day(2025, 1, 6), false,
                null, null)).journey());
    }

    // ---- DfE 2990: nothing after a case closed after assessment ------------------------------------------------

    @Test
    void shouldRefuseACinPlanInAnEpisodeClosedAfterAssessmentWithNoFurtherAction() {
        Referral r = referralWithClosure(day(2025, 1, 6), "RC8", day(2025, 2, 20));
        org.hearth.assessment.CinPlan plan = cinPlan(r, day(2025, 2, 10), null);
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2025, 1, 7), day(2025, 2, 3), "21"), plan)
                .journey();

        Violation v = theViolation(j, "no-work-after-closed-after-assessment");
        assertThat(v.dfeCode()).isEqualTo("2990");
        assertThat(v.kind()).isEqualTo("cin-plans");
        assertThat(v.recordId()).isEqualTo(plan.id());
        assertThat(v.message()).isEqualTo("Child in need plan on 10 February 2025 cannot be part of the child in need "
                + "episode from the referral on 6 January 2025, which was closed after assessment, no further action "
                + "(RC8) on 20 February 2025. Record it under a new referral, or change the reason for closure");
        assertPlainWords(v, day(2025, 2, 10), day(2025, 1, 6), day(2025, 2, 20));
    }

    @Test
    void shouldRefuseProtectionWorkInAnEpisodeClosedAndReferredToEarlyHelp() {
        Referral r = referralWithClosure(day(2025, 1, 6), "RC9", day(2025, 3, 20));
        org.hearth.protection.StrategyDiscussion sd = strategy(r, day(2025, 1, 8));
        org.hearth.protection.S47Enquiry s47 = s47(r, sd, day(2025, 1, 8));
        org.hearth.protection.InitialConference c = icpc(r, s47, day(2025, 1, 27), true);
        ChildJourney j = aChild().with(r, sd, s47, c, cpPlan(r, c, null)).journey();

        assertThat(violations(j, "no-work-after-closed-after-assessment"))
                .extracting(Violation::kind)
                .containsExactlyInAnyOrder("s47-enquiries", "initial-conferences", "cp-plans");
        assertThat(violations(j, "no-work-after-closed-after-assessment"))
                .allSatisfy(v -> assertThat(v.message()).contains("referred to early help (RC9)"));
    }

    @Test
    void shouldRefuseUnlinkedWorkThatFallsInsideAnEpisodeClosedAfterAssessment() {
        Referral r = referralWithClosure(day(2025, 1, 6), "RC8", day(2025, 2, 20));
        ChildJourney j = aChild().with(r, cinPlan(null, day(2025, 2, 1), null)).journey();

        assertThat(theViolation(j, "no-work-after-closed-after-assessment").dfeCode()).isEqualTo("2990");
    }

    @Test
    void shouldAllowWorkUnderANewReferralAfterAnEpisodeClosedAfterAssessment() {
        Referral closed = referralWithClosure(day(2025, 1, 6), "RC8", day(2025, 2, 20));
        Referral next = referral(day(2025, 4, 1));
        ChildJourney j = aChild().with(closed, next, cinPlan(next, day(2025, 4, 20), null),
                cinPlan(null, day(2025, 5, 1), null)).journey();

        assertNo(j, "no-work-after-closed-after-assessment");
    }

    @Test
    void shouldAllowACinPlanInAnEpisodeThatCeasedForAnotherReason() {
        Referral r = referralWithClosure(day(2025, 1, 6), "RC7", day(2025, 6, 20));
        ChildJourney j = aChild().with(r, cinPlan(r, day(2025, 2, 10), day(2025, 6, 20))).journey();

        assertNo(j, "no-work-after-closed-after-assessment");
    }
}
