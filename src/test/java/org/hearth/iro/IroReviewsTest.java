package org.hearth.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.cpPlan;
import static org.hearth.journey.JourneyBuilder.icpc;
import static org.hearth.journey.JourneyBuilder.id;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import org.hearth.care.CareReview;
import org.hearth.clocks.ClockStatus;
import org.hearth.clocks.JourneyClocks;
import org.hearth.journey.ChildJourney;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/** A row of My reviews: both review clocks, the last review, and the child's latest views, from the record alone. */
class IroReviewsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    ReviewedChild row(ChildJourney j) {
        return IroReviews.row(j, List.of(), JourneyClocks.standard().open(j, TODAY), TODAY);
    }

    @Test
    void shouldShowTheNextLookedAfterReviewWithItsClockAndTheLatestViews() {
        ChildJourney j = aChild().lookedAfter(TODAY.minusMonths(8), null)
                .with(new CareReview(id(), CHILD_ID, TODAY.minusMonths(7), "PN1", false, "First words", "d"),
                        new CareReview(id(), CHILD_ID, TODAY.minusMonths(4), "PN1", false, "Latest words", "d"),
                        new CareReview(id(), CHILD_ID, TODAY.minusMonths(1), "PN7", true, null, null))
                .journey();
        ReviewedChild r = row(j);
        assertThat(r.cpReview()).isNull();
        assertThat(r.laReview().dueOn()).isEqualTo(TODAY.minusMonths(4).plusMonths(6));
        assertThat(r.laReview().status()).isEqualTo(ClockStatus.DUE);
        assertThat(r.nextDue()).isEqualTo(r.laReview().dueOn());
        assertThat(r.lastReview()).as("a cancelled review is not the last review").isEqualTo(TODAY.minusMonths(4));
        assertThat(r.latestViews().words()).isEqualTo("Latest words");
    }

    @Test
    void shouldTakeTheSoonerOfTheTwoReviewsAndTheNewerViewsOfEitherKind() {
        Referral ref = referral(TODAY.minusMonths(6));
        InitialConference c = icpc(ref, null, TODAY.minusMonths(5), true);
        CpPlan plan = cpPlan(ref, c, null);
        ChildJourney j = aChild().with(ref, c, plan)
                .with(new CpReview(id(), CHILD_ID, plan.id(), TODAY.minusMonths(2), true, "CP words", null))
                .lookedAfter(TODAY.minusDays(40), null)
                .with(new CareReview(id(), CHILD_ID, TODAY.minusDays(30), "PN1", false, "Care words", "d"))
                .journey();
        ReviewedChild r = row(j);
        assertThat(r.cpReview().dueOn()).isEqualTo(TODAY.minusMonths(2).plusMonths(6));
        assertThat(r.laReview().dueOn()).isEqualTo(TODAY.minusDays(30).plusMonths(3));
        assertThat(r.nextDue()).isEqualTo(r.laReview().dueOn());
        assertThat(r.lastReviewKind()).isEqualTo("Looked-after review");
        assertThat(r.latestViews().words()).isEqualTo("Care words");
    }

    @Test
    void shouldShowNothingDueForAChildWithNoPlanOrCare() {
        ReviewedChild r = row(aChild().journey());
        assertThat(r.nextDue()).isNull();
        assertThat(r.lastReview()).isNull();
        assertThat(r.latestViews()).isNull();
        assertThat(r.openChallenges()).isZero();
    }
}
