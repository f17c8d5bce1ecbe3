package org.hearth.carers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.care.CareRoles;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The social worker (or their manager) answers a carer's request: agreed or refused, always with the reason. */
public record AnswerDecisionRequest(UUID requestId, String answer, String reason, Instant at) implements JourneyCommand {
    static final String KIND = CarersStage.DECISION_ANSWERS.name();
    public static final int MAX_REASON = 2_000;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!CareRoles.changesCare(context.actor().role())) {
            return Decision.refused(refusal("decision-answer-role", null,
                    "Only the child's social worker or their team manager answers a carer's request"));
        }
        if (requestId == null || j.find(CarersStage.DECISION_REQUESTS, requestId).isEmpty()) {
            return Decision.refused(refusal("decision-answer-request", "requestId", "Choose a request on this child's record"));
        }
        if (CarerRules.answerTo(j, requestId).isPresent()) {
            return Decision.refused(refusal("decision-answer-once", "requestId", "This request has already been answered"));
        }
        List<Violation> out = new ArrayList<>();
        if (!DecisionAnswer.AGREED.equals(answer) && !DecisionAnswer.REFUSED.equals(answer)) {
            out.add(refusal("decision-answer-answer", "answer", "Say whether you agree"));
        }
        if (reason == null || reason.isBlank()) {
            out.add(refusal("decision-answer-reason", "reason", "Give the reason for your answer"));
        } else if (reason.length() > MAX_REASON) {
            out.add(refusal("decision-answer-reason", "reason", "Give the reason in 2,000 characters or fewer"));
        }
        if (at == null) {
            throw new IllegalArgumentException("an answer needs the time it is given");
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(CarersStage.DECISION_ANSWERS, new DecisionAnswer(null, j.child().id(),
                requestId, answer, reason.strip(), context.today(), context.actor().username(), at)));
    }

    static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
