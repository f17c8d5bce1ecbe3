package org.hearth.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.approval.Approval;
import org.hearth.approval.ApprovalStatus;
import org.hearth.approval.ApprovalType;
import org.hearth.approval.Approvals;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.HearthProblem;
import org.hearth.referral.Referral;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.hearth.referral.ReferralStage;
import org.hearth.referral.Referrals;

/**
 * The child and family assessment as a GOV.UK task list. Each part is its own page and its own draft (saved as the
 * user types), so a timeout never loses it; a completed part goes on the record through the assessment's commands
 * (the needs part starts it); when every part is complete the worker sends it to their team manager, whose approval
 * authorises it (never the worker).
 */
@Controller
class AssessmentPages {
    private static final String COMPLETE = "_complete";
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final Approvals approvals;
    private final org.hearth.access.UserDirectory users;

    AssessmentPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts, Approvals approvals,
                    org.hearth.access.UserDirectory users) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
        this.approvals = approvals;
        this.users = users;
    }

    /** What the record says about the assessment now. */
    record State(ChildJourney journey, Referral referral, Assessment current, Assessment authorised,
                 Approval pending, Approval returned) {
        /** Whether it can be written now: an open referral, nothing waiting for the manager, not already authorised. */
        boolean editable() { return referral != null && pending == null && !(current == null && authorised != null); }
    }

    @GetMapping("/children/{childId}/assessment")
    String taskList(@PathVariable UUID childId, @RequestParam(required = false) String sent, Model model) {
        Actor actor = currentActor.get();
        State s = state(actor, childId, "see the assessment");
        model.addAttribute("sent", sent != null);
        return showTaskList(actor, s, List.of(), List.of(), model);
    }

    @GetMapping("/children/{childId}/assessment/{slug}")
    String part(@PathVariable UUID childId, @PathVariable String slug, Model model) {
        Actor actor = currentActor.get();
        AssessmentForm.Part part = partOf(slug);
        State s = state(actor, childId, "record an assessment");
        if (!s.editable()) {
            return "redirect:/children/" + childId + "/assessment";
        }
        Map<String, String> fields = new LinkedHashMap<>(fieldsFor(actor, s, part));
        fields.remove(COMPLETE);
        return showPart(s, part, fields, List.of(), model);
    }

    @PostMapping("/children/{childId}/assessment/{slug}")
    String savePart(@PathVariable UUID childId, @PathVariable String slug, @RequestParam Map<String, String> form,
                    Model model) {
        Actor actor = currentActor.get();
        AssessmentForm.Part part = partOf(slug);
        form.remove("_csrf");
        form.remove(COMPLETE);
        State s = state(actor, childId, "record an assessment");
        if (!s.editable()) {
            return "redirect:/children/" + childId + "/assessment";
        }
        Map<String, String> checked = new LinkedHashMap<>(form);
        if (part == AssessmentForm.Part.FACTORS) { // the code list follows the year the assessment started
            checked.putAll(dateOnly(fieldsFor(actor, s, AssessmentForm.Part.NEEDS)));
        }
        List<Violation> errors = AssessmentForm.check(part, checked, s.referral().referralDate(), LocalDate.now());
        Map<String, String> keep = new LinkedHashMap<>(form);
        if (errors.isEmpty()) {
            keep.put(COMPLETE, "yes");
        }
        drafts.keep(actor.username(), childId, part.draftName(), keep);
        if (errors.isEmpty()) {
            errors = write(actor, s, part, form);
        }
        if (!errors.isEmpty()) {
            return showPart(s, part, form, errors, model);
        }
        return "redirect:/children/" + childId + "/assessment";
    }

    /**
     * A completed part goes on the child's record as the worker saves it, through the assessment's commands: the
     * needs part (with the day it started) starts the assessment; a part of one already started is saved into it.
     * Parts completed before the assessment has started stay in their drafts until it does or it is sent.
     */
    private List<Violation> write(Actor actor, State s, AssessmentForm.Part part, Map<String, String> answered) {
        JourneyCommand command;
        if (s.current() != null) {
            command = new SaveAssessmentParts(s.current().id(), java.util.Set.of(part), AssessmentForm.answers(answered));
        } else if (part == AssessmentForm.Part.NEEDS) {
            command = new StartAssessment(AssessmentForm.answers(answered));
        } else {
            return List.of();
        }
        try {
            journeys.execute(actor, s.journey().child().id(), s.journey().version(), command, "record an assessment");
            return List.of();
        } catch (RuleViolations v) {
            return v.violations();
        } catch (StaleRecord stale) {
            return List.of(new Violation("stale", null, AssessmentStage.ASSESSMENTS.name(), null, null,
                    stale.title() + ". " + stale.getMessage()));
        }
    }

    @PostMapping("/children/{childId}/assessment/send")
    String send(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        Actor actor = currentActor.get();
        State s = state(actor, childId, "send an assessment for authorisation");
        if (!s.editable()) {
            return "redirect:/children/" + childId + "/assessment";
        }
        Map<String, String> all = new LinkedHashMap<>();
        List<String> incomplete = new ArrayList<>();
        for (AssessmentForm.Part p : AssessmentForm.Part.values()) {
            Map<String, String> f = fieldsFor(actor, s, p);
            all.putAll(f);
            if (status(actor, s, p) != AssessmentForm.Status.COMPLETED) {
                incomplete.add(p.slug());
            }
        }
        all.remove(COMPLETE);
        List<Violation> errors = new ArrayList<>();
        for (String slug : incomplete) {
            AssessmentForm.Part p = AssessmentForm.Part.of(slug);
            errors.add(new Violation("form", null, AssessmentStage.ASSESSMENTS.name(), null, "part-" + slug,
                    "Complete \"" + p.title() + "\" before sending the assessment"));
        }
        if (!errors.isEmpty()) {
            return showTaskList(actor, s, errors, List.of(), model);
        }
        Long version = parseVersion(form.get("version"));
        AssessmentAnswers answers = AssessmentForm.answers(all);
        JourneyCommand write = s.current() == null ? new StartAssessment(answers)
                : new SaveAssessmentParts(s.current().id(), EnumSet.allOf(AssessmentForm.Part.class), answers);
        UUID saved;
        try {
            saved = journeys.execute(actor, childId, version, write, "send an assessment for authorisation")
                    .records().get(0).id();
        } catch (RuleViolations v) {
            return showTaskList(actor, state(actor, childId, "record an assessment"), v.violations(), List.of(), model);
        } catch (StaleRecord stale) {
            return showTaskList(actor, state(actor, childId, "record an assessment"), List.of(),
                    List.of(stale.title() + ". " + stale.getMessage()), model);
        }
        List<Violation> missing = new SubmitAssessment(saved).refusals(
                journeys.read(actor, childId, "assessments", "send an assessment for authorisation"));
        if (!missing.isEmpty()) { // saved, but not complete: say what is missing before it can be sent
            return showTaskList(actor, state(actor, childId, "record an assessment"), missing, List.of(), model);
        }
        try {
            approvals.request(actor, childId, ApprovalType.ASSESSMENT_AUTHORISATION, saved, form.get("note"));
        } catch (Approvals.Refused r) { // the assessment is saved; only the request was refused (asked twice at once)
            return showTaskList(actor, state(actor, childId, "record an assessment"), List.of(),
                    r.problems().stream().map(p -> p.message()).toList(), model);
        }
        for (AssessmentForm.Part p : AssessmentForm.Part.values()) {
            drafts.discard(actor.username(), childId, p.draftName());
        }
        return "redirect:/children/" + childId + "/assessment?sent";
    }

    // ----------------------------------------------------------------------------------------------------------

    private State state(Actor actor, UUID childId, String purpose) {
        ChildJourney j = journeys.read(actor, childId, "assessments", purpose);
        Assessment current = Assessments.inProgress(j).orElse(null);
        Referral referral = current != null && current.referralId() != null
                ? j.find(ReferralStage.REFERRALS, current.referralId()).orElse(null) : null;
        if (referral == null) {
            referral = Referrals.open(j).orElse(null);
        }
        Referral open = referral;
        Assessment authorised = current != null || open == null ? null : j.all(AssessmentStage.ASSESSMENTS).stream()
                .filter(a -> open.id().equals(a.referralId()) && a.assessmentAuthDate() != null)
                .max(Comparator.comparing(Assessment::assessmentAuthDate)).orElse(null);
        Approval pending = null;
        Approval returned = null;
        if (current != null) {
            List<Approval> asked = approvals.forChild(actor, childId).stream()
                    .filter(a -> a.subjectId().equals(current.id())).toList(); // newest first
            pending = asked.stream().filter(Approval::pending).findFirst().orElse(null);
            returned = pending != null || asked.isEmpty() || asked.get(0).status() != ApprovalStatus.RETURNED ? null
                    : asked.get(0);
        }
        return new State(j, open, current, authorised, pending, returned);
    }

    /** The part's answers: the user's draft, else what the record holds, else what the record already knows. */
    private Map<String, String> fieldsFor(Actor actor, State s, AssessmentForm.Part part) {
        Map<String, String> draft = drafts.load(actor.username(), s.journey().child().id(), part.draftName());
        if (!draft.isEmpty()) {
            return draft;
        }
        if (s.current() != null) {
            return AssessmentForm.fieldsOf(part, s.current());
        }
        Map<String, String> f = new LinkedHashMap<>();
        if (part == AssessmentForm.Part.NEEDS && s.referral() != null) {
            LocalDate start = s.referral().referralDecisionDate() != null ? s.referral().referralDecisionDate()
                    : s.referral().referralDate();
            DateAnswer.fill(f, "startDate", start.isAfter(LocalDate.now()) ? LocalDate.now() : start);
        }
        if (part == AssessmentForm.Part.FACTORS) {
            previous(s).ifPresent(a -> f.putAll(AssessmentForm.fieldsOf(part, a)));
        }
        return f;
    }

    /** The child's last authorised assessment, whose factors a new assessment starts from. */
    private static Optional<Assessment> previous(State s) {
        return Assessments.lastAuthorised(s.journey());
    }

    private AssessmentForm.Status status(Actor actor, State s, AssessmentForm.Part part) {
        Map<String, String> draft = drafts.load(actor.username(), s.journey().child().id(), part.draftName());
        if (!draft.isEmpty()) {
            return "yes".equals(draft.get(COMPLETE)) ? AssessmentForm.Status.COMPLETED : AssessmentForm.Status.IN_PROGRESS;
        }
        if (s.current() != null) {
            Map<String, String> f = AssessmentForm.fieldsOf(part, s.current());
            f.putAll(dateOnly(AssessmentForm.fieldsOf(AssessmentForm.Part.NEEDS, s.current())));
            return AssessmentForm.check(part, f, s.referral() == null ? null : s.referral().referralDate(),
                    LocalDate.now()).isEmpty() ? AssessmentForm.Status.COMPLETED
                    : f.size() > 3 ? AssessmentForm.Status.IN_PROGRESS : AssessmentForm.Status.NOT_STARTED;
        }
        return AssessmentForm.Status.NOT_STARTED;
    }

    private static Map<String, String> dateOnly(Map<String, String> needs) {
        Map<String, String> out = new LinkedHashMap<>();
        needs.forEach((k, v) -> {
            if (k.startsWith("startDate-")) out.put(k, v);
        });
        return out;
    }

    private String showTaskList(Actor actor, State s, List<Violation> errors, List<String> formErrors, Model model) {
        model.addAttribute("child", s.journey().child());
        model.addAttribute("state", s);
        model.addAttribute("returnedBy", s.returned() == null ? null
                : users.find(s.returned().decidedBy()).map(Actor::displayName).orElse(s.returned().decidedBy()));
        model.addAttribute("version", s.journey().version());
        model.addAttribute("authorisedView", s.authorised() == null ? null : AssessmentView.of(s.authorised(), s.journey()));
        Map<String, AssessmentForm.Status> statuses = new LinkedHashMap<>();
        if (s.referral() != null && !(s.current() == null && s.authorised() != null)) {
            for (AssessmentForm.Part p : AssessmentForm.Part.values()) {
                statuses.put(p.slug(), status(actor, s, p));
            }
        }
        model.addAttribute("parts", AssessmentForm.Part.values());
        model.addAttribute("statuses", statuses);
        model.addAttribute("completed", statuses.values().stream().filter(x -> x == AssessmentForm.Status.COMPLETED).count());
        model.addAttribute("previous", previous(s).orElse(null));
        FormErrors shown = errorsOf(errors);
        formErrors.forEach(m -> shown.add(null, m, null));
        shown.addTo(model, Map.of());
        if (!model.containsAttribute("sent")) {
            model.addAttribute("sent", false);
        }
        return "assessment/task-list";
    }

    private String showPart(State s, AssessmentForm.Part part, Map<String, String> fields, List<Violation> errors,
                            Model model) {
        model.addAttribute("child", s.journey().child());
        model.addAttribute("state", s);
        model.addAttribute("part", part);
        errorsOf(errors).addTo(model, fields);
        if (part == AssessmentForm.Part.FACTORS) {
            LocalDate start = DateAnswer.read(fieldsFor(currentActor.get(), s, AssessmentForm.Part.NEEDS), "startDate")
                    .orElse(LocalDate.now());
            var list = AssessmentForm.factorList(start);
            Map<String, String> factors = new LinkedHashMap<>();
            list.codes().forEach(c -> factors.put(c, list.label(c).orElse(c)));
            model.addAttribute("factors", factors);
            model.addAttribute("previous", s.current() == null ? previous(s).orElse(null) : null);
        }
        return "assessment/part";
    }

    /** Each refusal against the question it names; one about no field is about sending. */
    private static FormErrors errorsOf(List<Violation> errors) {
        FormErrors out = new FormErrors();
        out.addAll(errors, f -> f == null ? "send" : fieldId(f));
        return out;
    }

    /** Rule violations name the record's fields; the pages name their questions. */
    private static String fieldId(String field) {
        return switch (field) {
            case "assessmentStartDate", "assessmentChildSeen", "assessmentChildViews" -> "part-needs";
            case "assessmentParenting" -> "part-parenting";
            case "assessmentFamily" -> "part-family";
            case "assessmentFactors" -> "part-factors";
            case "assessmentHelpOffered", "assessmentOutcomeNfa", "assessmentAnalysis" -> "part-outcome";
            default -> field;
        };
    }

    private static AssessmentForm.Part partOf(String slug) {
        AssessmentForm.Part part = AssessmentForm.Part.of(slug);
        if (part == null) {
            throw HearthProblem.notFound("That part of the assessment");
        }
        return part;
    }

    private static Long parseVersion(String v) {
        try {
            return v == null ? null : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
