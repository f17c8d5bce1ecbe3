package org.hearth.carers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Role;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A carer asks for a decision that is not theirs to take: only the child's carer now (linked to the placement today),
 * only for a decision the delegated authority does not give the carer, and what they ask in their own words. The
 * answer is due {@code answerWorkingDays} working days later (the DECISION_REQUEST timescale the caller passes).
 */
public record AskForDecision(String decision, String asked, Instant at, int answerWorkingDays)
        implements JourneyCommand {
    static final String KIND = CarersStage.DECISION_REQUESTS.name();
    public static final int MAX_ASKED = 2_000;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (context.actor().role() != Role.CARER
                || CarerRules.linkOf(j, context.actor().username(), context.today()).isEmpty()) {
            return Decision.refused(refusal("decision-request-carer", null,
                    "Only the child's carer asks for a decision, while the child is placed with them"));
        }
        List<Violation> out = new ArrayList<>();
        if (!CarersStage.inList(CarersStage.DECISION, decision, context.today())) {
            out.add(refusal("decision-request-decision", "decision", "Select what the decision is about"));
        } else if (CarerRules.carerDecides(j, decision)) {
            out.add(refusal("decision-request-yours", "decision", "You can decide about "
                    + CarersStage.inSentence(CarersStage.DECISION, decision)
                    + " yourself: your delegated authority says so"));
        }
        if (asked == null || asked.isBlank()) {
            out.add(refusal("decision-request-asked", "asked", "Say what you are asking for"));
        } else if (asked.length() > MAX_ASKED) {
            out.add(refusal("decision-request-asked", "asked", "Say what you are asking for in 2,000 characters or fewer"));
        }
        if (at == null || answerWorkingDays < 1) {
            throw new IllegalArgumentException("a request needs the time it is made and its answer time");
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(CarersStage.DECISION_REQUESTS, new DecisionRequest(null, j.child().id(),
                decision, asked.strip(), context.today(),
                CarerRules.answerDue(context.today(), answerWorkingDays, WorkingDayCalendar.england()),
                context.actor().username(), at)));
    }

    static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
