package org.hearth.agencies;

import static org.hearth.agencies.Involvements.clean;
import static org.hearth.agencies.Involvements.refusal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;

/**
 * The organisation asked answers a request for information: the answer lands on the child's record with its source
 * (the organisation, who answered, when). Only the organisation asked answers ({@code actingOrganisation}: the
 * answering user's organisation), and only once.
 */
public record AnswerInformationRequest(UUID requestId, String answer, String actingOrganisation, Instant at)
        implements JourneyCommand {
    static final String KIND = AgenciesStage.INFORMATION_REQUESTS.name();
    public static final int ANSWER_MAX = 8_000;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        InformationRequest r = requestId == null ? null
                : j.find(AgenciesStage.INFORMATION_REQUESTS, requestId).orElse(null);
        if (r == null) {
            return Decision.refused(refusal(KIND, "id", "There is no such request for information"));
        }
        if (actingOrganisation == null || !actingOrganisation.equals(r.organisationId())) {
            return Decision.refused(refusal(KIND, "organisationId", "This request was sent to another organisation: "
                    + "only " + r.organisationName() + " can answer it"));
        }
        if (r.answered()) {
            return Decision.refused(refusal(KIND, "answer", "This request was already answered on "
                    + AskForInformation.uk(r.answeredAt()) + ". Tell the front door anything new directly"));
        }
        String a = clean(answer);
        if (a == null) {
            return Decision.refused(refusal(KIND, "answer", "Enter your answer"));
        }
        if (a.length() > ANSWER_MAX) {
            return Decision.refused(refusal(KIND, "answer", "The answer must be " + ANSWER_MAX + " characters or fewer"));
        }
        Instant when = at == null ? Instant.now() : at;
        return Decision.of(JourneyChange.of(AgenciesStage.INFORMATION_REQUESTS, new InformationRequest(r.id(),
                r.personId(), r.contactId(), r.organisationId(), r.organisationName(), r.question(), r.hours(),
                r.askedBy(), r.askedAt(), r.dueAt(), a, context.actor().displayName(), when)));
    }
}
