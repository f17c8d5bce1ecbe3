package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class WarningsTest {
    static final LocalDate TODAY = day(2026, 12, 7);
    static final JourneyCommand.Context SW = new JourneyCommand.Context(new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1"), TODAY);

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, SW).refusals().stream().map(Violation::message).toList();
    }

    static Warning added(ChildJourney j, JourneyCommand c) {
        JourneyCommand.Decision d = c.decide(j, SW);
        assertThat(d.refusals()).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).as("the journey rules accept it").isEmpty();
        return (Warning) d.changes().get(0).record();
    }

    @Test
    void shouldAddAWarningFromTheListInForceFromItsDay() {
        Warning w = added(aChild().journey(), new Warnings.Add("RISK_TO_STAFF", " Dog at the door ", TODAY.minusDays(3)));
        assertThat(w.warningType()).isEqualTo("RISK_TO_STAFF");
        assertThat(w.detail()).isEqualTo("Dog at the door");
        assertThat(w.activeOn(TODAY)).isTrue();
        assertThat(w.activeOn(TODAY.minusDays(4))).isFalse();
        assertThat(w.summary()).isEqualTo("Warning added: Risk to staff");
    }

    @Test
    void shouldRefuseAnUnknownTypeAFutureDayAndAnOtherWarningWithNoWords() {
        assertThat(refusals(aChild().journey(), new Warnings.Add("MADE_UP", null, TODAY.plusDays(1))))
                .containsExactly("Select the kind of warning", "The date the warning applies from must be today or in the past");
        assertThat(refusals(aChild().journey(), new Warnings.Add("OTHER", "  ", null)))
                .containsExactly("Enter what the warning is about", "Enter the date the warning applies from, for example 27 3 2025");
        assertThat(refusals(aChild().journey(), new Warnings.Add("RISK_TO_STAFF", "x".repeat(Warnings.MAX_DETAIL + 1), TODAY)))
                .containsExactly("What the warning is about must be 2,000 characters or fewer");
    }

    @Test
    void shouldRefuseTheSameWarningTwiceWhileItIsInForce() {
        Warning w = new Warning(UUID.randomUUID(), org.hearth.journey.JourneyBuilder.CHILD_ID, "DO_NOT_DISCLOSE_ADDRESS",
                null, TODAY.minusDays(30), null);
        ChildJourney j = aChild().with(w).journey();
        assertThat(refusals(j, new Warnings.Add("DO_NOT_DISCLOSE_ADDRESS", null, TODAY)))
                .containsExactly("The record already has this warning: end it before adding it again");
        assertThat(Warnings.active(j, TODAY)).containsExactly(w);
    }

    @Test
    void shouldEndAWarningOnceNeverBeforeItStarted() {
        Warning w = new Warning(UUID.randomUUID(), org.hearth.journey.JourneyBuilder.CHILD_ID, "INTERPRETER", "Polish",
                TODAY.minusDays(30), null);
        ChildJourney j = aChild().with(w).journey();
        Warning ended = added(j, new Warnings.End(w.id(), TODAY));
        assertThat(ended.endDate()).isEqualTo(TODAY);
        assertThat(ended.id()).isEqualTo(w.id());
        assertThat(refusals(j, new Warnings.End(w.id(), TODAY.minusDays(31))))
                .containsExactly("The warning cannot end before it started on " + org.hearth.journey.Dates.uk(TODAY.minusDays(30)));
        assertThat(refusals(j, new Warnings.End(w.id(), TODAY.plusDays(1))))
                .containsExactly("The date the warning ended must be today or in the past");
        ChildJourney endedJourney = aChild().with(ended).journey();
        assertThat(refusals(endedJourney, new Warnings.End(w.id(), TODAY)).get(0)).startsWith("This warning was already ended");
        assertThat(refusals(j, new Warnings.End(UUID.randomUUID(), TODAY)))
                .containsExactly("This warning is not on the child's record");
        assertThat(Warnings.active(endedJourney, TODAY.plusDays(1))).isEmpty();
    }
}
