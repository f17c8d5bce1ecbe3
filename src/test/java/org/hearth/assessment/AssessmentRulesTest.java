package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {
    private static final LocalDate REFERRED = day(2025, 1, 6);
    private final Referral referral = referral(REFERRED);

    @Test
    void shouldRefuseAssessmentBeforeItsReferral() {
        ChildJourney j = aChild().with(referral, assessment(referral, day(2025, 1, 3))).journey();

        Violation v = theViolation(j, "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("1103");
        assertThat(v.kind()).isEqualTo("assessments");
        assertThat(v.field()).isEqualTo("assessmentStartDate");
        assertThat(v.message()).isEqualTo("Assessment on 3 January 2025 cannot be before the referral on 6 January 2025");
        assertPlainWords(v, day(2025, 1, 3), REFERRED);
    }

    @Test
    void shouldAllowAssessmentStartingOnTheDayOfTheReferral() {
        assertValid(aChild().with(referral, assessment(referral, REFERRED)).journey());
    }

    @Test
    void shouldRefuseAssessmentWithNoReferralOnTheRecord() {
        Violation v = theViolation(aChild().with(assessment(null, REFERRED)).journey(), "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("1103");
        assertPlainWords(v, REFERRED);
    }

    @Test
    void shouldRefuseCinPlanBeforeItsReferral() {
        ChildJourney j = aChild().with(referral, cinPlan(referral, day(2025, 1, 3), null)).journey();

        Violation v = theViolation(j, "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("4015");
        assertThat(v.kind()).isEqualTo("cin-plans");
        assertThat(v.field()).isEqualTo("cinPlanStartDate");
        assertPlainWords(v, day(2025, 1, 3), REFERRED);
    }

    @Test
    void shouldRefuseCinPlanWithNoReferralOnTheRecord() {
        Violation v = theViolation(aChild().with(cinPlan(null, REFERRED, null)).journey(), "not-before-referral");
        assertThat(v.dfeCode()).isEqualTo("4015");
        assertPlainWords(v, REFERRED);
    }

    @Test
    void shouldAllowCinPlanStartingOnTheDayOfTheReferral() {
        assertValid(aChild().with(referral, cinPlan(referral, REFERRED, null)).journey());
    }

    @Test
    void shouldRefuseFactor21WithOtherFactors() {
        ChildJourney j = aChild().with(referral, authorisedAssessment(referral, REFERRED, day(2025, 2, 3), "21", "1A"))
                .journey();

        Violation v = theViolation(j, "factor-21-alone");
        assertThat(v.dfeCode()).isEqualTo("8869");
        assertThat(v.field()).isEqualTo("assessmentFactors");
        assertThat(v.message()).isEqualTo("Factor 21 (no factors identified) cannot be recorded with any other factor");
        assertPlainWords(v);
    }

    @Test
    void shouldAllowFactor21Alone() {
        assertValid(aChild().with(referral, authorisedAssessment(referral, REFERRED, day(2025, 2, 3), "21")).journey());
    }

    @Test
    void shouldRefuseTheSameFactorTwice() {
        ChildJourney j = aChild().with(referral,
                authorisedAssessment(referral, REFERRED, day(2025, 2, 3), "3A", "4B", "3A")).journey();

        Violation v = theViolation(j, "factor-once");
        assertThat(v.dfeCode()).isEqualTo("8898");
        assertThat(v.message()).isEqualTo("Factor 3A is recorded more than once");
        assertPlainWords(v);
    }

    @Test
    void shouldAllowDifferentFactors() {
        assertValid(aChild().with(referral, authorisedAssessment(referral, REFERRED, day(2025, 2, 3), "3A", "4B", "16A"))
                .journey());
    }

    @Test
    void shouldRefuseAuthorisedAssessmentWithoutFactors() {
        ChildJourney j = aChild().with(referral, authorisedAssessment(referral, REFERRED, day(2025, 2, 3))).journey();

        Violation v = theViolation(j, "factors-on-authorisation");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.field()).isEqualTo("assessmentFactors");
        assertPlainWords(v);
    }

    @Test
    void shouldAllowAnAssessmentInProgressWithoutFactors() {
        assertValid(aChild().with(referral, assessment(referral, REFERRED)).journey());
    }
}
