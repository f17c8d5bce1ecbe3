package org.hearth.portal.space;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child tells their worker something, shares good news or asks for help ({@link ChildSaid#MESSAGE},
 * {@link ChildSaid#GOOD_NEWS}, {@link ChildSaid#HELP}): their words, required, 2,000 letters or fewer, text only.
 */
public record SendMessage(UUID self, String kind, String words, Instant at) implements JourneyCommand {
    static final String PART = ChildSpaceStage.SAID.name();
    public static final List<String> KINDS = List.of(ChildSaid.MESSAGE, ChildSaid.GOOD_NEWS, ChildSaid.HELP);

    @Override
    public List<String> parts() {
        return List.of(PART);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        Violation notTheirs = OwnSpace.notTheirs(j, c, self, PART);
        if (notTheirs != null) {
            return Decision.refused(notTheirs);
        }
        OwnSpace.requireTime(at);
        if (kind == null || !KINDS.contains(kind)) {
            return Decision.refused(new Violation("my-message-kind", null, PART, null, "kind",
                    "Choose whether this is a message, good news or asking for help"));
        }
        SayWhatIThink.Outcome out = SayWhatIThink.message(words, new HarmWords(List.of()));
        if (!out.ok()) {
            return Decision.refused(OwnSpace.refusals(PART, "my-message-words", out.problems()));
        }
        return Decision.of(JourneyChange.of(ChildSpaceStage.SAID, new ChildSaid(null, j.child().id(), kind, null, null,
                out.said().words(), null, c.actor().username(), at)));
    }
}
