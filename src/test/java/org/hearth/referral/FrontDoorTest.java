package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;
import static org.hearth.referral.RecordContactTest.TODAY;
import static org.hearth.referral.RecordContactTest.WORKER;

import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** The front door: contacts waiting for a decision, the decision on them, re-referrals and possible duplicates. */
class FrontDoorTest {
    private static final Contact WAITING = new Contact(id(), CHILD_ID, day(2026, 3, 9), "2A", null, null,
            "School worried about bruising");

    private static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldRecordAContactWithNoDecisionYetForTheQueue() {
        ChildJourney j = aChild().journey();
        JourneyCommand.Decision d = new RecordContact(day(2026, 3, 9), "2A", "School worried", RecordContact.AWAITING,
                null, null, null).decide(j, WORKER);

        assertThat(d.refusals()).isEmpty();
        assertThat(d.changes()).extracting(c -> c.kind().name()).containsExactly("contacts");
        Contact c = (Contact) d.changes().get(0).record();
        assertThat(c.contactOutcome()).isNull();
        assertThat(c.decisionDate()).isNull();
        assertThat(Referrals.awaitingDecision(add(j, c))).hasSize(1);
    }

    @Test
    void shouldStillRefuseAWaitingContactWithNoReason() {
        assertThat(refusals(aChild().journey(), new RecordContact(day(2026, 3, 9), "2A", " ", RecordContact.AWAITING,
                null, null, null))).containsExactly("Enter the reason for the contact");
    }

    @Test
    void shouldDecideAWaitingContactAsAReferralFromTheContactsDateAndSource() {
        ChildJourney j = aChild().with(WAITING).journey();
        JourneyCommand.Decision d = new DecideContact(WAITING.id(), "REFERRAL", TODAY, "N1", false).decide(j, WORKER);

        assertThat(d.refusals()).isEmpty();
        Contact decided = (Contact) d.changes().get(0).record();
        assertThat(decided.id()).isEqualTo(WAITING.id());
        assertThat(decided.contactOutcome()).isEqualTo("REFERRAL");
        assertThat(decided.decisionDate()).isEqualTo(TODAY);
        Referral r = (Referral) d.changes().get(1).record();
        assertThat(r.referralDate()).isEqualTo(WAITING.contactDate());
        assertThat(r.referralSourceCode()).isEqualTo("2A");
        assertThat(r.contactId()).isEqualTo(WAITING.id());
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseDecidingAContactTwiceOrOneNotOnTheRecord() {
        Contact decided = new Contact(id(), CHILD_ID, day(2026, 3, 9), "2A", "NFA", day(2026, 3, 9), "x");
        assertThat(refusals(aChild().with(decided).journey(), new DecideContact(decided.id(), "REFERRAL", TODAY, "N1",
                false))).containsExactly("This contact was already decided on 9 March 2026. Record a new contact for "
                + "anything new");
        assertThat(refusals(aChild().journey(), new DecideContact(WAITING.id(), "NFA", TODAY, null, null)))
                .containsExactly("There is no such contact on this child's record");
    }

    @Test
    void shouldRefuseADecisionBeforeTheContactOrWithoutANeedOrWhileAnEpisodeIsOpen() {
        ChildJourney j = aChild().with(WAITING, referral(day(2026, 1, 5))).journey();

        assertThat(refusals(j, new DecideContact(WAITING.id(), "NFA", day(2026, 3, 8), null, null)))
                .containsExactly("The date of the decision must be on or after the contact on 9 March 2026");
        assertThat(refusals(j, new DecideContact(WAITING.id(), "REFERRAL", TODAY, null, null)))
                .contains("Select the child's primary need")
                .anyMatch(m -> m.startsWith("The child in need episode from the referral on 5 January 2026 is still open"));
        assertThat(refusals(j, new DecideContact(WAITING.id(), "MAYBE", TODAY, null, null)))
                .containsExactly("Select the decision on the contact");
    }

    @Test
    void shouldFlagAReferralWithinTwelveMonthsOfAnotherAsAReReferral() {
        Referral earlier = referral(day(2025, 6, 2), day(2025, 9, 1));
        Referral now = referral(day(2026, 3, 9));
        Referral yearsAgo = referral(day(2024, 1, 8), day(2024, 5, 1));

        assertThat(Referrals.isReReferral(aChild().with(earlier, now).journey(), now)).isTrue();
        assertThat(Referrals.isReReferral(aChild().with(yearsAgo, now).journey(), now)).isFalse();
        assertThat(Referrals.isReReferral(aChild().with(earlier).journey(), earlier)).as("a first referral").isFalse();
        assertThat(Referrals.reReferralOf(aChild().with(referral(day(2025, 3, 9), day(2025, 4, 1))).journey(),
                day(2026, 3, 9), null)).as("exactly twelve months before is within them").isPresent();
    }

    @Test
    void shouldWarnOfAnOpenOrRecentReferralAndOtherWaitingContactsWithoutMerging() {
        Referral open = referral(day(2026, 2, 2));
        Contact other = new Contact(id(), CHILD_ID, day(2026, 3, 10), "1A", null, null, "Neighbour");
        ChildJourney j = aChild().with(open, WAITING, other).journey();

        List<Referrals.Warning> found = Referrals.possibleDuplicates(j, TODAY, WAITING.id());
        assertThat(found).extracting(Referrals.Warning::kind).containsExactly("open-referral", "contact-awaiting");
        assertThat(found.get(0).recordId()).isEqualTo(open.id());
        assertThat(found.get(1).recordId()).isEqualTo(other.id());

        ChildJourney closedRecently = aChild().with(referral(day(2025, 11, 3), day(2026, 1, 5))).journey();
        assertThat(Referrals.possibleDuplicates(closedRecently, TODAY, null)).extracting(Referrals.Warning::text)
                .containsExactly("This child was referred on 3 November 2025 (closed 5 January 2026). A referral now "
                        + "would be a re-referral (within 12 months).");
        assertThat(Referrals.possibleDuplicates(aChild().journey(), TODAY, null)).isEmpty();
    }

    @Test
    void shouldShowTheQueuesClockInRedAmberAndGreen() {
        ChildJourney j = aChild().with(WAITING).journey();   // Monday 9 March: due Tuesday 10 March

        assertThat(FrontDoor.item(j, WAITING, day(2026, 3, 9)).rag()).isEqualTo(FrontDoor.Rag.GREEN);
        assertThat(FrontDoor.item(j, WAITING, day(2026, 3, 10)).rag()).isEqualTo(FrontDoor.Rag.AMBER);
        assertThat(FrontDoor.item(j, WAITING, day(2026, 3, 11)).rag()).isEqualTo(FrontDoor.Rag.RED);
        assertThat(FrontDoor.item(j, WAITING, day(2026, 3, 11)).source()).doesNotContain("2A");
    }
}
