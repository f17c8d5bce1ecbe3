package org.hearth.returns.cin;

import java.util.ArrayList;
import java.util.List;
import org.hearth.returns.RuleCatalogue;
import org.hearth.returns.ValidationIssue;
import org.hearth.returns.cin.CinCensus.Child;

/**
 * Collects one rule's issues, taking the fields and message from the rule's catalogue entry. A row is reported once
 * per rule however many ways it breaks it.
 */
public final class IssueSink {
    /** Row of an issue about the return as a whole rather than one row. */
    public static final int WHOLE_RETURN = -1;

    private final RuleCatalogue.Rule rule;
    private final List<ValidationIssue> issues = new ArrayList<>();
    // A row belongs to one child, so repeats are only looked for among the current child's issues.
    private Child current;
    private int currentFrom;

    IssueSink(RuleCatalogue.Rule rule) {
        this.rule = rule;
    }

    RuleCatalogue.Rule rule() {
        return rule;
    }

    /** The table the catalogue names for this rule. */
    CinTable table() {
        return CinTable.valueOf(rule.tables().get(0));
    }

    void flag(Child child, CinTable table, int row) {
        if (child != current || child == null) {
            current = child;
            currentFrom = issues.size();
        }
        String name = table.name();
        for (int i = currentFrom; i < issues.size(); i++) {
            ValidationIssue seen = issues.get(i);
            if (seen.row() == row && seen.table().equals(name)) {
                return;
            }
        }
        issues.add(new ValidationIssue(child == null ? null : child.laChildId, name, row, rule.code(), rule.fields(),
                rule.message()));
    }

    /** An issue about the whole return (an LA-level query), against the rule's catalogued table. */
    void flagReturn() {
        flag(null, table(), WHOLE_RETURN);
    }

    List<ValidationIssue> issues() {
        return issues;
    }
}
