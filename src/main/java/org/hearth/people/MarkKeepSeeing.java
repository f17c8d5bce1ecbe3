package org.hearth.people;

import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child says they want to keep seeing a person who matters to them (or no longer says so): a tie that a proposed
 * placement move is checked against before it is confirmed.
 */
public record MarkKeepSeeing(UUID personWhoMattersId, boolean keep) implements JourneyCommand {
    static final String KIND = PeopleStage.PEOPLE_WHO_MATTER.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        return j.find(PeopleStage.PEOPLE_WHO_MATTER, personWhoMattersId)
                .map(p -> Decision.of(JourneyChange.of(PeopleStage.PEOPLE_WHO_MATTER, p.keepingSeeing(keep))))
                .orElseGet(() -> Decision.refused(new Violation("person-who-matters-known", null, KIND, null, null,
                        "That person is not one of the people who matter on this child's record")));
    }
}
