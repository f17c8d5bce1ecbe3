package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.missing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class MissingFormTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();

    static Map<String, String> form(LocalDate start, String type) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "start", start);
        f.put("type", type);
        return f;
    }

    @Test
    void shouldRecordAChildAwayFromPlacementWhoIsNotYetBack() {
        MissingForm.Read read = MissingForm.read(lookedAfter, null, form(day(2026, 3, 9), "A"), TODAY);
        assertThat(read.errors().isEmpty()).isTrue();
        MissingEpisode e = (MissingEpisode) read.changes().get(0).record();
        assertThat(e.missingEpisodeType()).isEqualTo("A");
        assertThat(e.missingEpisodeEndDate()).isNull();
        assertThat(e.missingRhiOffered()).isNull();
        assertThat(FormChanges.refusals(lookedAfter, read.changes())).isEmpty();
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
        MissingForm.Read read = MissingForm.read(j, open, f, TODAY);
        MissingEpisode back = (MissingEpisode) read.changes().get(0).record();
        assertThat(back.id()).isEqualTo(open.id());
        assertThat(back.missingEpisodeStartDate()).isEqualTo(day(2026, 3, 1));
        assertThat(back.missingEpisodeEndDate()).isEqualTo(day(2026, 3, 3));
        assertThat(back.missingRhiOffered()).isTrue();
        assertThat(back.missingRhiAccepted()).isTrue();
        assertThat(FormChanges.refusals(j, read.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAReturnBeforeTheStartAndAnInterviewWithNoAnswers() {
        Map<String, String> f = form(day(2026, 3, 5), "M");
        DateAnswer.fill(f, "end", day(2026, 3, 4));
        assertThat(MissingForm.read(lookedAfter, null, f, TODAY).errors().all()).containsExactly(
                "The date the child returned must be on or after the day they went missing, 5 March 2026",
                "Select yes if the child was offered a return home interview");
        DateAnswer.fill(f, "end", day(2026, 3, 6));
        f.put("rhiOffered", "no");
        f.put("rhiAccepted", "yes");
        assertThat(MissingForm.read(lookedAfter, null, f, TODAY).errors().all())
                .containsExactly("A return home interview that was not offered cannot have been accepted");
    }

    @Test
    void shouldRefuseAwayFromPlacementForAChildNotLookedAfterAndAnEmptyForm() {
        assertThat(MissingForm.read(aChild().journey(), null, form(day(2026, 3, 5), "A"), TODAY).errors().all())
                .singleElement().asString().startsWith("A child can only be away from placement while looked after");
        assertThat(MissingForm.read(lookedAfter, null, new HashMap<>(), TODAY).errors().all()).containsExactly(
                "Enter the date the child went missing or away as a real date, for example 27 3 2025",
                "Select whether the child was missing or away from placement");
    }

    @Test
    void shouldShowAnOverlapWithAnotherEpisodeAtTheStartDate() {
        ChildJourney j = aChild().lookedAfter(day(2026, 1, 5), null).with(missing(day(2026, 3, 1), null)).journey();
        MissingForm.Read read = MissingForm.read(j, null, form(day(2026, 3, 2), "M"), TODAY);
        Violation v = FormChanges.refusals(j, read.changes()).get(0);
        assertThat(v.dfeCode()).isEqualTo("574");
        assertThat(MissingForm.question(v.field())).isEqualTo("start");
    }
}
