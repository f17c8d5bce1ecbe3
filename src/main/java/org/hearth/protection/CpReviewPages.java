package org.hearth.protection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.clocks.JourneyClocks;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child protection review conference: its date, whether the plan continues or ends (and why it ends), and the
 * child's views. It starts from the open plan and its review clock; a plan that ends, ends on the day of the review
 * that decided it, recorded with it.
 */
@Controller
class CpReviewPages {
    static final String FORM = "cp-review";
    static final int MAX_TEXT = 10_000;
    /** Why a child protection plan ends (Working Together 2023): Hearth's words, not a DfE list. */
    static final Map<String, String> END_REASONS = new LinkedHashMap<>();
    static {
        END_REASONS.put("NO_LONGER_AT_RISK", "The child is no longer at continuing risk of significant harm");
        END_REASONS.put("LOOKED_AFTER", "The child is looked after and the care plan now manages the risk");
        END_REASONS.put("MOVED_LA", "The child has moved permanently to another local authority");
        END_REASONS.put("LEFT_UK", "The child has left the UK permanently");
        END_REASONS.put("AGED_18", "The child has reached 18");
        END_REASONS.put("DIED", "The child has died");
    }

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final JourneyClocks clocks = JourneyClocks.standard();

    CpReviewPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    @GetMapping("/children/{childId}/cp-reviews/new")
    String form(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "reviewDate", LocalDate.now());
        }
        fields.put("version", Long.toString(j.version()));
        return show(j, fields, List.of(), model);
    }

    @PostMapping("/children/{childId}/cp-reviews/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        CpPlan plan = openPlan(j);
        List<Violation> errors = new ArrayList<>();
        if (plan == null) {
            errors.add(ProtectionPages.error("reviewDate", "The child has no open child protection plan to review"));
            return show(j, form, errors, model);
        }
        LocalDate date = ProtectionPages.pastDate(form, "reviewDate", "the date of the review conference", errors);
        String outcome = form.get("outcome");
        if (!"continue".equals(outcome) && !"end".equals(outcome)) {
            errors.add(ProtectionPages.error("outcome", "Select whether the child protection plan continues or ends"));
        }
        boolean ends = "end".equals(outcome);
        String reason = form.get("endReason");
        if (ends && (reason == null || !END_REASONS.containsKey(reason))) {
            errors.add(ProtectionPages.error("endReason", "Select why the child protection plan ends"));
        }
        String views = form.get("views") == null || form.get("views").isBlank() ? null : form.get("views").strip();
        Integer age = date == null || j.child().dob() == null ? null : Period.between(j.child().dob(), date).getYears();
        if (views == null && age != null && age >= 4) {
            errors.add(ProtectionPages.error("views", "Enter the child's views in their own words, or say how they "
                    + "were sought if the child gave none"));
        } else if (views != null && views.length() > MAX_TEXT) {
            errors.add(ProtectionPages.error("views", "The child's views must be " + String.format("%,d", MAX_TEXT)
                    + " characters or fewer"));
        }
        Long version = ProtectionPages.number(form.get("version"));
        if (version == null) {
            errors.add(ProtectionPages.error("reviewDate", "The form was out of date; check the answers and save again"));
            form.put("version", Long.toString(j.version()));
        }
        if (!errors.isEmpty()) {
            return show(j, form, errors, model);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ProtectionStage.CP_REVIEWS, new CpReview(null, childId, plan.id(), date, !ends, views,
                ends ? reason : null)));
        if (ends) {
            changes.add(JourneyChange.of(ProtectionStage.CP_PLANS, new CpPlan(plan.id(), childId, plan.referralId(), plan.icpcId(),
                    plan.cpPlanStartDate(), date, plan.cpPlanInitialCategory(), plan.cpPlanLatestCategory(),
                    plan.numberOfPreviousPlans())));
        }
        try {
            journeys.record(actor, childId, version, changes, "record a child protection review");
        } catch (RuleViolations v) {
            return show(j, form, v.violations(), model);
        } catch (StaleRecord stale) {
            form.put("version", Long.toString(j.version()));
            return show(j, form, List.of(ProtectionPages.error("reviewDate", stale.getMessage())), model);
        }
        drafts.discard(actor.username(), childId, FORM);
        return "redirect:/children/" + childId + "?saved=" + (ends ? "cp-review-end" : "cp-review") + "#protection";
    }

    private String show(ChildJourney j, Map<String, String> fields, List<Violation> errors, Model model) {
        LocalDate today = LocalDate.now();
        ProtectionPages.common(j, fields, errors, model, List.of("reviewDate", "outcome", "endReason", "views"),
                Map.of("cpReviewDate", "reviewDate", "cpPlanEndDate", "reviewDate", "cpReviewOutcomeContinueCp",
                        "outcome"));
        CpPlan plan = openPlan(j);
        model.addAttribute("plan", plan);
        model.addAttribute("category", plan == null ? null : ProtectionPages.CATEGORIES.getOrDefault(
                plan.cpPlanLatestCategory(), plan.cpPlanLatestCategory()));
        model.addAttribute("due", clocks.open(j, today).stream().filter(c -> c.ruleId().startsWith("CP_REVIEW"))
                .findFirst().orElse(null));
        model.addAttribute("lastReview", plan == null ? null : j.all(ProtectionStage.CP_REVIEWS).stream()
                .filter(r -> plan.id().equals(r.cpPlanId()) && r.cpReviewDate() != null)
                .max(Comparator.comparing(CpReview::cpReviewDate)).orElse(null));
        model.addAttribute("endReasons", END_REASONS);
        model.addAttribute("today", today);
        Labels.addTo(model);
        return "protection/review";
    }

    static CpPlan openPlan(ChildJourney j) {
        return j.all(ProtectionStage.CP_PLANS).stream().filter(p -> p.cpPlanEndDate() == null).reduce((a, b) -> b).orElse(null);
    }

    private ChildJourney read(Actor actor, UUID childId) {
        return journeys.read(actor, childId, "cp-reviews", "record a child protection review");
    }
}
