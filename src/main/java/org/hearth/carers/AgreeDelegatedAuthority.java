package org.hearth.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.care.CareRoles;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The social worker (or their manager) records the delegated authority agreed with the carer on a day: for every
 * everyday decision in the list, who takes it and why. Every decision must be answered, each with its reason; a
 * decision already recorded is changed in place, so there is one current entry per decision.
 */
public record AgreeDelegatedAuthority(LocalDate date, Map<String, Choice> choices) implements JourneyCommand {
    static final String KIND = CarersStage.DELEGATED_AUTHORITY.name();
    public static final int MAX_REASON = 1_000;

    /** Who takes one decision, and why. */
    public record Choice(String decidedBy, String reason) {}

    public AgreeDelegatedAuthority {
        choices = choices == null ? Map.of() : Map.copyOf(choices);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!CareRoles.changesCare(context.actor().role())) {
            return Decision.refused(new Violation("delegated-authority-role", null, KIND, null, null,
                    "Only the child's social worker or their team manager records the delegated authority"));
        }
        List<Violation> out = new ArrayList<>();
        if (date == null) {
            out.add(new Violation("delegated-authority-date", null, KIND, null, "agreedOn",
                    "Enter the date the delegated authority was agreed"));
        } else if (date.isAfter(context.today())) {
            out.add(new Violation("not-in-future", null, KIND, null, "agreedOn",
                    "The date it was agreed must be today or in the past"));
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        for (String decision : CarersStage.options(CarersStage.DECISION).keySet()) {
            Choice c = choices.get(decision);
            String label = CarersStage.inSentence(CarersStage.DECISION, decision);
            if (c == null || !CarersStage.inList(CarersStage.DECIDED_BY, c.decidedBy(), context.today())) {
                out.add(new Violation("delegated-authority-who", null, KIND, null, "decidedBy:" + decision,
                        "Say who decides about " + label));
                continue;
            }
            if (c.reason() == null || c.reason().isBlank()) {
                out.add(new Violation("delegated-authority-reason", null, KIND, null, "reason:" + decision,
                        "Give the reason for who decides about " + label));
                continue;
            }
            if (c.reason().length() > MAX_REASON) {
                out.add(new Violation("delegated-authority-reason", null, KIND, null, "reason:" + decision,
                        "Give the reason about " + label + " in 1,000 characters or fewer"));
                continue;
            }
            Optional<DelegatedAuthority> now = CarerRules.whoDecides(j, decision);
            String reason = c.reason().strip();
            if (now.isPresent() && now.get().decidedBy().equals(c.decidedBy()) && now.get().reason().equals(reason)
                    && date != null && !date.isAfter(now.get().agreedOn())) {
                continue; // unchanged, agreed no later: nothing to record
            }
            changes.add(JourneyChange.of(CarersStage.DELEGATED_AUTHORITY, new DelegatedAuthority(
                    now.map(DelegatedAuthority::id).orElse(null), j.child().id(), decision, c.decidedBy(), reason,
                    date, context.actor().username())));
        }
        for (String unknown : choices.keySet()) {
            if (!CarersStage.inList(CarersStage.DECISION, unknown, context.today())) {
                out.add(new Violation("delegated-authority-decision", null, KIND, null, "decision",
                        "Only the everyday decisions in the list can be delegated"));
                break;
            }
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        if (changes.isEmpty()) {
            return Decision.refused(new Violation("delegated-authority-unchanged", null, KIND, null, null,
                    "Nothing has changed: the delegated authority already says this"));
        }
        return Decision.of(changes);
    }
}
