package org.hearth.leaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChildBorn;
import static org.hearth.journey.JourneyBuilder.day;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** Issue 9 §4: a personal adviser could not record a care leaver contact, so every contact clock stayed overdue. */
class RecordCareLeaverContactTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Actor PA = new Actor("pa", "Pat", Role.PERSONAL_ADVISER, "leaving");
    /** Born 2006, looked after from 14, left care at 18. */
    final ChildJourney careLeaver = aChildBorn(day(2006, 4, 1)).lookedAfter(day(2020, 5, 1), day(2024, 4, 1)).journey();

    static List<String> refusals(ChildJourney j, RecordCareLeaverContact c, Actor actor) {
        return c.decide(j, new JourneyCommand.Context(actor, TODAY)).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldRecordAContactInTouchWithActivityAccommodationAndItsSuitability() {
        JourneyCommand.Decision d = new RecordCareLeaverContact(TODAY, "YES", "F2", "U2")
                .decide(careLeaver, new JourneyCommand.Context(PA, TODAY));
        assertThat(d.refusals()).isEmpty();
        CareLeaverContact c = (CareLeaverContact) d.changes().get(0).record();
        assertThat(c.careLeaverEligibility()).isEqualTo("FORMER_RELEVANT");
        assertThat(c.careLeaverAccomSuitable()).isEqualTo("N");
        assertThat(FormChanges.refusals(careLeaver, d.changes())).isEmpty();
        assertThat(new LeavingCareStage().actions(careLeaver, PA, TODAY)).extracting(a -> a.label())
                .containsExactly("Record a care leaver contact", "Start a pathway plan");
    }

    @Test
    void shouldRecordNotInTouchAsNotKnownAndReturnedHomeWithNothingMore() {
        CareLeaverContact no = (CareLeaverContact) new RecordCareLeaverContact(TODAY, "NO", "F2", "U1")
                .decide(careLeaver, new JourneyCommand.Context(PA, TODAY)).changes().get(0).record();
        assertThat(no.careLeaverActivity()).isEqualTo("0");
        assertThat(no.careLeaverAccommodation()).isEqualTo("0");
        assertThat(no.careLeaverAccomSuitable()).isNull();
        CareLeaverContact home = (CareLeaverContact) new RecordCareLeaverContact(TODAY, "RHOM", null, null)
                .decide(careLeaver, new JourneyCommand.Context(PA, TODAY)).changes().get(0).record();
        assertThat(home.careLeaverActivity()).isNull();
        assertThat(home.careLeaverAccommodation()).isNull();
    }

    @Test
    void shouldRefuseAFutureContactMissingAnswersAnIroAndAYoungPersonWhoIsNotACareLeaver() {
        assertThat(refusals(careLeaver, new RecordCareLeaverContact(TODAY.plusDays(1), "YES", "F2", "U1"), PA))
                .containsExactly("The date of the contact must be today or in the past");
        assertThat(refusals(careLeaver, new RecordCareLeaverContact(TODAY, "YES", null, "ZZ"), PA)).containsExactly(
                "Select the young person's main activity",
                "Select where the young person lives, and whether it is suitable");
        assertThat(refusals(careLeaver, new RecordCareLeaverContact(TODAY, null, null, null), PA))
                .containsExactly("Select whether you are in touch with the young person");
        assertThat(refusals(careLeaver, new RecordCareLeaverContact(TODAY, "YES", "F2", "U1"),
                new Actor("iro", "I", Role.IRO, "t"))).singleElement().asString()
                .startsWith("Only the young person's personal adviser or social worker");
        ChildJourney stillInCare = aChildBorn(day(2006, 4, 1)).lookedAfter(day(2020, 5, 1), null).journey();
        assertThat(refusals(stillInCare, new RecordCareLeaverContact(TODAY, "YES", "F2", "U1"), PA))
                .singleElement().asString().startsWith("The young person is not a care leaver on 10 March 2026");
        assertThat(new LeavingCareStage().actions(stillInCare, PA, TODAY)).isEmpty();
        ChildJourney over25 = aChildBorn(day(2000, 4, 1)).lookedAfter(day(2014, 5, 1), day(2018, 4, 1)).journey();
        assertThat(CareLeavers.on(over25, TODAY)).isEmpty();
    }
}
