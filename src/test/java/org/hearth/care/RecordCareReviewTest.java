package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.care.CareCommands.IRO;
import static org.hearth.care.CareCommands.WORKER;
import static org.hearth.care.CareCommands.as;
import static org.hearth.care.CareCommands.refusals;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.aChildBorn;
import static org.hearth.journey.JourneyBuilder.day;

import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class RecordCareReviewTest {
    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();

    @Test
    void shouldRecordTheIrosReviewWithTheChildsViewsAndTheDecisions() {
        JourneyCommand.Decision d = new RecordCareReview(day(2026, 3, 9), "PN1", " I want to stay. ", "Stays.")
                .decide(lookedAfter, IRO);
        CareReview r = (CareReview) d.changes().get(0).record();
        assertThat(r.claReviewParticipation()).isEqualTo("PN1");
        assertThat(r.claReviewChildViews()).isEqualTo("I want to stay.");
        assertThat(r.claReviewDecisions()).isEqualTo("Stays.");
        assertThat(r.claReviewCancelled()).isFalse();
        assertThat(FormChanges.refusals(lookedAfter, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAnyoneButTheIro() {
        RecordCareReview review = new RecordCareReview(day(2026, 3, 9), "PN1", "x", "y");
        for (Role role : new Role[] {Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.PERSONAL_ADVISER}) {
            assertThat(refusals(lookedAfter, review, as(role))).containsExactly(
                    "Only the child's IRO, who chairs the review, can record the looked-after review");
        }
    }

    @Test
    void shouldRefuseAChildNeverLookedAfterAFutureDayAndMissingAnswersWithTheDfERules() {
        assertThat(refusals(aChild().journey(), new RecordCareReview(day(2026, 3, 9), "PN1", "x", "y"), IRO))
                .containsExactly("The child has never been looked after, so there is no looked-after review to record");
        assertThat(refusals(lookedAfter, new RecordCareReview(day(2026, 3, 11), "PN1", "x", "y"), IRO))
                .containsExactly("The date of the review must be today or in the past");
        assertThat(new RecordCareReview(null, null, " ", null).decide(lookedAfter, IRO).refusals())
                .extracting(Violation::dfeCode).containsExactly("166", "167", null, null);
        assertThat(refusals(lookedAfter, new RecordCareReview(day(2026, 3, 9), "PN9", "x", "y"), IRO))
                .containsExactly("Select how the child took part from the codes used on 9 March 2026");
        assertThat(refusals(lookedAfter, new RecordCareReview(day(2026, 3, 9), "PN1", "a".repeat(10_001), "y"), IRO))
                .containsExactly("The child's views must be 10,000 characters or fewer");
    }

    @Test
    void shouldRefuseAParticipationThatDoesNotFitTheChildsAgeAndAcceptNoViewsWhenNotConveyed() {
        assertThat(new RecordCareReview(day(2026, 3, 9), "PN0", null, "y").decide(lookedAfter, IRO).refusals())
                .extracting(Violation::dfeCode).containsExactly("440");
        ChildJourney toddler = aChildBorn(day(2024, 6, 1)).lookedAfter(day(2026, 1, 5), null).journey();
        assertThat(new RecordCareReview(day(2026, 3, 9), "PN1", "x", "y").decide(toddler, IRO).refusals())
                .extracting(Violation::dfeCode).containsExactly("441");
        assertThat(new RecordCareReview(day(2026, 3, 9), "PN0", null, "y").decide(toddler, IRO).refused()).isFalse();
        assertThat(new RecordCareReview(day(2026, 3, 9), "PN7", null, "y").decide(lookedAfter, IRO).refused()).isFalse();
        assertThat(new RecordCareReview(day(2026, 3, 9), "PN7", null, "y").decide(lookedAfter, WORKER).refused())
                .isTrue();
    }
}
