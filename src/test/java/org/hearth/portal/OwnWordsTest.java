package org.hearth.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.View;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.FormErrors;
import org.hearth.visits.Visit;
import org.junit.jupiter.api.Test;

class OwnWordsTest {
    final LocalDate today = LocalDate.of(2026, 12, 7);
    final OwnWords.Offer offer = new OwnWords.Offer(UUID.randomUUID(), "Joshua", LocalDate.of(2026, 12, 3),
            "I want to see my nan more", "MP6", "I will not go. What I wrote here can tell them what I think",
            "Child does not attend but conveys their views by another means", false);

    @Test
    void shouldSayWhoseWordsTheFormStartsFromAndWhen() {
        assertThat(offer.heading()).isEqualTo("From Joshua's own words on 3 December");
    }

    @Test
    void shouldStartTheFormFromTheChildsWordsTheirChoiceAndTheAnswersId() {
        Map<String, String> fields = new HashMap<>();
        OwnWords.prefill(fields, offer, "childViews", "childParticipation");
        assertThat(fields).containsEntry("childViews", "I want to see my nan more")
                .containsEntry("childParticipation", "MP6")
                .containsEntry(OwnWords.SAYS_FIELD, offer.saysId().toString());
    }

    @Test
    void shouldNotPutAParticipationOnAFormThatDoesNotAskIt() {
        Map<String, String> fields = new HashMap<>();
        OwnWords.prefill(fields, offer, "childViews", null);
        assertThat(fields).doesNotContainKey("childParticipation").doesNotContainKey("null");
    }

    @Test
    void shouldAcceptEditedViewsAndAListedParticipation() {
        FormErrors errors = new FormErrors();
        OwnWords.check(Map.of("childViews", "Changed by the worker", "childParticipation", "MP1"), "childViews",
                "childParticipation", today, errors);
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseViewsTooLongOrNotTextAndAParticipationNotOnTheList() {
        FormErrors errors = new FormErrors();
        OwnWords.check(Map.of("childViews", "a".repeat(OwnWords.MAX_VIEWS + 1), "childParticipation", "PN1"),
                "childViews", "childParticipation", today, errors);
        assertThat(errors.isEmpty()).isFalse();
        FormErrors notText = new FormErrors();
        OwnWords.check(Map.of("childViews", "bad\u0000text"), "childViews", null, today, notText);
        assertThat(notText.isEmpty()).isFalse();
    }

    // The chronology's entry page shows the views kept with a record only where the reader's view shows the record
    final Visit visit = JourneyBuilder.visit(LocalDate.of(2026, 11, 2), "1", true, true);
    final ChildJourney journey = JourneyBuilder.aChild().with(visit).journey();

    @Test
    void shouldFindTheKindOfARecordTheReadersViewShows() {
        View whole = new View(View.Parts.EVERY, View.Parts.NONE, true, null, null, null, null);
        assertThat(OwnWords.kindShown(new JourneyService.Viewed(journey, whole), visit.id())).contains("visits");
    }

    @Test
    void shouldShowNoViewsWithARecordOfAKindTheReaderMayNotRead() {
        View chronologyOnly = new View(View.Parts.of("record", "chronology"), View.Parts.NONE, true, null, null, null,
                null);
        assertThat(OwnWords.kindShown(new JourneyService.Viewed(journey, chronologyOnly), visit.id())).isEmpty();
    }

    @Test
    void shouldShowNoViewsWithARecordWithheldFromTheReadersJourneyOrAnotherChilds() {
        View whole = new View(View.Parts.EVERY, View.Parts.NONE, true, null, null, null, null);
        ChildJourney withheld = journey.visibleTo(k -> true, r -> !r.id().equals(visit.id()));
        assertThat(OwnWords.kindShown(new JourneyService.Viewed(withheld, whole), visit.id())).isEmpty();
        assertThat(OwnWords.kindShown(new JourneyService.Viewed(journey, whole), java.util.UUID.randomUUID())).isEmpty();
    }
}
