package org.hearth.returns.ssda903;

import java.util.Set;

/** One DfE 903 validation rule. Its message and fields come from the year's catalogue, not from the rule. */
public interface Ssda903Rule {
    String code();

    /** Tables without which the rule cannot say anything; the rule is not run when one is absent. */
    default Set<String> needs() {
        return Set.of();
    }

    void check(Ssda903Context ctx, IssueSink sink);
}
