package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.care.CareCommands.IRO;
import static org.hearth.care.CareCommands.TODAY;
import static org.hearth.care.CareCommands.WORKER;
import static org.hearth.care.CareCommands.refusals;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.anUnbornChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.missing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class RecordMissingEpisodeTest {
    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();

    static Map<String, String> form(LocalDate start, String type) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "start", start);
        f.put("type", type);
        return f;
    }

    static MissingEpisode episode(JourneyCommand.Decision d) {
        assertThat(d.refusals()).isEmpty();
        return (MissingEpisode) d.changes().get(0).record();
    }

    @Test
    void shouldRecordAChildAwayFromPlacementWhoIsNotYetBack() {
        RecordMissingEpisode command = MissingForm.read(null, form(day(2026, 3, 9), "A"), TODAY).command();
        JourneyCommand.Decision d = command.decide(lookedAfter, WORKER);
        MissingEpisode e = episode(d);
        assertThat(e.missingEpisodeType()).isEqualTo("A");
        assertThat(e.missingEpisodeEndDate()).isNull();
        assertThat(e.missingRhiOffered()).isNull();
        assertThat(FormChanges.refusals(lookedAfter, d.changes())).isEmpty();
    }

    @Test
    void shouldRecordTheReturnOnTheSameEpisodeWithTheInterviewOfferedAndAccepted() {
        MissingEpisode open = missing(day(2026, 3, 1), null);
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(open).journey();
        Map<String, String> f = new HashMap<>();
        MissingForm.fill(f, open);
        DateAnswer.fill(f, "end", day(2026, 3, 3));
        f.put("rhiOffered", "yes");
        f.put("rhiAccepted", "yes");
        JourneyCommand.Decision d = MissingForm.read(open, f, TODAY).command().decide(j, WORKER);
        MissingEpisode back = episode(d);
        assertThat(back.id()).isEqualTo(open.id());
        assertThat(back.missingEpisodeStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(back.missingEpisodeEndDate()).isEqualTo(day(2026, 3, 3));
        assertThat(back.missingRhiOffered()).isTrue();
        assertThat(back.missingRhiAccepted()).isTrue();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRecordAReturnKeepingTheEpisodesStartAndTypeAndRefuseOneWithNoDate() {
        MissingEpisode open = missing(day(2026, 3, 1), null);
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(open).journey();
        MissingEpisode back = episode(new RecordReturn(open.id(), day(2026, 3, 2), false, null).decide(j, WORKER));
        assertThat(back.missingEpisodeStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(back.missingEpisodeType()).isEqualTo("M");
        assertThat(back.missingRhiAccepted()).isFalse();
        assertThat(refusals(j, new RecordReturn(open.id(), null, false, null)))
                .containsExactly("Enter the date the child returned");
        assertThat(refusals(j, new RecordReturn(java.util.UUID.randomUUID(), day(2026, 3, 2), false, null)))
                .containsExactly("The child has no such missing or away episode");
    }

    @Test
    void shouldRefuseAReturnBeforeTheStartAndAnInterviewWithNoAnswers() {
        assertThat(refusals(lookedAfter, RecordMissingEpisode.of(day(2026, 3, 5), "M", day(2026, 3, 4), null, null)))
                .containsExactly("The date the child returned must be on or after the day they went missing, 5 March 2026",
                        "Select yes if the child was offered a return home interview");
        assertThat(refusals(lookedAfter, RecordMissingEpisode.of(day(2026, 3, 5), "M", day(2026, 3, 6), false, true)))
                .containsExactly("A return home interview that was not offered cannot have been accepted");
        assertThat(refusals(lookedAfter, RecordMissingEpisode.of(day(2026, 3, 5), "M", null, true, null))).containsExactly(
                "Enter the date the child returned: a return home interview follows the return",
                "Select yes if the child accepted the return home interview");
    }

    @Test
    void shouldRefuseAwayFromPlacementForAChildNotLookedAfterAndAnEmptyForm() {
        assertThat(refusals(aChild().journey(), RecordMissingEpisode.of(day(2026, 3, 5), "A", null, null, null)))
                .singleElement().asString().startsWith("A child can only be away from placement while looked after");
        assertThat(MissingForm.read(null, new HashMap<>(), TODAY).errors().all()).containsExactly(
                "Enter the date the child went missing or away as a real date, for example 27 3 2025",
                "Select whether the child was missing or away from placement");
        assertThat(refusals(lookedAfter, RecordMissingEpisode.of(null, null, null, null, null))).containsExactly(
                "Enter the date the child went missing or away",
                "Select whether the child was missing or away from placement");
    }

    @Test
    void shouldRefuseAnEpisodeForAnUnbornChildOrInTheFutureOrFromTheIro() {
        assertThat(refusals(anUnbornChild(day(2026, 6, 1)).journey(),
                RecordMissingEpisode.of(day(2026, 3, 5), "M", null, null, null)))
                .containsExactly("A missing or away episode cannot be recorded for an unborn child");
        assertThat(refusals(lookedAfter, RecordMissingEpisode.of(day(2026, 3, 11), "M", day(2026, 3, 12), false, null)))
                .containsExactly("The date the child went missing or away must be today or in the past",
                        "The date the child returned must be today or in the past");
        assertThat(refusals(lookedAfter, RecordMissingEpisode.of(day(2026, 3, 5), "M", null, null, null), IRO))
                .hasSize(1);
    }

    @Test
    void shouldShowAnOverlapWithAnotherEpisodeAtTheStartDate() {
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(missing(day(2026, 3, 1), null)).journey();
        JourneyCommand.Decision d = RecordMissingEpisode.of(day(2026, 3, 2), "M", null, null, null).decide(j, WORKER);
        Violation v = FormChanges.refusals(j, d.changes()).get(0);
        assertThat(v.dfeCode()).isEqualTo("574");
        assertThat(MissingForm.question(v.field())).isEqualTo("start");
    }
}
