package org.hearth.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class ContactFormTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    final ChildJourney child = aChild().journey();

    static final org.hearth.journey.JourneyCommand.Context WORKER = new org.hearth.journey.JourneyCommand.Context(
            new org.hearth.access.Actor("sw.test", "Sam Test", org.hearth.access.Role.SOCIAL_WORKER, "T1"), TODAY);

    /** What the command the form reads decides on the journey. */
    static java.util.List<org.hearth.journey.JourneyChange<?>> changes(ChildJourney j, ContactForm.Read read) {
        assertThat(read.errors().isEmpty()).as(read.errors().all().toString()).isTrue();
        var decision = read.command().decide(j, WORKER);
        assertThat(decision.refusals()).isEmpty();
        return decision.changes();
    }

    Map<String, String> form(String decision) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "contactDate", TODAY.minusDays(1));
        DateAnswer.fill(f, "decisionDate", TODAY);
        f.put("source", "2A");
        f.put("reason", "The school is worried: bruises seen in PE\nSecond line");
        f.put("decision", decision);
        return f;
    }

    @Test
    void shouldOpenAReferralFromTheContactsDateAndSourceWhenReferred() {
        Map<String, String> f = form("REFERRAL");
        f.put("primaryNeed", "N1");
        ContactForm.Read read = ContactForm.read(child, f, TODAY);

        assertThat(read.errors().isEmpty()).isTrue();
        assertThat(changes(child, read)).hasSize(2);
        Contact contact = (Contact) changes(child, read).get(0).record();
        assertThat(contact.contactOutcome()).isEqualTo("REFERRAL");
        assertThat(contact.contactReason()).startsWith("The school is worried");
        assertThat(contact.decisionDate()).isEqualTo(TODAY);
        Referral referral = (Referral) changes(child, read).get(1).record();
        assertThat(referral.referralDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(referral.referralSourceCode()).isEqualTo("2A");
        assertThat(referral.cinPrimaryNeedCode()).isEqualTo("N1");
        assertThat(referral.referralDecisionDate()).isEqualTo(TODAY);
        assertThat(referral.nfa()).isFalse();
    }

    @Test
    void shouldFlagTheReferralNfaWhenTicked() {
        Map<String, String> f = form("REFERRAL");
        f.put("primaryNeed", "N9");
        f.put("referralNfa", "yes");
        Referral referral = (Referral) changes(child, ContactForm.read(child, f, TODAY)).get(1).record();
        assertThat(referral.nfa()).isTrue();
    }

    @Test
    void shouldStartFamilyHelpFromTheDecisionUnlessItIsAlreadyOpen() {
        ContactForm.Read read = ContactForm.read(child, form("EARLY_HELP"), TODAY);
        assertThat(changes(child, read)).extracting(c -> c.kind().name()).containsExactly("contacts", "early-help");
        EarlyHelpEpisode eh = (EarlyHelpEpisode) changes(child, read).get(1).record();
        assertThat(eh.episodeStartDate()).isEqualTo(TODAY);
        assertThat(eh.episodeReason()).isEqualTo("The school is worried: bruises seen in PE");

        ChildJourney helped = aChild().with(new EarlyHelpEpisode(java.util.UUID.randomUUID(),
                child.child().id(), TODAY.minusMonths(2), null, "Parenting", null, null, null)).journey();
        assertThat(changes(helped, ContactForm.read(helped, form("EARLY_HELP"), TODAY)))
                .extracting(c -> c.kind().name()).containsExactly("contacts");
    }

    @Test
    void shouldRecordOnlyTheContactOnNoFurtherAction() {
        assertThat(changes(child, ContactForm.read(child, form("NFA"), TODAY)))
                .extracting(c -> c.kind().name()).containsExactly("contacts");
    }

    @Test
    void shouldRefuseAnEmptyFormNamingEveryQuestionInWords() {
        ContactForm.Read read = ContactForm.read(child, new HashMap<>(), TODAY);
        assertThat(read.command()).isNull();
        assertThat(read.errors().all()).containsExactly(
                "Enter the date of the contact as a real date, for example 27 3 2025",
                "Select who made the contact",
                "Enter the reason for the contact",
                "Select the decision on the contact",
                "Enter the date of the decision as a real date, for example 27 3 2025");
    }

    @Test
    void shouldRefuseADecisionBeforeTheContactAReferralWithoutANeedAndACodeNotInTheList() {
        Map<String, String> f = form("REFERRAL");
        DateAnswer.fill(f, "decisionDate", TODAY.minusDays(3));
        f.put("source", "99");
        ContactForm.Read read = ContactForm.read(child, f, TODAY);
        assertThat(read.command()).isNull();
        assertThat(read.errors().all()).contains(
                "Select who made the contact from those used on 9 March 2026",
                "The date of the decision must be on or after the contact on 9 March 2026",
                "Select the child's primary need");
    }

    @Test
    void shouldRefuseAContactInTheFuture() {
        Map<String, String> f = form("NFA");
        DateAnswer.fill(f, "contactDate", TODAY.plusDays(1));
        assertThat(ContactForm.read(child, f, TODAY).errors().all())
                .contains("The date of the contact must be today or in the past");
    }

    @Test
    void shouldShowARefusalByAJourneyRuleAtItsQuestion() {
        assertThat(ContactForm.question("referralDate")).isEqualTo("contactDate");
        assertThat(ContactForm.question("cinPrimaryNeedCode")).isEqualTo("primaryNeed");
        assertThat(ContactForm.question("endDate")).isNull();
    }
}
