package org.hearth.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A carer writes a daily log, or a significant event: the day (today or before, while the child was placed with
 * them), the child's mood (optional, from the list), what happened. Only the child's carer writes one.
 */
public record RecordCarerLog(LocalDate date, String mood, String whatHappened, boolean significant, Instant at)
        implements JourneyCommand {
    static final String KIND = CarersStage.CARER_LOGS.name();
    public static final int MAX_TEXT = 10_000;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (context.actor().role() != Role.CARER
                || CarerRules.linkOf(j, context.actor().username(), context.today()).isEmpty()) {
            return Decision.refused(refusal("carer-log-carer", null,
                    "Only the child's carer writes a carer's log, while the child is placed with them"));
        }
        List<Violation> out = new ArrayList<>();
        Optional<PlacementCarer> link = Optional.empty();
        if (date == null) {
            out.add(refusal("carer-log-date", "logDate", "Enter the date"));
        } else if (date.isAfter(context.today())) {
            out.add(refusal("not-in-future", "logDate", "The date must be today or in the past"));
        } else {
            link = CarerRules.linkOf(j, context.actor().username(), date);
            if (link.isEmpty()) {
                out.add(refusal("carer-log-placed", "logDate", "The date must be while the child was placed with you"));
            }
        }
        if (mood != null && !mood.isBlank() && !CarersStage.inList(CarersStage.MOOD, mood, context.today())) {
            out.add(refusal("carer-log-mood", "mood", "Select the child's mood from the list"));
        }
        if (whatHappened == null || whatHappened.isBlank()) {
            out.add(refusal("carer-log-text", "whatHappened", "Say what happened"));
        } else if (whatHappened.length() > MAX_TEXT) {
            out.add(refusal("carer-log-text", "whatHappened", "Say what happened in 10,000 characters or fewer"));
        }
        if (at == null) {
            throw new IllegalArgumentException("a log needs the time it is written");
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(CarersStage.CARER_LOGS, new CarerLog(null, j.child().id(), date,
                mood == null || mood.isBlank() ? null : mood, whatHappened.strip(), significant,
                context.actor().username(), link.get().carerKind(), at)));
    }

    static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
