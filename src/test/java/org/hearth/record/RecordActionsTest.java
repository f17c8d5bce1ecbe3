package org.hearth.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.cinPlan;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.missing;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Stage;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class RecordActionsTest {
    static final LocalDate TODAY = day(2026, 3, 10);

    static java.util.List<String> labels(ChildJourney j, boolean manager) {
        Actor actor = manager ? new Actor("tm.test", "Tess Manager", Role.TEAM_MANAGER, "T1")
                : new Actor("sw.test", "Sam Worker", Role.SOCIAL_WORKER, "T1");
        return RecordActions.of(j, TODAY, actor).stream().map(Stage.Action::label).toList();
    }

    @Test
    void shouldOfferOnlyAContactForAChildWithNothingOpen() {
        // Becoming looked after is offered on the looked-after card (CareStage.actions), not in the "Record" list
        assertThat(labels(aChild().journey(), false)).containsExactly("Record a contact",
                "Record becoming looked after", "Record a visit", "Check for other records of this child", "Write a case note",
                "Agencies involved");
    }

    @Test
    void shouldOfferThePlanMissingAndClosureWhileACinEpisodeIsOpen() {
        Referral r = referral(day(2026, 1, 5));
        assertThat(labels(aChild().with(r).journey(), false)).containsExactly("Record a contact",
                "Close the child in need episode", "Start an assessment", "Start a child in need plan",
                "Record a strategy discussion", "Record becoming looked after",
                "Record a missing or away episode", "Record a visit", "Check for other records of this child",
                "Write a case note", "Agencies involved");
        assertThat(labels(aChild().with(r, cinPlan(r, day(2026, 1, 20), null)).journey(), false))
                .contains("End the child in need plan").doesNotContain("Start a child in need plan");
    }

    @Test
    void shouldOfferTheReturnForAnOpenMissingEpisodeAndCeasingCareWhileLookedAfter() {
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(missing(day(2026, 3, 9), null)).journey();
        assertThat(labels(j, false)).contains("Record the child's return", "Record ceasing to be looked after")
                .doesNotContain("Record a missing or away episode", "Close the child in need episode");
    }

    @Test
    void shouldOfferAChangeOfSocialWorkerToATeamManagerOnly() {
        assertThat(labels(aChild().journey(), true)).contains("Change social worker");
        assertThat(labels(aChild().journey(), false)).doesNotContain("Change social worker");
    }

    @Test
    void shouldSayWhatWasSaved() {
        assertThat(RecordActions.savedMessage("cin-closed")).isEqualTo("Child in need episode closed");
        assertThat(RecordActions.savedMessage("something-else")).isNull();
    }
}
