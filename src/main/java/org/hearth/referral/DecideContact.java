package org.hearth.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The front door's decision on a contact that was waiting for one: no further action, family help, or a referral to
 * children's social care (which opens the CIN episode from the contact's date and source, as {@link RecordContact}
 * does). Refused for a contact already decided (a decision is not overwritten: a second look is a new contact) and
 * for a referral while another CIN episode is open.
 */
public record DecideContact(UUID contactId, String decision, LocalDate decisionDate, String primaryNeed,
                            Boolean referralNfa, String familyHelp, String reasons) implements JourneyCommand {
    /** The most words a decision's reasons take. */
    public static final int REASONS_MAX = 2_000;

    /** A decision with no reasons written for it. */
    public DecideContact(UUID contactId, String decision, LocalDate decisionDate, String primaryNeed,
                         Boolean referralNfa, String familyHelp) {
        this(contactId, decision, decisionDate, primaryNeed, referralNfa, familyHelp, null);
    }

    /** A decision with no family help open: nothing to choose about family help. */
    public DecideContact(UUID contactId, String decision, LocalDate decisionDate, String primaryNeed, Boolean referralNfa) {
        this(contactId, decision, decisionDate, primaryNeed, referralNfa, null);
    }

    private static final String CONTACTS = ReferralStage.CONTACTS.name();

    @Override
    public List<String> parts() {
        return List.of(CONTACTS, ReferralStage.REFERRALS.name(), EarlyHelpStage.EARLY_HELP.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Contact contact = contactId == null ? null : j.find(ReferralStage.CONTACTS, contactId).orElse(null);
        if (contact == null) {
            return Decision.refused(new Violation("contact-decision", null, CONTACTS, contactId, "contactOutcome",
                    "There is no such contact on this child's record"));
        }
        if (contact.contactOutcome() != null) {
            return Decision.refused(new Violation("contact-decision", null, CONTACTS, contactId, "contactOutcome",
                    "This contact was already decided on " + (contact.decisionDate() == null ? "an earlier day"
                    : Dates.uk(contact.decisionDate())) + ". Record a new contact for anything new"));
        }
        String decided = decision == null || decision.isBlank() ? null : decision.strip();
        LocalDate today = context.today();
        LocalDate listDate = contact.contactDate().isAfter(today) ? today : contact.contactDate();
        List<Violation> refusals = new ArrayList<>();
        RecordContact.decisionRefusals(j, decided, decisionDate, contact.contactDate(), primaryNeed, familyHelp,
                listDate, today, refusals);
        String why = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (why != null && why.length() > REASONS_MAX) {
            refusals.add(new Violation("contact-decision", null, CONTACTS, contactId, "decisionReasons",
                    "The reasons for the decision must be " + REASONS_MAX + " characters or fewer"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ReferralStage.CONTACTS, new Contact(contact.id(), contact.personId(),
                contact.contactDate(), contact.contactSourceCode(), decided, decisionDate, contact.contactReason(), why)));
        String need = primaryNeed == null || primaryNeed.isBlank() ? null : primaryNeed.strip();
        changes.addAll(RecordContact.consequences(j, contact.id(), contact.contactDate(), contact.contactSourceCode(),
                decided, decisionDate, need, referralNfa, familyHelp,
                contact.contactReason() == null ? "Contact" : contact.contactReason()));
        return Decision.of(changes);
    }

}
