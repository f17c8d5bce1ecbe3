package org.hearth.portal.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SayWhatIThinkTest {
    final HarmWords harm = HarmWords.standard();

    @Test
    void shouldKeepTheFacesWordsAndTheParticipationChosenBeforeAReview() {
        SayWhatIThink.Outcome out = SayWhatIThink.views(SayWhatIThink.Occasion.CARE_REVIEW,
                Map.of("feelHome", "5", "feelSchool", "2", "words", "I want to stay with my carers", "participation",
                        "PN6"), harm);
        assertThat(out.ok()).isTrue();
        assertThat(out.said().occasion()).isEqualTo("care-review");
        assertThat(out.said().participation()).isEqualTo("PN6");
        assertThat(out.said().answers()).contains("How do you feel about where you live? Very happy")
                .contains("How is school or college? Sad");
        assertThat(out.said().words()).isEqualTo("I want to stay with my carers");
        assertThat(out.said().flagged()).isFalse();
    }

    @Test
    void shouldRefuseAReviewWithoutHowTheChildWillTakePart() {
        SayWhatIThink.Outcome out = SayWhatIThink.views(SayWhatIThink.Occasion.CARE_REVIEW,
                Map.of("words", "hello"), harm);
        assertThat(out.ok()).isFalse();
        assertThat(out.problems()).containsKey("participation");
    }

    @Test
    void shouldRefuseAParticipationCodeAChildCannotChooseLikePn0OrPn7() {
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.CARE_REVIEW, Map.of("words", "hi", "participation", "PN7"),
                harm).problems()).containsKey("participation");
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.CARE_REVIEW, Map.of("words", "hi", "participation", "PN0"),
                harm).problems()).containsKey("participation");
    }

    @Test
    void shouldNotAskForParticipationBeforeAVisitAndIgnoreOneSent() {
        SayWhatIThink.Outcome out = SayWhatIThink.views(SayWhatIThink.Occasion.VISIT,
                Map.of("feelHome", "3", "participation", "PN1"), harm);
        assertThat(out.ok()).isTrue();
        assertThat(out.said().participation()).isNull();
    }

    @Test
    void shouldKeepHowTheChildWillTakePartInAConferenceAsAMeetingParticipationCode() {
        SayWhatIThink.Outcome out = SayWhatIThink.views(SayWhatIThink.Occasion.CP_CONFERENCE,
                Map.of("words", "I feel safer now", "participation", "MP5"), harm);
        assertThat(out.ok()).isTrue();
        assertThat(out.said().participation()).isEqualTo("MP5");
        assertThat(SayWhatIThink.Occasion.CIN_REVIEW.takingPart()).containsKey("MP1").doesNotContainKey("PN1");
    }

    @Test
    void shouldLetTheChildSkipHowTheyTakePartInAConferenceButRefuseAReviewCodeOrOneTheyCannotChoose() {
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.CP_CONFERENCE, Map.of("words", "hi"), harm).said()
                .participation()).isNull();
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.CP_CONFERENCE, Map.of("words", "hi", "participation",
                "PN6"), harm).problems()).containsKey("participation");
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.CIN_REVIEW, Map.of("words", "hi", "participation",
                "MP7"), harm).problems()).containsKey("participation");
    }

    @Test
    void shouldOfferEveryMeetingParticipationTheChildCanChooseFromTheWorkersCodeList() {
        var list = org.hearth.platform.web.FormAnswers.options(org.hearth.portal.OwnWords.MEETING_PARTICIPATION, java.time.LocalDate.now());
        assertThat(list.keySet()).containsAll(SayWhatIThink.TAKING_PART_IN_MEETING.keySet());
        assertThat(list.get("MP5")).isEqualTo("Child does not attend but briefs an advocate");
    }

    @Test
    void shouldRefuseNothingAtAllAFaceThatIsNotOneAndWordsTooLong() {
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.VISIT, Map.of(), harm).problems()).containsKey("words");
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.VISIT, Map.of("feelHome", "9"), harm).problems())
                .containsKey("feelHome");
        Map<String, String> form = new HashMap<>();
        form.put("words", "a".repeat(SayWhatIThink.MAX_WORDS + 1));
        assertThat(SayWhatIThink.views(SayWhatIThink.Occasion.VISIT, form, harm).problems().get("words"))
                .startsWith("Write 2,000 letters or fewer");
        assertThat(SayWhatIThink.views(null, Map.of("words", "x"), harm).problems()).containsKey("occasion");
    }

    @Test
    void shouldFlagAMessageThatSuggestsHarm() {
        assertThat(SayWhatIThink.message("he hit me when I was late", harm).said().flagged()).isTrue();
        assertThat(SayWhatIThink.message("I got a gold star", harm).said().flagged()).isFalse();
        assertThat(SayWhatIThink.message("  ", harm).problems()).containsKey("words");
        assertThat(SayWhatIThink.message("bad\u0000text", harm).problems()).containsKey("words");
    }

    @Test
    void shouldFlagViewsAfterGoingMissingThatSuggestHarm() {
        SayWhatIThink.Outcome out = SayWhatIThink.views(SayWhatIThink.Occasion.MISSING,
                Map.of("feelNow", "1", "words", "I ran because I am scared to go home"), harm);
        assertThat(out.said().flagged()).isTrue();
    }
}
