package org.hearth.returns.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hearth.returns.IssueReport;
import org.hearth.returns.ValidationIssue;
import org.hearth.returns.live.LiveIssue;
import org.hearth.returns.live.ReturnKind;
import org.junit.jupiter.api.Test;

class IssuesCsvTest {
    static ReturnRuns.RunIssue issue(String child, String rule, boolean query, QueryConfirmations.Confirmation c) {
        ValidationIssue v = new ValidationIssue(child, "ChildIdentifiers", 3, rule, List.of("UPN", "UPNunknown"),
                "Please check, and either amend, or provide a reason");
        LiveIssue live = new LiveIssue(ReturnKind.CIN, v, null, null, Map.of("UPNunknown", "UN1"), null);
        return new ReturnRuns.RunIssue(0, live, query, new QueryConfirmations.Key(ReturnKind.CIN, rule,
                child == null ? "" : child, QueryConfirmations.digest(live.values())), c,
                List.of(new ValueLabels.Shown("UPNunknown", "UN1 – label")));
    }

    @Test
    void shouldStartWithTheCommandLinesColumnsThenTheStatus() {
        String csv = IssuesCsv.write(List.of(issue("H0000001", "8770Q", true, null),
                issue("H0000002", "8770Q", true, new QueryConfirmations.Confirmation("Home educated", "analyst",
                        Instant.now())),
                issue(null, "8500", false, null)));
        String[] lines = csv.split("\n");
        assertThat(lines[0]).startsWith(IssueReport.ISSUES_HEADER + ",").endsWith("status,confirmed_reason,values");
        assertThat(lines[1]).startsWith("H0000001,ChildIdentifiers,3,8770Q,UPN;UPNunknown,\"Please check, and either")
                .contains(",Query,,UPNunknown: UN1 – label");
        assertThat(lines[2]).contains(",Confirmed,Home educated,");
        assertThat(lines[3]).startsWith(",ChildIdentifiers,3,8500,").contains(",Error,");
    }

    @Test
    void shouldKeepASpreadsheetFromRunningACellAsAFormula() {
        assertThat(IssuesCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(IssuesCsv.cell("@SUM")).isEqualTo("'@SUM");
        assertThat(IssuesCsv.cell("H0000001")).isEqualTo("H0000001");
    }
}
