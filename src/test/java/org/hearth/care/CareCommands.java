package org.hearth.care;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** Who runs the care commands in the unit tests, and what they are refused with. */
final class CareCommands {
    private CareCommands() {}

    static final LocalDate TODAY = JourneyBuilder.day(2026, 3, 10);

    static JourneyCommand.Context as(Role role) {
        return new JourneyCommand.Context(new Actor(role.name().toLowerCase() + ".test", "Test " + role, role, "T1"),
                TODAY);
    }

    static final JourneyCommand.Context WORKER = as(Role.SOCIAL_WORKER);
    static final JourneyCommand.Context IRO = as(Role.IRO);

    static List<String> refusals(ChildJourney j, JourneyCommand command, JourneyCommand.Context context) {
        return command.decide(j, context).refusals().stream().map(Violation::message).toList();
    }

    static List<String> refusals(ChildJourney j, JourneyCommand command) {
        return refusals(j, command, WORKER);
    }

    static final NewPlacement FOSTER = new NewPlacement("U6", "PR1", "ls1 4ap", null);
}
