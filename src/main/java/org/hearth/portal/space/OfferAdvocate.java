package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The child's worker offers them an advocate; the child answers in their own space. Never the child themself. */
public record OfferAdvocate(Instant at) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.ADVOCACY.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!c.actor().role().practitioner()) {
            return Decision.refused(new Violation("advocacy-offer-worker", null, KIND, null, null,
                    "Only the child's worker offers an advocate"));
        }
        OwnSpace.requireTime(at);
        return Decision.of(JourneyChange.of(ChildSpaceStage.ADVOCACY, new ChildAdvocacy(null, j.child().id(), false,
                c.actor().username(), at, null, null, null, null)));
    }
}
