package org.hearth.returns.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.IssueReport;

/**
 * What validating the live record found for one collection year, both returns.
 *
 * @param year        the collection year (named by the March it ends in)
 * @param cinRulesOf  the year whose CIN rules were used (the latest published, when the year's are not out yet)
 * @param issues      every issue, 903 first, each rule's rows together
 * @param notices     what was not checked and why (rules needing reference data Hearth does not hold)
 * @param children    the number of children's records read
 * @param millis      how long deriving and validating both returns took
 */
public record LiveReport(CollectionYear year, CollectionYear cinRulesOf, List<LiveIssue> issues, List<String> notices,
                         int children, long millis) {
    public LiveReport {
        issues = List.copyOf(issues);
        notices = List.copyOf(notices);
    }

    /** Flagged rows and children affected by one rule of one return. */
    public record RuleCount(ReturnKind kind, String code, String message, int rows, int children) {}

    /** Per-rule counts over the issues that pass the filter, 903 then CIN, rule codes in order. */
    public List<RuleCount> ruleCounts(Predicate<LiveIssue> filter) {
        record Key(ReturnKind kind, String code) {}
        Map<Key, List<LiveIssue>> byRule = new LinkedHashMap<>();
        for (LiveIssue i : issues) {
            if (filter.test(i)) {
                byRule.computeIfAbsent(new Key(i.kind(), i.ruleCode()), k -> new ArrayList<>()).add(i);
            }
        }
        List<RuleCount> out = new ArrayList<>();
        byRule.forEach((k, list) -> {
            Set<String> kids = new LinkedHashSet<>();
            list.forEach(i -> {
                if (i.laChildId() != null) {
                    kids.add(i.laChildId());
                }
            });
            out.add(new RuleCount(k.kind(), k.code(), list.get(0).message(), list.size(), kids.size()));
        });
        out.sort(Comparator.comparing(RuleCount::kind)
                .thenComparing(RuleCount::code, IssueReport.RULE_ORDER));
        return out;
    }

    /** The issues that pass the filter. */
    public List<LiveIssue> issues(Predicate<LiveIssue> filter) {
        return issues.stream().filter(filter).toList();
    }

    /** The catalogue message of a rule, if any issue carries it. */
    public Optional<String> message(ReturnKind kind, String code) {
        return issues.stream().filter(i -> i.kind() == kind && i.ruleCode().equals(code)).map(LiveIssue::message)
                .findFirst();
    }
}
