package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The parts of My work written in Java: escaped as th:text escapes, dates in the request's language, and the skip
 * link's target on the first child only. (That the markup is the template's of before is MyWorkPageUnchangedTest's.)
 */
class MyWorkHtmlTest {
    private static final LocalDate SEPT = LocalDate.of(2026, 9, 3);

    private static Caseloads.Entry entry(String name, LocalDate dob, Caseloads.ClockView... clocks) {
        return new Caseloads.Entry(UUID.randomUUID(), "LA<1>", name, dob, null, List.of("CP", "UNKNOWN_TAG"),
                clocks.length == 0 ? null : clocks[0].dueOn(), List.of(clocks));
    }

    @Test
    void shouldFormatDatesInTheRequestsLanguageAsTemporalsFormatDoes() {
        assertThat(MyWorkHtml.day(SEPT, Locale.UK)).isEqualTo(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(SEPT));
        assertThat(MyWorkHtml.day(SEPT, Locale.US)).isEqualTo("3 Sep 2026");
        assertThat(MyWorkHtml.day(SEPT, Locale.forLanguageTag("cy"))).isEqualTo(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("cy")).format(SEPT));
    }

    @Test
    void shouldEscapeEveryValueOfATaskAndLeaveOutADetailThymeleafWouldTakeAsFalse() {
        Task odd = new Task("<Group> & co", "Title \"quoted\" <b>", "no", "/children/x?a=1&b='2'", SEPT,
                Task.State.OVERDUE, null);
        Task plain = new Task("<Group> & co", "Plain", "A detail", "/p", null, Task.State.WAITING, null);
        String html = MyWorkHtml.tasks(TaskList.arrange(List.of(odd, plain)), Locale.US);
        assertThat(html).contains("<span>&lt;Group&gt; &amp; co</span>", "(2)",
                "href=\"/children/x?a=1&amp;b=&#39;2&#39;\">Title &quot;quoted&quot; &lt;b&gt;</a>",
                "<strong class=\"govuk-tag govuk-tag--red\">Overdue 3 Sep 2026</strong>",
                "<div class=\"govuk-task-list__hint\">A detail</div>",
                "<strong class=\"govuk-tag govuk-tag--blue\">To do</strong>")
                .doesNotContain("<b>", ">no<");
    }

    @Test
    void shouldMarkOnlyTheFirstChildAsTheSkipLinksTargetAndEscapeTheRow() {
        Caseloads.ClockView clock = new Caseloads.ClockView("ASSESSMENT", "Assessment <of> referral", null, SEPT, null,
                ClockStatus.OVERDUE);
        MyWork.Row a = new MyWork.Row(entry("Ada <Lovelace>", null, clock), List.of(clock));
        MyWork.Row b = new MyWork.Row(entry("Bea", SEPT), List.of());
        String html = MyWorkHtml.rows(List.of(new MyWork.Group(List.of(a, b), true)), Locale.UK);
        assertThat(html.split("id=\"first-child\"", -1)).hasSize(2);
        assertThat(html).contains("Brothers and sisters: Ada &lt;Lovelace&gt;, Bea", ">Ada &lt;Lovelace&gt;</a>",
                ">LA&lt;1&gt;</span>", ">Unborn</td>", ">Child protection</strong><strong",
                "<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>", "Assessment &lt;of&gt; referral — ",
                "<td class=\"govuk-table__cell\">—</td>", "hearth-siblings");
    }

    @Test
    void shouldTickTheChosenFilters() {
        String html = MyWorkHtml.checkboxes("status", "Statutory work", MyWork.STATUSES.keySet(),
                java.util.Map.of("overdue", "Overdue", "today", "Due today", "due", "Due"), Set.of("today"));
        assertThat(html).contains("id=\"status-today\" name=\"status\" type=\"checkbox\" value=\"today\" checked=\"checked\">",
                "id=\"status-due\" name=\"status\" type=\"checkbox\" value=\"due\">",
                "<label class=\"govuk-label govuk-checkboxes__label\" for=\"status-overdue\">Overdue</label>");
    }
}
