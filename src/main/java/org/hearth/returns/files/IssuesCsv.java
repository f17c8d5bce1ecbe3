package org.hearth.returns.files;

import java.util.List;
import java.util.stream.Collectors;
import org.hearth.returns.IssueReport;

/**
 * The issues of a run as CSV: the columns of the command line's {@code issues.csv} first
 * ({@value IssueReport#ISSUES_HEADER}), then what the page adds: whether it is an error, a query or a confirmed query,
 * the confirmation's reason, and the flagged values with their labels. A cell a spreadsheet would run as a formula
 * is quoted with a leading apostrophe.
 */
final class IssuesCsv {
    static final String HEADER = IssueReport.ISSUES_HEADER + ",status,confirmed_reason,values";

    private IssuesCsv() {}

    static String write(List<ReturnRuns.RunIssue> issues) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ReturnRuns.RunIssue r : issues) {
            var i = r.issue().issue();
            out.append(cell(i.childId())).append(',')
                    .append(cell(i.table())).append(',')
                    .append(i.row() < 0 ? "" : Integer.toString(i.row())).append(',')
                    .append(cell(i.ruleCode())).append(',')
                    .append(cell(String.join(";", i.fields()))).append(',')
                    .append(cell(i.message())).append(',')
                    .append(cell(r.status())).append(',')
                    .append(cell(r.confirmation() == null ? "" : r.confirmation().reason())).append(',')
                    .append(cell(r.values().stream().map(v -> v.field() + ": " + v.value())
                            .collect(Collectors.joining("; "))))
                    .append('\n');
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
