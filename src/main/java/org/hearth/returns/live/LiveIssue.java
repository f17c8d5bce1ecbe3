package org.hearth.returns.live;

import java.util.Map;
import java.util.UUID;
import org.hearth.returns.ValidationIssue;

/**
 * One DfE rule broken by the live record, traced back to the child and to the page where it is fixed.
 *
 * @param kind        the return (903 or CIN census)
 * @param issue       the rule and flagged row, as {@code issues.csv} would give it
 * @param personId    the child's Hearth id; null for an issue about the return as a whole
 * @param childName   the child's name as Hearth shows it; null when there is no child
 * @param values      the values of the rule's fields in the flagged row (blank as ""), in the rule's order
 * @param fix         where the error is fixed; null for a return-level issue
 */
public record LiveIssue(ReturnKind kind, ValidationIssue issue, UUID personId, String childName,
                        Map<String, String> values, FixScreen fix) {

    public String ruleCode() {
        return issue.ruleCode();
    }

    public String message() {
        return issue.message();
    }

    /** The LA's child id as the return gives it (CHILD, LAchildID). */
    public String laChildId() {
        return issue.childId();
    }

    /** The table as the DfE names it, e.g. "Episodes", "CINdetails"; "Episodes_last" is last year's 903. */
    public String table() {
        return issue.table();
    }
}
