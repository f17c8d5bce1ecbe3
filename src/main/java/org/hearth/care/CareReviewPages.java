package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.clocks.JourneyClocks;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The looked-after review, as its chair records it: the date, how the child took part (the DfE's PN0–PN7), the
 * child's own views in their words, and what the review decided. It starts from what the record knows: the review's
 * due date from its statutory clock, the current placement and legal status, the last review.
 */
@Controller
class CareReviewPages {
    static final String FORM = "care-review";
    static final Set<String> FIELDS = Set.of("date", "participation", "views", "decisions");
    static final int MAX_TEXT = 10_000;
    /** Participation codes that say the child's views were not conveyed (or the child is under 4). */
    static final Set<String> NO_VIEWS = Set.of("PN0", "PN7");

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final JourneyClocks clocks = JourneyClocks.standard();

    CareReviewPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    @GetMapping("/children/{childId}/care-reviews/new")
    String form(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "date", LocalDate.now());
        }
        return show(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/care-reviews/new")
    String record(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(actor, childId);
        FormErrors errors = new FormErrors();
        if (LookedAfter.current(j, LocalDate.now()) == null && j.all(CareStage.CARE_PERIODS).isEmpty()) {
            errors.add(null, "The child has never been looked after, so there is no looked-after review to record", null);
            return show(j, form, errors, model);
        }
        LocalDate date = FormAnswers.pastDate(form, "date", "the date of the review", LocalDate.now(), errors, "166");
        LocalDate listDate = date == null ? LocalDate.now() : date;
        String participation = blankToNull(form.get("participation"));
        if (participation == null) {
            errors.add("participation", "Select how the child took part in the review", "167");
        } else if (!CodeRules.list("PARTICIPATION", listDate).contains(participation)) {
            errors.add("participation", "Select how the child took part from the codes used on " + Dates.uk(listDate), "167");
            participation = null;
        } else if (date != null && j.child().dob() != null) {
            int age = java.time.Period.between(j.child().dob(), date).getYears();
            if ("PN0".equals(participation) && age >= 4) {
                errors.add("participation", "PN0 is for a child under 4; the child was " + age + " on " + Dates.uk(date)
                        + ". Select how they took part", "440");
            } else if (!"PN0".equals(participation) && age < 4) {
                errors.add("participation", "The child was under 4 on " + Dates.uk(date)
                        + ", so their participation is PN0", "441");
            }
        }
        String views = blankToNull(form.get("views"));
        if (views == null && (participation == null || !NO_VIEWS.contains(participation))) {
            errors.add("views", "Enter the child's views in their own words, or select PN7 if their views were not "
                    + "conveyed", null);
        }
        String decisions = blankToNull(form.get("decisions"));
        if (decisions == null) {
            errors.add("decisions", "Enter what the review decided", null);
        }
        tooLong(views, "views", "The child's views", errors);
        tooLong(decisions, "decisions", "The decisions", errors);
        if (!errors.isEmpty()) {
            return show(j, form, errors, model);
        }
        CareReview review = new CareReview(null, childId, date, participation, false, views, decisions);
        try {
            journeys.record(actor, childId, null, List.of(JourneyChange.of(CareStage.CARE_REVIEWS, review)),
                    "record a looked-after review");
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), CarePages.questions(FIELDS));
            return show(read(actor, childId), form, errors, model);
        }
        drafts.discard(actor.username(), childId, FORM);
        return "redirect:/children/" + childId + "?saved=care-review#looked-after";
    }

    private String show(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate today = LocalDate.now();
        LocalDate listDate = DateAnswer.read(fields, "date").filter(d -> !d.isAfter(today)).orElse(today);
        model.addAttribute("child", j.child());
        errors.addTo(model, fields);
        model.addAttribute("care", LookedAfter.of(j, today));
        model.addAttribute("due", clocks.open(j, today).stream().filter(c -> c.ruleId().startsWith("CLA_REVIEW"))
                .findFirst().orElse(null));
        model.addAttribute("today", today);
        CareReview last = LookedAfter.lastReview(j);
        model.addAttribute("lastReview", last);
        model.addAttribute("lastParticipation", last == null ? null
                : LookedAfter.label("PARTICIPATION", last.claReviewParticipation(), last.claReviewDate()));
        model.addAttribute("participations", FormAnswers.options("PARTICIPATION", listDate));
        Labels.addTo(model);
        return "care/review";
    }

    private ChildJourney read(Actor actor, UUID childId) {
        return journeys.read(actor, childId, "care-reviews", "record a looked-after review");
    }

    private static void tooLong(String text, String field, String what, FormErrors errors) {
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(field, what + " must be " + String.format("%,d", MAX_TEXT) + " characters or fewer", null);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
