package org.hearth.returns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes what a validation found: {@code issues.csv} (one line per rule and flagged row, the header
 * {@code child_id,table,row,rule_code,fields,message}), {@code rule-summary.csv} (per-rule counts) and a short
 * printed report.
 */
public final class IssueReport {
    public static final String ISSUES_HEADER = "child_id,table,row,rule_code,fields,message";

    private final List<ValidationIssue> issues;

    public IssueReport(List<ValidationIssue> issues) {
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    /** Number of flagged rows per rule code, codes in natural order. */
    public Map<String, Long> countsByRule() {
        return issues.stream().collect(Collectors.groupingBy(ValidationIssue::ruleCode,
                () -> new TreeMap<>(RULE_ORDER), Collectors.counting()));
    }

    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve("issues.csv"), StandardCharsets.UTF_8)) {
            out.write(ISSUES_HEADER);
            out.write('\n');
            for (ValidationIssue i : issues) {
                out.write(csv(i.childId() == null ? "" : i.childId()));
                out.write(',');
                out.write(csv(i.table()));
                out.write(',');
                // An issue about the whole return (2886Q: too many children with no sex recorded) has no row.
                out.write(i.row() < 0 ? "" : Integer.toString(i.row()));
                out.write(',');
                out.write(csv(i.ruleCode()));
                out.write(',');
                out.write(csv(String.join(";", i.fields())));
                out.write(',');
                out.write(csv(i.message()));
                out.write('\n');
            }
        }
        Map<String, String> messages = issues.stream()
                .collect(Collectors.toMap(ValidationIssue::ruleCode, ValidationIssue::message, (a, b) -> a));
        try (Writer out = Files.newBufferedWriter(dir.resolve("rule-summary.csv"), StandardCharsets.UTF_8)) {
            out.write("rule_code,rows_flagged,children_affected,message\n");
            Map<String, Long> children = issues.stream().filter(i -> i.childId() != null)
                    .collect(Collectors.groupingBy(ValidationIssue::ruleCode,
                            Collectors.collectingAndThen(Collectors.mapping(ValidationIssue::childId,
                                    Collectors.toSet()), s -> (long) s.size())));
            for (Map.Entry<String, Long> e : countsByRule().entrySet()) {
                out.write(csv(e.getKey()) + "," + e.getValue() + "," + children.getOrDefault(e.getKey(), 0L) + ","
                        + csv(messages.get(e.getKey())) + "\n");
            }
        }
    }

    /** A short human report: totals and the most frequent rules. */
    public void print(PrintStream out, int topRules) {
        long children = issues.stream().map(ValidationIssue::childId).filter(c -> c != null).distinct().count();
        out.printf("%d issues on %d children, %d rules flagged%n", issues.size(), children, countsByRule().size());
        countsByRule().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(topRules)
                .forEach(e -> out.printf("  %-8s %6d  %s%n", e.getKey(), e.getValue(), abbreviate(
                        issues.stream().filter(i -> i.ruleCode().equals(e.getKey())).findFirst()
                                .map(ValidationIssue::message).orElse(""))));
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }

    static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Orders rule codes numerically where they are numbers ("103" before "1000"), then as text ("101A"). */
    public static final Comparator<String> RULE_ORDER = Comparator
            .comparingInt((String code) -> leadingNumber(code))
            .thenComparing(Comparator.naturalOrder());

    private static int leadingNumber(String code) {
        int end = 0;
        while (end < code.length() && Character.isDigit(code.charAt(end))) {
            end++;
        }
        return end == 0 ? Integer.MAX_VALUE : Integer.parseInt(code.substring(0, Math.min(end, 9)));
    }
}
