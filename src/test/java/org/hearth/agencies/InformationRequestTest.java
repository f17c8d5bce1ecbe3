package org.hearth.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Contact;
import org.junit.jupiter.api.Test;

/** MASH requests for information: asking, the clock's RAG, and answering only by the organisation asked, once. */
class InformationRequestTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Instant ASKED = Instant.parse("2026-03-10T09:00:00Z");
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    static final JourneyCommand.Context HEALTH_USER = new JourneyCommand.Context(
            new Actor("health.test", "Dr Health", Role.HEALTH_PARTNER, null), TODAY);
    static final Organisations.Org TRUST = new Organisations.Org("RXX01", "Example Valley Hospitals", "NHS_TRUST", "NHS trust");
    static final Contact WAITING = new Contact(id(), CHILD_ID, day(2026, 3, 10), "2A", null, null, "Bruising");
    static final Contact DECIDED = new Contact(id(), CHILD_ID, day(2026, 3, 9), "2A", "NFA", day(2026, 3, 9), "Old");

    static List<String> refusals(ChildJourney j, JourneyCommand c, JourneyCommand.Context who) {
        return c.decide(j, who).refusals().stream().map(Violation::message).toList();
    }

    static InformationRequest asked(int hours) {
        return new InformationRequest(id(), CHILD_ID, WAITING.id(), "RXX01", "Example Valley Hospitals",
                "Is the child known to A&E?", hours, "sw.test", ASKED, ASKED.plus(Duration.ofHours(hours)), null, null,
                null);
    }

    @Test
    void shouldAskAnOrganisationWithADueTimeFourOrTwentyFourHoursOn() {
        JourneyCommand.Decision d = new AskForInformation(WAITING.id(), TRUST, "RXX01", "Known to A&E?", 4, ASKED)
                .decide(aChild().with(WAITING).journey(), WORKER);

        assertThat(d.refusals()).isEmpty();
        InformationRequest r = (InformationRequest) d.changes().get(0).record();
        assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
        assertThat(r.askedBy()).isEqualTo("sw.test");
        assertThat(r.answered()).isFalse();
        assertThat(r.summary()).isEqualTo("Information asked of Example Valley Hospitals (due in 4 hours)");
    }

    @Test
    void shouldRefuseAnUnknownOrganisationAnOddDueTimeAndADecidedContact() {
        assertThat(refusals(aChild().with(WAITING).journey(), new AskForInformation(WAITING.id(), null, "NOPE", " ", 5,
                ASKED), WORKER)).containsExactly(
                "There is no organisation with that id in Hearth: select one from the list",
                "Enter the question for the organisation",
                "Select when the answer is needed: within 4 hours or within 24 hours");
        assertThat(refusals(aChild().with(DECIDED).journey(), new AskForInformation(DECIDED.id(), TRUST, "RXX01", "Q?",
                24, ASKED), WORKER)).containsExactly("The contact was already decided: ask for information before the "
                + "decision, or record a new contact");
        assertThat(refusals(aChild().journey(), new AskForInformation(id(), TRUST, "RXX01", "Q?", 24, ASKED), WORKER))
                .containsExactly("There is no such contact on this child's record");
    }

    @Test
    void shouldRateTheClockGreenThenAmberInItsLastQuarterThenRed() {
        InformationRequest r = asked(4);
        assertThat(r.rag(ASKED.plus(Duration.ofMinutes(10)))).isEqualTo(InformationRequest.Rag.GREEN);
        assertThat(r.rag(ASKED.plus(Duration.ofMinutes(179)))).isEqualTo(InformationRequest.Rag.GREEN);
        assertThat(r.rag(ASKED.plus(Duration.ofMinutes(181)))).isEqualTo(InformationRequest.Rag.AMBER);
        assertThat(r.rag(ASKED.plus(Duration.ofMinutes(240)))).isEqualTo(InformationRequest.Rag.AMBER);
        assertThat(r.rag(ASKED.plus(Duration.ofMinutes(241)))).isEqualTo(InformationRequest.Rag.RED);
        InformationRequest day = asked(24);
        assertThat(day.rag(ASKED.plus(Duration.ofHours(17)))).isEqualTo(InformationRequest.Rag.GREEN);
        assertThat(day.rag(ASKED.plus(Duration.ofHours(19)))).isEqualTo(InformationRequest.Rag.AMBER);
    }

    @Test
    void shouldStopTheClockWhereItStoodWhenAnswered() {
        ChildJourney j = aChild().with(WAITING, asked(4)).journey();
        InformationRequest r = j.all(AgenciesStage.INFORMATION_REQUESTS).get(0);
        JourneyCommand.Decision d = new AnswerInformationRequest(r.id(), "Seen at A&E on 2 March with a bruised arm",
                "RXX01", ASKED.plus(Duration.ofHours(1))).decide(j, HEALTH_USER);

        assertThat(d.refusals()).isEmpty();
        InformationRequest answered = (InformationRequest) d.changes().get(0).record();
        assertThat(answered.answeredBy()).isEqualTo("Dr Health");
        assertThat(answered.rag(ASKED.plus(Duration.ofDays(2)))).isEqualTo(InformationRequest.Rag.GREEN);
        assertThat(answered.summary()).isEqualTo("Information from Example Valley Hospitals: Seen at A&E on 2 March "
                + "with a bruised arm");
        assertThat(answered.endDate()).isEqualTo(TODAY);
    }

    @Test
    void shouldRefuseAnAnswerFromAnotherOrganisationOrASecondAnswer() {
        InformationRequest open = asked(24);
        ChildJourney j = aChild().with(WAITING, open).journey();
        assertThat(refusals(j, new AnswerInformationRequest(open.id(), "Known", "DEMO-POLICE", ASKED), HEALTH_USER))
                .containsExactly("This request was sent to another organisation: only Example Valley Hospitals can answer it");
        assertThat(refusals(j, new AnswerInformationRequest(open.id(), "Known", null, ASKED), WORKER))
                .containsExactly("This request was sent to another organisation: only Example Valley Hospitals can answer it");
        assertThat(refusals(j, new AnswerInformationRequest(open.id(), "  ", "RXX01", ASKED), HEALTH_USER))
                .containsExactly("Enter your answer");

        InformationRequest done = new InformationRequest(open.id(), CHILD_ID, WAITING.id(), "RXX01",
                "Example Valley Hospitals", "Q", 24, "sw.test", ASKED, open.dueAt(), "Known", "Dr Health", ASKED);
        assertThat(refusals(aChild().with(WAITING, done).journey(), new AnswerInformationRequest(open.id(), "More",
                "RXX01", ASKED), HEALTH_USER)).containsExactly("This request was already answered on 10 March 2026. "
                + "Tell the front door anything new directly");
    }
}
