package org.hearth.clocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.access.BreakGlass;
import org.hearth.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * My work: the signed-in worker's caseload with every statutory clock. Filtered (MOJ filter pattern) and sorted by
 * query parameters, so it works without JavaScript and every view can be bookmarked; brothers and sisters together.
 */
@Controller
class CaseloadPage {
    private final Caseloads caseloads;
    private final CaseloadFamilies families;
    private final CurrentActor currentActor;
    private final BreakGlass breakGlass;
    private final org.hearth.health.HealthSection health;
    private final List<TaskSource> taskSources;
    private final org.hearth.access.AccessSeam seam;

    CaseloadPage(Caseloads caseloads, CaseloadFamilies families, CurrentActor currentActor, BreakGlass breakGlass,
                 org.hearth.health.HealthSection health, List<TaskSource> taskSources,
                 org.hearth.access.AccessSeam seam) {
        this.seam = seam;
        this.health = health;
        this.taskSources = List.copyOf(taskSources);
        this.breakGlass = breakGlass;
        this.caseloads = caseloads;
        this.families = families;
        this.currentActor = currentActor;
    }

    /** Where a clock stands, as the filter and its tags name it. */
    private static final Map<String, String> STATUS_LABELS =
            Map.of("overdue", "Overdue", "today", "Due today", "due", "Due");

    /** A chosen filter, shown as a tag that removes it. */
    record Selected(String category, String label, String removeHref) {}

    @GetMapping("/")
    String myWork(@RequestParam(required = false) List<String> status, @RequestParam(required = false) List<String> kind,
                  @RequestParam(required = false) List<String> legal, @RequestParam(defaultValue = "due") String sort,
                  java.util.Locale locale, Model model) {
        Actor actor = currentActor.get();
        if (actor.role() == org.hearth.access.Role.CHILD || actor.role() == org.hearth.access.Role.YOUNG_PERSON) {
            return "redirect:/me"; // a child or care leaver lands in their own space
        }
        if (actor.role() == org.hearth.access.Role.CARER) {
            return "redirect:/carer"; // a carer's home is the children placed with them
        }
        if (actor.role() == org.hearth.access.Role.PARTNER) {
            return "redirect:/partner"; // a partner's home: the children shared with them, their tasks and requests
        }
        MyWork.Choice choice = MyWork.Choice.of(status, kind, legal, sort);
        // The caseload, every task source and health's look-ups judge children through the seam: the actor's
        // assignments and the children's allocations are read once for the page, not once a source (issue 15).
        return seam.readingOnce(actor, () -> myWork(actor, choice, locale, model));
    }

    private String myWork(Actor actor, MyWork.Choice choice, java.util.Locale locale, Model model) {
        List<Caseloads.Entry> entries = caseloads.of(actor, null);
        List<MyWork.Group> groups = MyWork.arrange(entries, choice,
                families.links(entries.stream().map(Caseloads.Entry::childId).toList()));
        model.addAttribute("total", entries.size());
        model.addAttribute("shown", groups.stream().mapToInt(g -> g.rows().size()).sum());
        model.addAttribute("groups", groups);
        model.addAttribute("choice", choice);
        // The rows, the tasks and the filter's checkboxes are written in Java (MyWorkHtml), with the request's locale
        // for dates as #temporals.format used it: the template prints them (issue 15, docs/performance.md session 10).
        model.addAttribute("rowsHtml", MyWorkHtml.rows(groups, locale));
        model.addAttribute("filterHtml", String.join("\n              ",
                MyWorkHtml.checkboxes("status", "Statutory work", MyWork.STATUSES.keySet(), STATUS_LABELS, choice.statuses()),
                MyWorkHtml.checkboxes("kind", "Kind of work", MyWork.KINDS.keySet(), MyWork.KINDS, choice.kinds()),
                MyWorkHtml.checkboxes("legal", "Legal status", MyWork.LEGAL.keySet(), MyWork.LEGAL, choice.legal())));
        model.addAttribute("sorts", MyWork.SORTS);
        List<Selected> selected = selected(choice);
        Map<String, List<Selected>> byCategory = new LinkedHashMap<>();
        selected.forEach(s -> byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s));
        model.addAttribute("selected", selected);
        model.addAttribute("selectedByCategory", byCategory);
        Map<String, String> sortHrefs = new LinkedHashMap<>();
        MyWork.SORTS.keySet().forEach(s -> sortHrefs.put(s, href(choice, s, null, null)));
        model.addAttribute("sortHrefs", sortHrefs);
        model.addAttribute("clearHref", href(new MyWork.Choice(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                choice.sort()), choice.sort(), null, null));
        model.addAttribute("actor", actor);
        int breakGlassToReview = breakGlass.unreviewedCount(actor);
        model.addAttribute("breakGlassToReview", breakGlassToReview);
        // The day's work, derived from the record each time: the caseload's clocks due this week, break-glass uses to
        // review, and what every other part of Hearth has waiting for this person (approvals, IRO challenges…).
        java.time.LocalDate today = java.time.LocalDate.now();
        // An IRO's children are the reviews they chair (their own source lists those); the visits and assessments on
        // those children are the social worker's work, not theirs.
        List<Task> tasks = new ArrayList<>();
        if (actor.role() != org.hearth.access.Role.IRO) {
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
        model.addAttribute("tasksHtml", MyWorkHtml.tasks(taskGroups, locale));
        model.addAttribute("tasksToDo", TaskList.toDo(taskGroups));
        // Only roles allocated to children have a caseload; the others (team managers, analysts, administrators,
        // health) land on their tasks, not on "0 children".
        model.addAttribute("hasCaseload", actor.role().allocationRole() != null);
        // CP-IS access notifications: who in health looked up the worker's children in the last fortnight.
        model.addAttribute("healthLookups", health.recentFor(actor, entries.stream().map(Caseloads.Entry::childId).toList()));
        model.addAttribute("childNames", entries.stream().collect(java.util.stream.Collectors.toMap(Caseloads.Entry::childId,
                e -> e.name() == null || e.name().isBlank() ? "Unborn child" : e.name(), (a, b) -> a)));
        return "clocks/caseload";
    }

    private static List<Selected> selected(MyWork.Choice c) {
        List<Selected> out = new ArrayList<>();
        c.statuses().forEach(s -> out.add(new Selected("Statutory work", STATUS_LABELS.get(s), href(c, c.sort(), "status", s))));
        c.kinds().forEach(k -> out.add(new Selected("Kind of work", MyWork.KINDS.get(k), href(c, c.sort(), "kind", k))));
        c.legal().forEach(l -> out.add(new Selected("Legal status", MyWork.LEGAL.get(l), href(c, c.sort(), "legal", l))));
        return out;
    }

    /** This view's address with another sort, or with one filter value taken away. */
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

    /** Keeps the session alive when the user answers the timeout warning. */
    @GetMapping("/keep-alive")
    @ResponseBody
    org.springframework.http.ResponseEntity<Void> keepAlive() {
        return org.springframework.http.ResponseEntity.noContent().build();
    }
}
