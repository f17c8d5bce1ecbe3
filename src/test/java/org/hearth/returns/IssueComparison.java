package org.hearth.returns;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Two validations of "the same" return compared issue by issue, an issue being its rule code, child and table: the
 * return's files validated directly, and the return imported, exported and validated again.
 */
public record IssueComparison(Set<String> direct, Set<String> roundTrip) {

    public static IssueComparison of(List<ValidationIssue> direct, List<ValidationIssue> roundTrip) {
        return new IssueComparison(keys(direct), keys(roundTrip));
    }

    static Set<String> keys(List<ValidationIssue> issues) {
        return issues.stream().map(i -> i.ruleCode() + "|" + i.childId() + "|" + i.table())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<String> onlyDirect() {
        Set<String> out = new TreeSet<>(direct);
        out.removeAll(roundTrip);
        return out;
    }

    public Set<String> onlyRoundTrip() {
        Set<String> out = new TreeSet<>(roundTrip);
        out.removeAll(direct);
        return out;
    }

    public int same() {
        return direct.size() - onlyDirect().size();
    }

    public double shareFoundAgain() {
        return direct.isEmpty() ? 1.0 : (double) same() / direct.size();
    }

    /** The rule codes with an issue on one side only, less those whose difference is explained. */
    public Set<String> unexplainedRules(Set<String> explained) {
        Set<String> out = new TreeSet<>();
        onlyDirect().forEach(k -> out.add(k.split("\\|")[0]));
        onlyRoundTrip().forEach(k -> out.add(k.split("\\|")[0]));
        out.removeAll(explained);
        return out;
    }

    /** One line for the test log: the counts and the share found again. */
    public String summary() {
        return String.format("%d issues (rule, child, table) direct, %d after import and export, %d the same (%.2f%%)",
                direct.size(), roundTrip.size(), same(), 100 * shareFoundAgain());
    }
}
