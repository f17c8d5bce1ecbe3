package org.hearth.returns;

import java.util.List;

/**
 * One (rule, flagged row) found by validating a return or the live record.
 *
 * @param childId  the child's id in the return (CHILD / LAchildID); null for return-level issues
 * @param table    the DfE table name, e.g. "Episodes", "Episodes_last", "ChildProtectionPlans"
 * @param row      0-based data row within that table (for CIN XML, the element's position among its kind)
 * @param ruleCode the DfE rule code, e.g. "103" or "8500"
 * @param fields   the fields the rule names
 * @param message  the rule's message, in the DfE's words
 */
public record ValidationIssue(String childId, String table, int row, String ruleCode, List<String> fields,
                              String message) {
    public ValidationIssue {
        fields = List.copyOf(fields);
    }
}
