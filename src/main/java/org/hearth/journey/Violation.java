package org.hearth.journey;

import java.util.UUID;

/**
 * A broken journey rule, in the user's words.
 *
 * @param rule     Hearth's name for the rule, e.g. "cp-plan-starts-at-icpc"
 * @param dfeCode  the DfE validation rule code where the same rule exists in a return's catalogue, else null
 * @param kind     the kind of record at fault (an {@link EpisodeKind} name, or "person")
 * @param recordId the record at fault, when there is one
 * @param field    the field at fault (the record component name), when there is one
 * @param message  what is wrong, for a practitioner
 */
public record Violation(String rule, String dfeCode, String kind, UUID recordId, String field, String message) {

    /** Two violations are the same problem when rule, record and field agree (messages may quote changed dates). */
    public boolean sameProblemAs(Violation other) {
        return rule.equals(other.rule) && java.util.Objects.equals(recordId, other.recordId)
                && java.util.Objects.equals(field, other.field) && java.util.Objects.equals(kind, other.kind);
    }
}
