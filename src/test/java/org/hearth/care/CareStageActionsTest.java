package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.care.CareCommands.TODAY;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.aChildBorn;
import static org.hearth.journey.JourneyBuilder.anUnbornChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.missing;
import static org.hearth.journey.JourneyBuilder.referral;

import java.util.List;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Stage;
import org.junit.jupiter.api.Test;

/** The looked-after steps offered on the child's record: each role its own, and none that would be refused. */
class CareStageActionsTest {
    static List<String> offered(ChildJourney j, Role role) {
        return new CareStage().actions(j, CareCommands.as(role).actor(), TODAY).stream().map(Stage.Action::label)
                .toList();
    }

    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();

    @Test
    void shouldOfferTheSocialWorkerTheChangesWithinCareButNotTheReview() {
        assertThat(offered(lookedAfter, Role.SOCIAL_WORKER)).containsExactly("Change placement", "Change legal status",
                "Record a missing or away episode", "Record a care plan, health or education step",
                "Record ceasing to be looked after");
        assertThat(offered(lookedAfter, Role.TEAM_MANAGER)).contains("Change placement");
    }

    @Test
    void shouldOfferTheIroOnlyTheLookedAfterReview() {
        assertThat(offered(lookedAfter, Role.IRO)).containsExactly("Record a review");
        assertThat(offered(aChild().journey(), Role.IRO)).isEmpty();
    }

    @Test
    void shouldOfferBecomingLookedAfterOnlyToAChildWhoCanBe() {
        assertThat(offered(aChild().journey(), Role.SOCIAL_WORKER)).containsExactly("Record becoming looked after");
        assertThat(offered(aChildBorn(day(2008, 3, 11)).journey(), Role.SOCIAL_WORKER))
                .contains("Record becoming looked after");
        assertThat(offered(aChildBorn(day(2006, 1, 1)).journey(), Role.SOCIAL_WORKER))
                .doesNotContain("Record becoming looked after");
        assertThat(offered(anUnbornChild(day(2026, 6, 1)).journey(), Role.SOCIAL_WORKER))
                .doesNotContain("Record becoming looked after");
    }

    @Test
    void shouldNotOfferAMissingEpisodeForAnUnbornChild() {
        ChildJourney unborn = anUnbornChild(day(2026, 6, 1)).with(referral(day(2026, 2, 1))).journey();
        assertThat(offered(unborn, Role.SOCIAL_WORKER)).doesNotContain("Record a missing or away episode");
        ChildJourney born = aChild().with(referral(day(2026, 2, 1))).journey();
        assertThat(offered(born, Role.SOCIAL_WORKER)).contains("Record a missing or away episode");
    }

    @Test
    void shouldOfferTheReturnWhileAnEpisodeIsOpenAndNoChangeOnTheDayCareStarted() {
        ChildJourney away = aChild().lookedAfter(day(2026, 1, 5), null).with(missing(day(2026, 3, 1), null)).journey();
        assertThat(offered(away, Role.SOCIAL_WORKER)).contains("Record the child's return")
                .doesNotContain("Record a missing or away episode");
        ChildJourney today = aChild().lookedAfter(TODAY, null).journey();
        assertThat(offered(today, Role.SOCIAL_WORKER)).doesNotContain("Change placement", "Change legal status");
    }

    @Test
    void shouldGiveEachStepTheFormItOpensAndThePartsItChanges() {
        Stage.Action move = new CareStage().actions(lookedAfter, CareCommands.WORKER.actor(), TODAY).get(0);
        assertThat(move.href()).isEqualTo("/children/" + lookedAfter.child().id() + "/placements/change");
        assertThat(move.parts()).containsExactly("placements");
    }
}
