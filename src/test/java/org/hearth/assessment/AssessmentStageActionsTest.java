package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.assessment;
import static org.hearth.journey.JourneyBuilder.authorisedAssessment;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Stage;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;
import org.junit.jupiter.api.Test;

/** The front door's and assessment's steps offered on the child's record: none that would be refused on submit. */
class AssessmentStageActionsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Actor WORKER = new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1");
    final Referral referral = referral(day(2026, 1, 5));

    static List<String> offered(ChildJourney j) {
        List<String> out = new ArrayList<>();
        for (Stage s : List.of(new ReferralStage(), new AssessmentStage())) {
            s.actions(j, WORKER, TODAY).forEach(a -> out.add(a.label()));
        }
        return out;
    }

    @Test
    void shouldOfferNoAssessmentNorPlanNorClosureWithNoOpenReferral() {
        assertThat(offered(aChild().journey())).containsExactly("Record a contact");
        assertThat(offered(aChild().with(referral(day(2026, 1, 5), day(2026, 2, 1))).journey()))
                .containsExactly("Record a contact");
    }

    @Test
    void shouldOfferAnAssessmentOnlyWhenNoneIsBeingWrittenOrDoneForTheReferral() {
        assertThat(offered(aChild().with(referral).journey())).contains("Start an assessment");
        assertThat(offered(aChild().with(referral, assessment(referral, day(2026, 1, 6))).journey()))
                .doesNotContain("Start an assessment");
        assertThat(offered(aChild().with(referral, authorisedAssessment(referral, day(2026, 1, 6), day(2026, 2, 1), "21"))
                .journey())).doesNotContain("Start an assessment");
    }

    @Test
    void shouldOfferNeitherACinPlanNorTheClosureWhileACpPlanIsOpen() {
        ChildJourney onPlan = aChild().with(referral).onCpPlan(referral, day(2026, 1, 20), null).journey();
        assertThat(offered(onPlan)).doesNotContain("Start a child in need plan", "Close the child in need episode");
        assertThat(new StartCinPlan(TODAY).decide(onPlan, new org.hearth.journey.JourneyCommand.Context(WORKER, TODAY))
                .refused()).as("what is not offered would be refused").isTrue();
        ChildJourney ended = aChild().with(referral).onCpPlan(referral, day(2026, 1, 20), day(2026, 3, 1)).journey();
        assertThat(offered(ended)).contains("Start a child in need plan", "Close the child in need episode");
    }

    @Test
    void shouldNotOfferTheClosureWhileTheChildIsLookedAfter() {
        assertThat(offered(aChild().with(referral).lookedAfter(day(2026, 2, 1), null).journey()))
                .doesNotContain("Close the child in need episode");
    }

    @Test
    void shouldOfferNoCinPlanOnANoFurtherActionReferral() {
        Referral nfa = new Referral(org.hearth.journey.JourneyBuilder.id(), org.hearth.journey.JourneyBuilder.CHILD_ID,
                null, day(2026, 1, 5), "1A", "N9", day(2026, 1, 5), true, null, null);
        assertThat(offered(aChild().with(nfa).journey())).doesNotContain("Start a child in need plan");
    }
}
