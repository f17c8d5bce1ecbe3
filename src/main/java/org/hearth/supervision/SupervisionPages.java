package org.hearth.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.clocks.Caseloads;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision pages: the team's supervision (each worker's clock), recording a session, a session's record (its
 * decisions read from each child's record, its actions, the worker's agreement), a worker's own supervision, and the
 * council's figure. Every page goes through {@link Supervisions}, which reads and writes through the seam.
 */
@Controller
class SupervisionPages {
    static final int DECISION_SLOTS = 3;
    static final int ACTION_SLOTS = 3;

    private final Supervisions supervisions;
    private final Caseloads caseloads;
    private final CurrentActor currentActor;

    SupervisionPages(Supervisions supervisions, Caseloads caseloads, CurrentActor currentActor) {
        this.supervisions = supervisions;
        this.caseloads = caseloads;
        this.currentActor = currentActor;
    }

    @GetMapping("/team/supervision")
    String team(Model model) {
        Actor actor = currentActor.get();
        if (actor.role() != Role.TEAM_MANAGER || actor.teamId() == null) {
            throw AccessDenied.forRole("Only a team manager sees the team's supervision");
        }
        LocalDate today = LocalDate.now();
        List<Supervisions.WorkerCadence> workers = supervisions.team(actor, today, "oversee the team's supervision");
        model.addAttribute("workers", workers);
        model.addAttribute("today", today);
        model.addAttribute("overdue", workers.stream().filter(w -> w.due().overdue()).count());
        return "supervision/team";
    }

    @GetMapping("/supervision")
    String mine(Model model) {
        Actor actor = currentActor.get();
        if (!actor.role().practitioner()) {
            throw AccessDenied.forRole("Supervision records are for social workers and their managers");
        }
        LocalDate today = LocalDate.now();
        List<Supervision> history = supervisions.historyOf(actor, actor.username(), "see my supervision");
        List<Map.Entry<Supervision, Supervision.Action>> actions = new ArrayList<>();
        history.forEach(s -> s.actions().stream().filter(a -> !a.done() && a.owner().equals(actor.username()))
                .forEach(a -> actions.add(Map.entry(s, a))));
        model.addAttribute("history", history);
        model.addAttribute("actions", actions);
        model.addAttribute("today", today);
        model.addAttribute("cadence", supervisions.mine(actor, today).cadence());
        model.addAttribute("names", names(history));
        model.addAttribute("manager", actor.role() == Role.TEAM_MANAGER);
        model.addAttribute("figures", supervisions.maySeeFigures(actor));
        return "supervision/mine";
    }

    @GetMapping("/supervision/new")
    String form(@RequestParam(required = false) String worker, Model model) {
        Actor actor = currentActor.get();
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "date", LocalDate.now());
        if (worker != null) {
            fields.put("worker", worker);
        }
        fields.put("type", "FORMAL");
        return show(actor, fields, new FormErrors(), model);
    }

    @PostMapping("/supervision/new")
    String record(@RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        SupervisionRules.NewSession session = read(form, actor, errors);
        if (session != null) {
            try {
                Supervision saved = supervisions.record(actor, FormAnswers.text(form, "worker"), session,
                        "record a supervision");
                return "redirect:/supervision/" + saved.id() + "?saved=recorded";
            } catch (Supervisions.Refused r) {
                r.problems().forEach(p -> errors.add(p.field(), p.message(), null));
            }
        }
        return show(actor, form, errors, model);
    }

    /** The form's answers as a session, or null with the answers' own errors (a date that is not a real date). */
    static SupervisionRules.NewSession read(Map<String, String> form, Actor supervisor, FormErrors errors) {
        LocalDate date = DateAnswer.read(form, "date").orElse(null);
        if (date == null) {
            errors.add("date", "Enter the date of the supervision as a real date, for example 27 3 2025", null);
        }
        LocalDate next = null;
        if (entered(form, "nextDate")) {
            next = DateAnswer.read(form, "nextDate").orElse(null);
            if (next == null) {
                errors.add("nextDate", "Enter the next supervision as a real date, for example 27 4 2025", null);
            }
        }
        List<SupervisionRules.DecisionAnswer> decisions = new ArrayList<>();
        for (int i = 1; i <= DECISION_SLOTS; i++) {
            String child = FormAnswers.text(form, "decision" + i + "Child");
            String text = FormAnswers.text(form, "decision" + i + "Text");
            if ((child == null || child.isBlank()) && (text == null || text.isBlank())) {
                continue;
            }
            UUID childId = null;
            if (child != null && !child.isBlank()) {
                try {
                    childId = UUID.fromString(child.strip());
                } catch (IllegalArgumentException e) {
                    errors.add("decision" + i + "Child", "Choose the child the decision is about from the list", null);
                }
            }
            decisions.add(new SupervisionRules.DecisionAnswer(childId, text));
        }
        List<SupervisionRules.ActionAnswer> actions = new ArrayList<>();
        String worker = FormAnswers.text(form, "worker");
        for (int i = 1; i <= ACTION_SLOTS; i++) {
            String text = FormAnswers.text(form, "action" + i + "Text");
            boolean due = entered(form, "action" + i + "Due");
            if ((text == null || text.isBlank()) && !due) {
                continue;
            }
            LocalDate dueOn = DateAnswer.read(form, "action" + i + "Due").orElse(null);
            if (due && dueOn == null) {
                errors.add("action" + i + "Due", "Enter the date action " + i + " is due as a real date", null);
            }
            String owner = "supervisor".equals(form.get("action" + i + "Owner")) ? supervisor.username()
                    : "worker".equals(form.get("action" + i + "Owner")) ? worker : null;
            actions.add(new SupervisionRules.ActionAnswer(text, owner, dueOn));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SupervisionRules.NewSession(date, FormAnswers.text(form, "type"), FormAnswers.text(form, "wellbeing"),
                FormAnswers.text(form, "caseload"), FormAnswers.text(form, "learning"), next, decisions, actions);
    }

    private static boolean entered(Map<String, String> form, String id) {
        return !(form.getOrDefault(id + "-day", "").isBlank() && form.getOrDefault(id + "-month", "").isBlank()
                && form.getOrDefault(id + "-year", "").isBlank());
    }

    private String show(Actor actor, Map<String, String> fields, FormErrors errors, Model model) {
        List<Actor> workers = supervisions.supervisable(actor);
        if (workers.isEmpty() && actor.role() != Role.TEAM_MANAGER) {
            throw AccessDenied.forRole("Only a team manager records supervision, for the workers of their own team");
        }
        Map<String, String> workerOptions = new LinkedHashMap<>();
        workers.forEach(w -> workerOptions.put(w.username(), w.displayName()));
        String worker = fields.get("worker");
        Map<String, String> children = new LinkedHashMap<>();
        if (worker != null && workerOptions.containsKey(worker)) {
            for (Caseloads.Entry e : caseloads.of(actor, worker)) {
                children.put(e.childId().toString(), (e.name() == null || e.name().isBlank() ? "Unborn child" : e.name())
                        + (e.laChildId() == null ? "" : " (" + e.laChildId() + ")"));
            }
        }
        errors.addTo(model, fields);
        model.addAttribute("workers", workerOptions);
        model.addAttribute("workerName", worker == null ? null : workerOptions.get(worker));
        model.addAttribute("children", children);
        model.addAttribute("types", FormAnswers.options(Supervision.TYPE_LIST, LocalDate.now()));
        model.addAttribute("decisionSlots", java.util.stream.IntStream.rangeClosed(1, DECISION_SLOTS).boxed().toList());
        model.addAttribute("actionSlots", java.util.stream.IntStream.rangeClosed(1, ACTION_SLOTS).boxed().toList());
        return "supervision/new";
    }

    @GetMapping("/supervision/{id}")
    String view(@PathVariable UUID id, @RequestParam(required = false) String saved, Model model) {
        Actor actor = currentActor.get();
        Supervision s = supervisions.get(actor, id, "read a supervision record");
        Map<String, String> fields = new LinkedHashMap<>();
        return showRecord(actor, s, saved, fields, new FormErrors(), model);
    }

    @PostMapping("/supervision/{id}/agree")
    String agree(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        if (!"yes".equals(form.get("agree"))) {
            errors.add("agree", "Confirm that you agree this is an accurate record, or write what is not accurate in "
                    + "your comments and talk to your supervisor", null);
        }
        if (errors.isEmpty()) {
            try {
                supervisions.agree(actor, id, version, FormAnswers.text(form, "comments"), "agree a supervision record");
                return "redirect:/supervision/" + id + "?saved=agreed";
            } catch (Supervisions.Refused r) {
                r.problems().forEach(p -> errors.add(p.field(), p.message(), null));
            }
        }
        return showRecord(actor, supervisions.get(actor, id, "read a supervision record"), null, form, errors, model);
    }

    @PostMapping("/supervision/{id}/actions")
    String addAction(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        Supervision seen = supervisions.get(actor, id, "read a supervision record");
        LocalDate due = DateAnswer.read(form, "actionDue").orElse(null);
        if (due == null) {
            errors.add("actionDue", "Enter the date the action is due as a real date, for example 27 4 2025", null);
        }
        String owner = "supervisor".equals(form.get("actionOwner")) ? seen.supervisor()
                : "worker".equals(form.get("actionOwner")) ? seen.worker() : null;
        if (errors.isEmpty()) {
            try {
                supervisions.addAction(actor, id, version, new SupervisionRules.ActionAnswer(
                        FormAnswers.text(form, "actionText"), owner, due), "add a supervision action");
                return "redirect:/supervision/" + id + "?saved=action";
            } catch (Supervisions.Refused r) {
                r.problems().forEach(p -> errors.add(p.field(), p.message(), null));
            }
        }
        return showRecord(actor, supervisions.get(actor, id, "read a supervision record"), null, form, errors, model);
    }

    @PostMapping("/supervision/{id}/actions/{actionId}/done")
    String done(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty()) {
            try {
                supervisions.completeAction(actor, id, version, actionId, "mark a supervision action done");
                return "redirect:/supervision/" + id + "?saved=done";
            } catch (Supervisions.Refused r) {
                r.problems().forEach(p -> errors.add(p.field() == null ? null : "actions", p.message(), null));
            }
        }
        return showRecord(actor, supervisions.get(actor, id, "read a supervision record"), null,
                new LinkedHashMap<>(), errors, model);
    }

    private String showRecord(Actor actor, Supervision s, String saved, Map<String, String> fields, FormErrors errors,
                              Model model) {
        errors.addTo(model, fields);
        model.addAttribute("s", s);
        model.addAttribute("decisions", supervisions.decisions(actor, s, "read a supervision record"));
        model.addAttribute("names", names(List.of(s)));
        model.addAttribute("isWorker", actor.username().equals(s.worker()));
        model.addAttribute("mayChange", actor.username().equals(s.worker()) || actor.username().equals(s.supervisor()));
        model.addAttribute("personal", s.wellbeing() != null || actor.username().equals(s.worker())
                || actor.username().equals(s.supervisor()));
        model.addAttribute("saved", saved == null ? null : switch (saved) {
            case "recorded" -> "Supervision recorded";
            case "agreed" -> "Record agreed";
            case "action" -> "Action added";
            case "done" -> "Action marked as done";
            default -> null;
        });
        model.addAttribute("today", LocalDate.now());
        return "supervision/record";
    }

    @GetMapping("/supervision/council")
    String council(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("figure", supervisions.council(actor, LocalDate.now(), "the council's supervision figures"));
        return "supervision/council";
    }

    /** Display names of everyone named in these records (supervisor, worker, action owners). */
    private Map<String, String> names(List<Supervision> sessions) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Supervision s : sessions) {
            out.computeIfAbsent(s.supervisor(), supervisions::nameOf);
            out.computeIfAbsent(s.worker(), supervisions::nameOf);
            s.actions().forEach(a -> out.computeIfAbsent(a.owner(), supervisions::nameOf));
        }
        return out;
    }

}
