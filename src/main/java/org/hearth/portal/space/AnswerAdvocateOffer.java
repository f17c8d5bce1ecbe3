package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The child answers their worker's offer of an advocate: yes, no or not sure; only an offer on their own record. */
public record AnswerAdvocateOffer(UUID self, UUID offerId, String answer, Instant at) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.ADVOCACY.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        Violation notTheirs = OwnSpace.notTheirs(j, c, self, KIND);
        if (notTheirs != null) {
            return Decision.refused(notTheirs);
        }
        OwnSpace.requireTime(at);
        ChildAdvocacy offer = offerId == null ? null : j.find(ChildSpaceStage.ADVOCACY, offerId)
                .filter(a -> !a.byChild()).orElse(null);
        if (offer == null) {
            return Decision.refused(new Violation("advocacy-offer", null, KIND, null, "offerId",
                    "That offer of an advocate is not yours"));
        }
        if (answer == null || !ChildAdvocacy.ANSWERS.contains(answer)) {
            return Decision.refused(new Violation("advocacy-answer", null, KIND, null, "answer", "Choose an answer"));
        }
        return Decision.of(JourneyChange.of(ChildSpaceStage.ADVOCACY, new ChildAdvocacy(offer.id(), offer.personId(),
                false, offer.recordedBy(), offer.recordedAt(), answer, at, offer.advocateName(),
                offer.advocateContact())));
    }
}
