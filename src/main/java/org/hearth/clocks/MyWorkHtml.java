package org.hearth.clocks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.platform.web.Labels;
import org.unbescape.html.HtmlEscape;

/**
 * The repeated parts of My work (the tasks, the caseload's rows, the filter's checkboxes) written out once in plain
 * Java, so the template prints them instead of evaluating a dozen expressions for every task and every row (issue 15:
 * rendering was 40% of My work's request-thread CPU, most of it Thymeleaf's per-attribute work on these parts; see
 * docs/performance.md, session 10). The markup is the markup the template wrote for them, word for word, and
 * {@code MyWorkPageUnchangedTest} holds it to that; every value is escaped as Thymeleaf's {@code th:text} and
 * {@code th:href} escape it (unbescape's HTML4/XML escaping), and dates are formatted as {@code #temporals.format}
 * formats them, with the request's locale.
 */
final class MyWorkHtml {
    /** "d MMM yyyy" by locale ("3 Sept 2026" in en-GB, "3 Sep 2026" in en-US), as #temporals.format makes it. */
    private static final Map<Locale, DateTimeFormatter> DAY = new ConcurrentHashMap<>();

    private MyWorkHtml() {}

    static String day(LocalDate date, Locale locale) {
        return DAY.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("d MMM yyyy", l)).format(date);
    }

    /** As th:text and th:href write a value: escaped, and nothing for null. */
    private static StringBuilder text(StringBuilder out, Object value) {
        return value == null ? out : out.append(HtmlEscape.escapeHtml4Xml(value.toString()));
    }

    /** Thymeleaf's truth of a value in th:if: a string is true unless it is "false", "off" or "no". */
    private static boolean truthy(String value) {
        return value != null && !"false".equalsIgnoreCase(value) && !"off".equalsIgnoreCase(value)
                && !"no".equalsIgnoreCase(value);
    }

    /** The task groups, each a heading with its count and its list, in the order {@link TaskList#arrange} put them. */
    static String tasks(List<TaskList.Group> groups, Locale locale) {
        StringBuilder out = new StringBuilder(512 * groups.size());
        for (TaskList.Group g : groups) {
            out.append("\n    <div class=\"hearth-tasks__group\">\n      <h3 class=\"govuk-heading-s govuk-!-margin-bottom-2\" id=\"");
            text(out, g.id()).append("\">\n        <span>");
            text(out, g.heading()).append("</span>\n        <span class=\"govuk-body-s govuk-!-font-weight-regular\">(")
                    .append(g.tasks().size()).append(")</span></h3>\n      <ul class=\"govuk-task-list hearth-tasks__list\">");
            for (Task t : g.tasks()) {
                out.append("\n        <li class=\"govuk-task-list__item govuk-task-list__item--with-link\">\n"
                        + "          <div class=\"govuk-task-list__name-and-hint\">\n"
                        + "            <a class=\"govuk-link govuk-task-list__link\" href=\"");
                text(out, t.href()).append("\">");
                text(out, t.title()).append("</a>\n");
                if (truthy(t.detail())) {
                    out.append("            <div class=\"govuk-task-list__hint\">");
                    text(out, t.detail()).append("</div>\n");
                }
                out.append("          </div>\n          <div class=\"govuk-task-list__status\">\n            <strong class=\"govuk-tag ")
                        .append(t.state().tagClass()).append("\">").append(t.state().label());
                if (t.dueOn() != null) {
                    out.append(' ').append(day(t.dueOn(), locale));
                }
                out.append("</strong>\n          </div>\n        </li>");
            }
            out.append("\n      </ul>\n    </div>");
        }
        return out.append("\n  ").toString();
    }

    /**
     * The caseload table's bodies: one for each child alone, one for brothers and sisters under their caption. The
     * first child's link carries the id the skip link goes to.
     */
    static String rows(List<MyWork.Group> groups, Locale locale) {
        StringBuilder out = new StringBuilder(1024 * groups.size());
        boolean first = true;
        for (MyWork.Group g : groups) {
            out.append("\n        <tbody class=\"govuk-table__body").append(g.siblings() ? " hearth-siblings" : "").append("\">\n");
            if (g.siblings()) {
                out.append("        <tr class=\"govuk-table__row\">\n          <th scope=\"rowgroup\" colspan=\"5\" "
                        + "class=\"govuk-table__header hearth-siblings__caption\">");
                text(out, g.caption()).append("</th>\n        </tr>\n");
            }
            for (MyWork.Row r : g.rows()) {
                row(out, r, first, locale);
                first = false;
            }
            out.append("        </tbody>");
        }
        return out.append("\n      ").toString();
    }

    private static void row(StringBuilder out, MyWork.Row r, boolean first, Locale locale) {
        Caseloads.Entry e = r.entry();
        out.append("        <tr class=\"govuk-table__row\">\n          <td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/children/");
        text(out, e.childId()).append('"');
        if (first) {
            out.append(" id=\"first-child\"");
        }
        out.append('>');
        text(out, e.name()).append("</a>\n            <span class=\"govuk-body-s govuk-!-display-block\">");
        text(out, e.laChildId()).append("</span></td>\n          <td class=\"govuk-table__cell\">")
                .append(e.dob() != null ? day(e.dob(), locale) : "Unborn").append("</td>\n          <td class=\"govuk-table__cell\">");
        for (String tag : e.status()) {
            out.append("<strong class=\"govuk-tag govuk-tag--blue govuk-!-margin-right-1 govuk-!-margin-bottom-1\">");
            text(out, Labels.TAGS.get(tag)).append("</strong>");
        }
        out.append("</td>\n          <td class=\"govuk-table__cell\">").append(r.nextDue() != null ? day(r.nextDue(), locale) : "—")
                .append("</td>\n          <td class=\"govuk-table__cell\">\n            <ul class=\"govuk-list govuk-!-margin-bottom-0\">");
        for (Caseloads.ClockView c : r.clocks()) {
            out.append("\n              <li>\n                <strong class=\"govuk-tag ");
            text(out, Labels.STATUS_CLASS.get(c.status())).append("\">");
            text(out, Labels.STATUS.get(c.status())).append("</strong>\n                <span>");
            text(out, c.subject() + " — " + day(c.dueOn(), locale)).append("</span>\n              </li>");
        }
        out.append("\n            </ul>\n          </td>\n        </tr>\n");
    }

    /** A filter's checkboxes under their legend, ticked as chosen (the filter form of the MOJ filter pattern). */
    static String checkboxes(String name, String legend, Collection<String> keys, Map<String, ?> labels,
                             Collection<String> chosen) {
        StringBuilder out = new StringBuilder(256 + 384 * keys.size());
        out.append("<div class=\"govuk-form-group\">\n  <fieldset class=\"govuk-fieldset\">\n"
                + "    <legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">");
        text(out, legend).append("</legend>\n    <div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">");
        for (String k : keys) {
            String id = HtmlEscape.escapeHtml4Xml(name + "-" + k);
            out.append("\n      <div class=\"govuk-checkboxes__item\">\n        <input class=\"govuk-checkboxes__input\" id=\"")
                    .append(id).append("\" name=\"");
            text(out, name).append("\" type=\"checkbox\" value=\"");
            text(out, k).append('"');
            if (chosen.contains(k)) {
                out.append(" checked=\"checked\"");
            }
            out.append(">\n        <label class=\"govuk-label govuk-checkboxes__label\" for=\"").append(id).append("\">");
            text(out, labels.get(k)).append("</label>\n      </div>");
        }
        return out.append("\n    </div>\n  </fieldset>\n</div>").toString();
    }
}
