package org.hearth.returns.cin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final Set<Long> seen = new HashSet<>();

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
        if (seen.add(((long) table.ordinal() << 32) | (row & 0xffffffffL))) {
            issues.add(new ValidationIssue(child == null ? null : child.laChildId, table.name(), row, rule.code(),
                    rule.fields(), rule.message()));
        }
    }

    /** An issue about the whole return (an LA-level query), against the rule's catalogued table. */
    void flagReturn() {
        flag(null, table(), WHOLE_RETURN);
    }

    List<ValidationIssue> issues() {
        return issues;
    }
}
