package org.hearth.journey;

import java.util.ArrayList;
import java.util.List;
import org.hearth.assessment.AssessmentRules;
import org.hearth.care.CareRules;
import org.hearth.people.PersonRules;
import org.hearth.protection.ProtectionRules;
import org.hearth.referral.ReferralRules;

/**
 * Every invariant of a child's journey. A write is refused when it adds a violation the record did not already
 * have: history imported from another system may break a rule, and must not block recording today's work.
 */
public final class JourneyRules {
    private final List<JourneyRule> rules;

    public JourneyRules(List<JourneyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static JourneyRules standard() {
        return new JourneyRules(List.of(PersonRules::check, CommonRules::check, CodeRules::check, ReferralRules::check,
                AssessmentRules::check, ProtectionRules::check, CareRules::check, OtherRules::check));
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
