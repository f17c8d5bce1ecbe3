package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.earlyHelp;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** The contact command as the API runs it: the answers arrive unchecked, so the command checks every one. */
class RecordContactTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);

    static RecordContact contact(String decision, String need) {
        return new RecordContact(day(2026, 3, 9), "2A", "School worried\nmore", decision, TODAY, need, null);
    }

    static List<String> refusals(ChildJourney j, RecordContact c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldOpenTheReferralFromTheContactAndPassTheJourneyRules() {
        ChildJourney j = aChild().journey();
        JourneyCommand.Decision d = contact("REFERRAL", "N1").decide(j, WORKER);
        assertThat(d.changes()).extracting(c -> c.kind().name()).containsExactly("contacts", "referrals");
        Referral r = (Referral) d.changes().get(1).record();
        assertThat(r.referralDate()).isEqualTo(day(2026, 3, 9));
        assertThat(r.referralSourceCode()).isEqualTo("2A");
        assertThat(r.nfa()).isFalse();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAReferralWhileAChildInNeedEpisodeIsOpen() {
        ChildJourney j = aChild().with(referral(day(2026, 1, 5))).journey();
        assertThat(contact("REFERRAL", "N1").decide(j, WORKER).refusals()).extracting(Violation::dfeCode, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8815", "The child in need episode from the referral "
                        + "on 5 January 2026 is still open. Record the contact with another decision, or close that episode first"));
        assertThat(refusals(j, contact("NFA", null))).isEmpty();
    }

    @Test
    void shouldStartFamilyHelpOnlyWhenNoneIsOpen() {
        JourneyCommand.Decision d = contact("EARLY_HELP", null).decide(aChild().journey(), WORKER);
        EarlyHelpEpisode e = (EarlyHelpEpisode) d.changes().get(1).record();
        assertThat(e.episodeStartDate()).isEqualTo(TODAY);
        assertThat(e.episodeReason()).isEqualTo("School worried");
        assertThat(contact("EARLY_HELP", null).decide(aChild().with(earlyHelp(day(2026, 1, 1), null)).journey(), WORKER)
                .changes()).extracting(c -> c.kind().name()).containsExactly("contacts");
    }

    @Test
    void shouldRefuseEveryMissingAnswerInWords() {
        assertThat(refusals(aChild().journey(), new RecordContact(null, null, " ", null, null, null, null)))
                .containsExactly("Enter the date of the contact", "Select who made the contact",
                        "Enter the reason for the contact", "Select the decision on the contact",
                        "Enter the date of the decision");
    }

    @Test
    void shouldRefuseFutureDatesADecisionBeforeTheContactAndCodesNotInTheList() {
        assertThat(refusals(aChild().journey(), new RecordContact(TODAY.plusDays(1), "2A", "x", "NFA", TODAY.plusDays(1),
                null, null))).containsExactly("The date of the contact must be today or in the past",
                "The date of the decision must be today or in the past");
        assertThat(refusals(aChild().journey(), new RecordContact(day(2026, 3, 9), "99", "x", "MAYBE", day(2026, 3, 8),
                null, null))).containsExactly("Select who made the contact from those used on 9 March 2026",
                "Select the decision on the contact",
                "The date of the decision must be on or after the contact on 9 March 2026");
        assertThat(refusals(aChild().journey(), contact("REFERRAL", null))).containsExactly("Select the child's primary need");
        assertThat(refusals(aChild().journey(), contact("REFERRAL", "N99")))
                .containsExactly("Select the child's primary need from those used on 9 March 2026");
        assertThat(refusals(aChild().journey(), new RecordContact(day(2026, 3, 9), "2A", "x".repeat(2_001), "NFA",
                TODAY, null, null))).containsExactly("The reason for the contact must be 2000 characters or fewer");
    }
}
