package org.hearth.returns.ssda903;

import java.util.List;
import org.hearth.returns.ValidationIssue;

/**
 * What a validation run produced: the issues, the catalogued rules not run (and why) and notices about the input.
 */
public record Ssda903Result(List<ValidationIssue> issues, List<String> rulesRun, List<SkippedRule> skipped,
                            List<String> notices) {
    public Ssda903Result {
        issues = List.copyOf(issues);
        rulesRun = List.copyOf(rulesRun);
        skipped = List.copyOf(skipped);
        notices = List.copyOf(notices);
    }
}
