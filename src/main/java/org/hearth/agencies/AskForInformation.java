package org.hearth.agencies;

import static org.hearth.agencies.Involvements.clean;
import static org.hearth.agencies.Involvements.refusal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.referral.Contact;
import org.hearth.referral.ReferralStage;
import org.hearth.journey.Violation;

/**
 * The front door asks an organisation a question about the child of a contact waiting for a decision, to be answered
 * within 4 or 24 hours (from {@code at}, when it was asked). {@code organisation} is null when the id asked for is not
 * an organisation Hearth knows. The organisation sees only who the child is and the question.
 */
public record AskForInformation(UUID contactId, Organisations.Org organisation, String organisationAsked,
                                String question, Integer hours, Instant at) implements JourneyCommand {
    static final String KIND = AgenciesStage.INFORMATION_REQUESTS.name();
    public static final int QUESTION_MAX = 2_000;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> refusals = new ArrayList<>();
        Contact contact = contactId == null ? null : j.find(ReferralStage.CONTACTS, contactId).orElse(null);
        if (contact == null) {
            return Decision.refused(refusal(KIND, "contactId", "There is no such contact on this child's record"));
        }
        if (contact.contactOutcome() != null) {
            refusals.add(refusal(KIND, "contactId", "The contact was already decided: ask for information before the "
                    + "decision, or record a new contact"));
        }
        if (organisation == null) {
            refusals.add(refusal(KIND, "organisationId", clean(organisationAsked) == null ? "Select the organisation to ask"
                    : "There is no organisation with that id in Hearth: select one from the list"));
        }
        String q = clean(question);
        if (q == null) {
            refusals.add(refusal(KIND, "question", "Enter the question for the organisation"));
        } else if (q.length() > QUESTION_MAX) {
            refusals.add(refusal(KIND, "question", "The question must be " + QUESTION_MAX + " characters or fewer"));
        }
        if (hours == null || (hours != 4 && hours != 24)) {
            refusals.add(refusal(KIND, "hours", "Select when the answer is needed: within 4 hours or within 24 hours"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        Instant asked = at == null ? Instant.now() : at;
        return Decision.of(JourneyChange.of(AgenciesStage.INFORMATION_REQUESTS, new InformationRequest(null,
                j.child().id(), contactId, organisation.id(), organisation.name(), q, hours,
                context.actor().username(), asked, asked.plusSeconds(hours * 3600L), null, null, null)));
    }

    static String uk(Instant at) {
        return Dates.uk(at.atZone(InformationRequest.LONDON).toLocalDate());
    }
}
