package org.hearth.journey;

import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.child.PersonRules;

/**
 * Every invariant of a child's journey. A write is refused when it adds a violation the record did not already
 * have: history imported from another system may break a rule, and must not block recording today's work.
 */
public final class JourneyRules {
    private final List<JourneyRule> rules;

    public JourneyRules(List<JourneyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules every record keeps (the child's identity, dates, code lists) and each stage's own. */
    public static JourneyRules of(List<Stage> stages) {
        List<JourneyRule> all = new ArrayList<>(List.of(PersonRules::check, CommonRules::check, CodeRules::check));
        stages.forEach(s -> all.addAll(s.rules()));
        return new JourneyRules(all);
    }

    public List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (JourneyRule rule : rules) {
            out.addAll(rule.check(journey));
        }
        return out;
    }

    /** The violations that {@code after} has and {@code before} had not. */
    public List<Violation> introducedBy(ChildJourney before, ChildJourney after) {
        List<Violation> existing = before == null ? List.of() : check(before);
        return check(after).stream()
                .filter(v -> existing.stream().noneMatch(v::sameProblemAs))
                .toList();
    }
}
