package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.placement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class CeaseCareFormTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    final ChildJourney lookedAfter = aChild().lookedAfter(day(2026, 1, 5), null).journey();

    static Map<String, String> form(LocalDate date, String reason) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "date", date);
        if (reason != null) f.put("reason", reason);
        return f;
    }

    @Test
    void shouldEndThePeriodItsLastPlacementAndLegalStatusTheSameDayWithTheReasonCeased() {
        CeaseCareForm.Read read = CeaseCareForm.read(lookedAfter, form(day(2026, 3, 9), "E4A"), TODAY);
        assertThat(read.errors().isEmpty()).isTrue();
        CarePeriod period = (CarePeriod) read.changes().get(0).record();
        Placement placement = (Placement) read.changes().get(1).record();
        LegalStatus status = (LegalStatus) read.changes().get(2).record();
        assertThat(period.periodEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(period.reasonCeased()).isEqualTo("E4A");
        assertThat(placement.claPlacementEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(status.legalStatusEndDate()).isEqualTo(day(2026, 3, 9));
        assertThat(FormChanges.refusals(lookedAfter, read.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAnEndBeforeTheCurrentPlacementAChangeWithinCareAndAChildNotLookedAfter() {
        ChildJourney moved = aChild().with(org.hearth.journey.JourneyBuilder.carePeriod(day(2026, 1, 5), null),
                        org.hearth.journey.JourneyBuilder.legalStatus(day(2026, 1, 5), null),
                        placement(day(2026, 1, 5), day(2026, 2, 1), "U1", "CARPL"), placement(day(2026, 2, 1), null))
                .journey();
        assertThat(CeaseCareForm.read(moved, form(day(2026, 1, 20), "X1"), TODAY).errors().all()).containsExactly(
                "The date the child ceased to be looked after must be on or after 1 February 2026, when the current "
                        + "placement or legal status started",
                "X1 is for a change within care. Record a change of placement or legal status instead");
        assertThat(CeaseCareForm.read(aChild().journey(), form(day(2026, 1, 20), "E4A"), TODAY).errors().all())
                .containsExactly("The child is not looked after, so there is no period of care to end");
        assertThat(CeaseCareForm.read(lookedAfter, form(day(2026, 3, 9), null), TODAY).errors().all())
                .containsExactly("Select the reason the child ceased to be looked after");
    }

    @Test
    void shouldNotOfferX1AsAReasonToEndCare() {
        assertThat(CeaseCareForm.reasons(TODAY)).doesNotContainKey("X1").containsKey("E4A");
    }
}
