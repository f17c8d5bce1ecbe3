package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.BreakGlass;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.platform.web.Labels;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * My work as the page is drawn now (its rows, tasks and filters written in Java, {@link MyWorkHtml}) against My work
 * as the template drew it before (session 10, issue 15): the template of before is kept under test resources
 * ({@code clocks/caseload-before.html}) with the controller code of before ({@link Before}, served at a test-only
 * address for the length of each test), and both are asked for the same worker's page with the same filters, sorts
 * and languages. The {@code main} part of the two pages must be the same markup (parsed, whitespace between elements
 * aside): every row, task, tag, date, class, id and link. And a page must write the same audit entries as before.
 */
class MyWorkPageUnchangedTest extends HearthIntegrationTest {
    private static final String BEFORE = "/test-only/my-work-before";

    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Caseloads caseloads;
    @Autowired
    CaseloadFamilies families;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    BreakGlass breakGlass;
    @Autowired
    org.hearth.health.HealthSection health;
    @Autowired
    List<TaskSource> taskSources;

    RequestMappingInfo mapping;

    @BeforeEach
    void serveThePageOfBefore() throws NoSuchMethodException {
        Method method = Before.class.getDeclaredMethod("myWork", List.class, List.class, List.class, String.class,
                Model.class);
        mapping = RequestMappingInfo.paths(BEFORE).methods(RequestMethod.GET)
                .options(mappings.getBuilderConfiguration()).build();
        mappings.registerMapping(mapping, new Before(caseloads, families, currentActor, breakGlass, health, taskSources),
                method);
    }

    @AfterEach
    void stopServingIt() {
        mappings.unregisterMapping(mapping);
    }

    static LocalDate weekdayOnOrBefore(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private UUID named(UUID child, String forename, String surname) {
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = ? WHERE pers_person_id = ?", forename,
                surname, child);
        return child;
    }

    private static void created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private void contact(Api api, String worker, UUID child, LocalDate on) {
        created(api.call("POST", "/api/children/" + child + "/contacts", worker, "{\"contactDate\":\"" + on
                + "\",\"source\":\"5A\",\"reason\":\"Police concern\",\"decision\":\"REFERRAL\",\"primaryNeed\":\"N1\","
                + "\"decisionDate\":\"" + on + "\"}"));
    }

    /**
     * A caseload with something of everything the page shows: brothers and sisters, an overdue clock, clocks due this
     * week and later, a child with no open clock, an unborn child, names that must be escaped, clock tasks.
     */
    private String caseload() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        LocalDate yearAgo = LocalDate.now().minusYears(1);
        UUID overdue = named(fixtures.child(LocalDate.of(2015, 9, 1), worker, yearAgo), "Ola", "Zorn");
        UUID due = named(fixtures.child(LocalDate.of(2016, 6, 2), worker, yearAgo), "Bea", "O'Brien & <Abbot>");
        UUID sibling = named(fixtures.child(LocalDate.of(2019, 7, 3), worker, yearAgo), "Ned \"Neddy\"", "Zorn");
        UUID quiet = named(fixtures.child(LocalDate.of(2012, 3, 9), worker, yearAgo), "Zoë", "Ängström");
        UUID unborn = fixtures.child(LocalDate.of(2020, 1, 1), worker, yearAgo);
        jdbc.update("UPDATE ssd_person SET pers_dob = NULL, pers_expected_dob = ? WHERE pers_person_id = ?",
                java.sql.Date.valueOf(LocalDate.now().plusMonths(2)), unborn);
        Api api = new Api(port);
        contact(api, worker, overdue, weekdayOnOrBefore(LocalDate.now().minusDays(100)));
        contact(api, worker, due, weekdayOnOrBefore(LocalDate.now().minusDays(3)));
        contact(api, worker, sibling, weekdayOnOrBefore(LocalDate.now().minusDays(20)));
        contact(api, worker, unborn, weekdayOnOrBefore(LocalDate.now().minusDays(1)));
        created(api.call("POST", "/api/children/" + overdue + "/relationships", worker, "{\"relatedPersonId\":\""
                + sibling + "\",\"type\":\"SIBLING\",\"parentalResponsibility\":false}"));
        assertThat(quiet).isNotNull();
        return worker;
    }

    /** The page's main part, parsed and written out again (so only whitespace between elements is let go). */
    private static String main(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(page.body());
        d.outputSettings().prettyPrint(true).indentAmount(1);
        return d.selectFirst("main").outerHtml();
    }

    private List<String> auditWritten(String worker, Runnable request) {
        Long last = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry", Long.class);
        request.run();
        return jdbc.queryForList("SELECT coalesce(person_id::text, '-') || ' ' || coalesce(part, '-') || ' ' || "
                        + "coalesce(action, '-') || ' ' || coalesce(purpose, '-') || ' ' || coalesce(outcome, '-') "
                        + "FROM audit_entry WHERE seq > ? AND actor = ? ORDER BY 1", String.class, last, worker);
    }

    @Test
    void shouldDrawMyWorkAsTheTemplateOfBeforeDrewItForEveryFilterSortAndLanguage() {
        String worker = caseload();
        WebSession session = WebSession.signIn(port, worker);
        List<String> queries = List.of("", "?status=overdue", "?status=due&status=today", "?kind=assessment",
                "?legal=cin&sort=name", "?sort=clock", "?sort=name&status=overdue&kind=visit&legal=cp",
                "?status=nonsense&sort=nonsense");
        for (String language : List.of("en-GB", "en-US", "cy")) {
            for (String query : queries) {
                String now = main(session.get("/" + query, "Accept-Language", language));
                String before = main(session.get(BEFORE + query, "Accept-Language", language));
                assertThat(now).as("My work%s in %s", query, language).isEqualTo(before);
            }
        }
        String page = session.get("/").body();
        assertThat(page).as("the fixture shows what the comparison is about (escaped as th:text escapes)")
                .contains("Brothers and sisters: Ola Zorn, Ned &quot;Neddy&quot; Zorn", "Bea O&#39;Brien &amp; &lt;Abbot&gt;",
                        "Unborn", "Overdue statutory work", "id=\"first-child\"", "Zoë Ängström");
        assertThat(session.get("/?status=overdue").body()).contains("value=\"overdue\" checked=\"checked\"",
                "Remove this filter");
    }

    @Test
    void shouldWriteTheSameAuditEntriesAsBefore() {
        String worker = caseload();
        WebSession session = WebSession.signIn(port, worker);
        session.get("/");
        List<String> now = auditWritten(worker, () -> session.get("/"));
        List<String> before = auditWritten(worker, () -> session.get(BEFORE));
        assertThat(now).isNotEmpty().isEqualTo(before);
    }

    /** My work's controller as it was before session 10 (CaseloadPage.myWork at main 98599dc), on the old template. */
    @org.springframework.stereotype.Controller
    static class Before {
        private final Caseloads caseloads;
        private final CaseloadFamilies families;
        private final CurrentActor currentActor;
        private final BreakGlass breakGlass;
        private final org.hearth.health.HealthSection health;
        private final List<TaskSource> taskSources;

        Before(Caseloads caseloads, CaseloadFamilies families, CurrentActor currentActor, BreakGlass breakGlass,
               org.hearth.health.HealthSection health, List<TaskSource> taskSources) {
            this.health = health;
            this.taskSources = List.copyOf(taskSources);
            this.breakGlass = breakGlass;
            this.caseloads = caseloads;
            this.families = families;
            this.currentActor = currentActor;
        }

        private static final Map<String, String> STATUS_LABELS =
                Map.of("overdue", "Overdue", "today", "Due today", "due", "Due");

        record Selected(String category, String label, String removeHref) {}

        public String myWork(@RequestParam(required = false) List<String> status,
                             @RequestParam(required = false) List<String> kind,
                             @RequestParam(required = false) List<String> legal,
                             @RequestParam(defaultValue = "due") String sort, Model model) {
            Actor actor = currentActor.get();
            MyWork.Choice choice = MyWork.Choice.of(status, kind, legal, sort);
            List<Caseloads.Entry> entries = caseloads.of(actor, null);
            List<MyWork.Group> groups = MyWork.arrange(entries, choice,
                    families.links(entries.stream().map(Caseloads.Entry::childId).toList()));
            model.addAttribute("total", entries.size());
            model.addAttribute("shown", groups.stream().mapToInt(g -> g.rows().size()).sum());
            model.addAttribute("groups", groups);
            model.addAttribute("choice", choice);
            model.addAttribute("statuses", STATUS_LABELS);
            model.addAttribute("statusOrder", List.copyOf(MyWork.STATUSES.keySet()));
            model.addAttribute("kinds", MyWork.KINDS);
            model.addAttribute("legals", MyWork.LEGAL);
            model.addAttribute("sorts", MyWork.SORTS);
            List<Selected> selected = selected(choice);
            Map<String, List<Selected>> byCategory = new LinkedHashMap<>();
            selected.forEach(s -> byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s));
            model.addAttribute("selected", selected);
            model.addAttribute("selectedByCategory", byCategory);
            Map<String, String> sortHrefs = new LinkedHashMap<>();
            MyWork.SORTS.keySet().forEach(s -> sortHrefs.put(s, href(choice, s, null, null)));
            model.addAttribute("sortHrefs", sortHrefs);
            model.addAttribute("clearHref", href(new MyWork.Choice(java.util.Set.of(), java.util.Set.of(),
                    java.util.Set.of(), choice.sort()), choice.sort(), null, null));
            model.addAttribute("actor", actor);
            int breakGlassToReview = breakGlass.unreviewedCount(actor);
            model.addAttribute("breakGlassToReview", breakGlassToReview);
            LocalDate today = LocalDate.now();
            List<Task> tasks = new ArrayList<>();
            if (actor.role() != Role.IRO) {
                tasks.addAll(TaskList.clocks(entries, today));
            }
            if (breakGlassToReview > 0) {
                tasks.add(new Task("Break-glass to review", breakGlassToReview + " break-glass "
                        + (breakGlassToReview == 1 ? "use" : "uses") + " by your team",
                        "Check each reason and mark it reviewed", "/access/break-glass", null, Task.State.WAITING, null));
            }
            taskSources.forEach(source -> tasks.addAll(source.tasksFor(actor, entries, today)));
            List<TaskList.Group> taskGroups = TaskList.arrange(tasks);
            model.addAttribute("taskGroups", taskGroups);
            model.addAttribute("tasksToDo", TaskList.toDo(taskGroups));
            model.addAttribute("hasCaseload", actor.role().allocationRole() != null);
            model.addAttribute("healthLookups", health.recentFor(actor,
                    entries.stream().map(Caseloads.Entry::childId).toList()));
            model.addAttribute("childNames", entries.stream().collect(java.util.stream.Collectors.toMap(
                    Caseloads.Entry::childId, e -> e.name() == null || e.name().isBlank() ? "Unborn child" : e.name(),
                    (a, b) -> a)));
            Labels.addTo(model);
            return "clocks/caseload-before";
        }

        private static List<Selected> selected(MyWork.Choice c) {
            List<Selected> out = new ArrayList<>();
            c.statuses().forEach(s -> out.add(new Selected("Statutory work", STATUS_LABELS.get(s), href(c, c.sort(), "status", s))));
            c.kinds().forEach(k -> out.add(new Selected("Kind of work", MyWork.KINDS.get(k), href(c, c.sort(), "kind", k))));
            c.legal().forEach(l -> out.add(new Selected("Legal status", MyWork.LEGAL.get(l), href(c, c.sort(), "legal", l))));
            return out;
        }

        static String href(MyWork.Choice c, String sort, String without, String value) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/");
            c.statuses().stream().filter(s -> !("status".equals(without) && s.equals(value))).forEach(s -> b.queryParam("status", s));
            c.kinds().stream().filter(s -> !("kind".equals(without) && s.equals(value))).forEach(s -> b.queryParam("kind", s));
            c.legal().stream().filter(s -> !("legal".equals(without) && s.equals(value))).forEach(s -> b.queryParam("legal", s));
            if (!"due".equals(sort)) {
                b.queryParam("sort", sort);
            }
            return b.build().toUriString();
        }
    }
}
