package org.hearth.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.assessment.AssessmentView;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.hearth.assessment.AssessmentStage;

/** The team manager's approvals queue and decision page, and a worker's request for a plan's sign-off. */
@Controller
class ApprovalPages {
    private final Approvals approvals;
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final org.hearth.access.UserDirectory users;

    ApprovalPages(Approvals approvals, JourneyService journeys, CurrentActor currentActor,
                  org.hearth.access.UserDirectory users) {
        this.approvals = approvals;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.users = users;
    }

    @GetMapping("/approvals")
    String queue(@RequestParam(required = false) String decided, Model model) {
        model.addAttribute("waiting", approvals.waitingFor(currentActor.get()));
        model.addAttribute("decided", "approved".equals(decided) ? "Approved"
                : "returned".equals(decided) ? "Returned to the worker with your reason" : null);
        return "approval/queue";
    }

    @GetMapping("/approvals/{id}")
    String decision(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.get();
        Approval a = approvals.get(actor, id);
        return show(actor, a, Map.of("version", Integer.toString(a.version())), List.of(), List.of(), model);
    }

    @PostMapping("/approvals/{id}")
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Actor actor = currentActor.get();
        ApprovalRules.Decision decision = "approve".equals(form.get("decision")) ? ApprovalRules.Decision.APPROVE
                : "return".equals(form.get("decision")) ? ApprovalRules.Decision.RETURN : null;
        long seen;
        try {
            seen = Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            seen = -1;
        }
        try {
            Approval done = approvals.decide(actor, id, seen, decision, form.get("reason"));
            return "redirect:/approvals?decided=" + done.status().name().toLowerCase();
        } catch (Approvals.Refused r) {
            Approval now = approvals.get(actor, id);
            List<ApprovalRules.Problem> input = r.problems().stream()
                    .filter(p -> p.kind() == ApprovalRules.Kind.INPUT).toList();
            List<String> stale = r.problems().stream().filter(p -> p.kind() == ApprovalRules.Kind.STALE)
                    .map(ApprovalRules.Problem::message).toList();
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put("version", Integer.toString(now.version()));
            return show(actor, now, fields, input, stale, model);
        } catch (RuleViolations v) {
            Approval now = approvals.get(actor, id);
            List<String> why = v.violations().stream().map(x -> "The assessment cannot be authorised: " + x.message()
                    + (x.dfeCode() == null ? "" : " (DfE rule " + x.dfeCode() + ")")).toList();
            return show(actor, now, new LinkedHashMap<>(form), List.of(), why, model);
        } catch (StaleRecord s) {
            Approval now = approvals.get(actor, id);
            return show(actor, now, new LinkedHashMap<>(form), List.of(), List.of(s.getMessage()), model);
        }
    }

    /** A worker asks their manager to sign off a child in need or child protection plan. */
    @PostMapping("/children/{childId}/approvals")
    String request(@PathVariable UUID childId, @RequestParam String type, @RequestParam UUID subjectId,
                   @RequestParam(required = false) String note) {
        ApprovalType t;
        try {
            t = ApprovalType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw org.hearth.platform.web.HearthProblem.badRequest("Choose what you are asking to be approved");
        }
        approvals.request(currentActor.get(), childId, t, subjectId, note);
        return "redirect:/children/" + childId + "/approvals?asked=" + t.name().toLowerCase();
    }

    /** What has been asked for on the child's record and what was decided, newest first. */
    @GetMapping("/children/{childId}/approvals")
    String forChild(@PathVariable UUID childId, @RequestParam(required = false) String asked, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "approvals", "see approvals");
        model.addAttribute("child", j.child());
        model.addAttribute("history", approvals.forChild(actor, childId));
        model.addAttribute("asked", asked == null ? null : "Sent to your team manager for approval");
        model.addAttribute("plans", org.hearth.assessment.Assessments.openCinPlan(j).stream().toList());
        return "approval/child";
    }

    private String show(Actor actor, Approval a, Map<String, String> fields, List<ApprovalRules.Problem> input,
                        List<String> formErrors, Model model) {
        ChildJourney j = journeys.read(actor, a.childId(), "approvals", "decide an approval request");
        model.addAttribute("request", a);
        model.addAttribute("requestedByName", users.find(a.requestedBy()).map(Actor::displayName).orElse(a.requestedBy()));
        model.addAttribute("child", j.child());
        model.addAttribute("assessment", a.type() == ApprovalType.ASSESSMENT_AUTHORISATION
                ? j.find(AssessmentStage.ASSESSMENTS, a.subjectId()).map(x -> AssessmentView.of(x, j)).orElse(null) : null);
        model.addAttribute("earlier", approvals.forChild(actor, a.childId()).stream()
                .filter(x -> x.subjectId().equals(a.subjectId()) && !x.id().equals(a.id())).toList());
        model.addAttribute("canDecide", a.pending() && actor.role() == Role.TEAM_MANAGER
                && !actor.username().equals(a.requestedBy()));
        Map<String, String> byField = new LinkedHashMap<>();
        input.forEach(p -> byField.putIfAbsent(p.field() == null ? "decision" : p.field(), p.message()));
        model.addAttribute("fields", fields);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("errors", byField.isEmpty() && formErrors.isEmpty() ? List.of() : List.of("x"));
        return "approval/decision";
    }
}
