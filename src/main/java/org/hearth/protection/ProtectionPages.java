package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.HearthProblem;
import org.hearth.referral.Referral;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.hearth.referral.ReferralStage;

/**
 * The child protection forms: strategy discussion (starting a section 47 enquiry with it), the enquiry's outcome, and
 * the initial conference (with the plan it decides). Each starts from what the record knows: the open referral, the
 * enquiry awaiting a conference, today's date; a plan starts on the day of its conference, so that is not asked.
 */
@Controller
class ProtectionPages {
    static final String STRATEGY_FORM = "strategy-discussion";
    static final String OUTCOME_FORM = "s47-outcome";
    static final String CONFERENCE_FORM = "initial-conference";

    static final Map<String, String> AGENCIES = new LinkedHashMap<>();
    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();
    static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    static {
        AGENCIES.put("POLICE", "Police");
        AGENCIES.put("HEALTH", "Health");
        AGENCIES.put("SCHOOL", "School or education");
        AGENCIES.put("OTHER", "Other");
        OUTCOMES.put("S47", "Start a section 47 enquiry");
        OUTCOMES.put("CIN", "Continue as a child in need, without a section 47 enquiry");
        OUTCOMES.put("NFA", "No further action");
        CATEGORIES.put("NEG", "Neglect");
        CATEGORIES.put("PHY", "Physical abuse");
        CATEGORIES.put("SAB", "Sexual abuse");
        CATEGORIES.put("EMO", "Emotional abuse");
        CATEGORIES.put("MUL", "More than one category (not recommended)");
    }

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    ProtectionPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    // ---- Strategy discussion ------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/strategy-discussions/new")
    String strategyForm(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "strategy-discussions", "record a strategy discussion");
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, STRATEGY_FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "discussionDate", LocalDate.now());
        }
        return showStrategy(j, fields, List.of(), model);
    }

    @PostMapping("/children/{childId}/strategy-discussions/new")
    String recordStrategy(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "strategy-discussions", "record a strategy discussion");
        List<Violation> errors = new ArrayList<>();
        LocalDate date = pastDate(form, "discussionDate", "the date of the strategy discussion", errors);
        List<String> present = AGENCIES.entrySet().stream().filter(a -> "yes".equals(form.get("agency-" + a.getKey())))
                .map(Map.Entry::getValue).toList();
        if (present.isEmpty()) {
            errors.add(error("agencies", "Select the agencies that took part in the strategy discussion"));
        }
        String outcome = form.get("outcome");
        if (outcome == null || !OUTCOMES.containsKey(outcome)) {
            errors.add(error("outcome", "Select what the strategy discussion decided"));
        }
        Optional<Referral> referral = openReferral(j);
        if (referral.isEmpty()) {
            errors.add(0, error("discussionDate", "There is no open referral for this child; record the referral first"));
        }
        if (referral.isPresent() && date != null && date.isBefore(referral.get().referralDate()) && !"S47".equals(outcome)) {
            // With an s47 the journey rules say this, with the DfE code (2889); without one, the form says it.
            errors.add(error("discussionDate", "The strategy discussion on " + Dates.uk(date)
                    + " cannot be before the referral on " + Dates.uk(referral.get().referralDate())));
        }
        if (!errors.isEmpty()) {
            return showStrategy(j, form, errors, model);
        }
        UUID referralId = referral.get().id();
        String agencies = String.join(", ", present);
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ProtectionStage.STRATEGY_DISCUSSIONS,
                new StrategyDiscussion(null, childId, referralId, date, agencies, outcome)));
        if ("S47".equals(outcome)) {
            // Started the same day, in the same change: both are saved or neither is.
            changes.add(JourneyChange.of(ProtectionStage.S47_ENQUIRIES,
                    new S47Enquiry(null, childId, referralId, null, date, null, null)));
        }
        try {
            journeys.record(actor, childId, null, changes, "record a strategy discussion");
        } catch (RuleViolations v) {
            return showStrategy(j, form, v.violations(), model);
        }
        drafts.discard(actor.username(), childId, STRATEGY_FORM);
        return "redirect:/children/" + childId + "?saved=" + ("S47".equals(outcome) ? "s47" : "strategy") + "#protection";
    }

    private String showStrategy(ChildJourney j, Map<String, String> fields, List<Violation> errors, Model model) {
        common(j, fields, errors, model, List.of("discussionDate", "agencies", "outcome"),
                Map.of("startDate", "discussionDate", "s47StartDate", "discussionDate"));
        model.addAttribute("referral", openReferral(j).orElse(null));
        model.addAttribute("agencies", AGENCIES);
        model.addAttribute("outcomes", OUTCOMES);
        return "protection/strategy-discussion";
    }

    // ---- Outcome of the section 47 enquiry -----------------------------------------------------------------------

    @GetMapping("/children/{childId}/s47-enquiries/{s47Id}/outcome")
    String outcomeForm(@PathVariable UUID childId, @PathVariable UUID s47Id, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "s47-enquiries", "record the outcome of a section 47 enquiry");
        S47Enquiry s47 = s47(j, s47Id);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, OUTCOME_FORM));
        if (fields.isEmpty() || !s47Id.toString().equals(fields.get("s47"))) {
            fields.clear();
            fields.put("s47", s47Id.toString());
            DateAnswer.fill(fields, "s47EndDate", s47.s47EndDate() != null ? s47.s47EndDate() : LocalDate.now());
            if (s47.icpcRequired() != null) {
                fields.put("icpcRequired", s47.icpcRequired() ? "yes" : "no");
            }
        }
        fields.put("version", Long.toString(j.version()));
        return showOutcome(j, s47, fields, List.of(), model);
    }

    @PostMapping("/children/{childId}/s47-enquiries/{s47Id}/outcome")
    String recordOutcome(@PathVariable UUID childId, @PathVariable UUID s47Id, @RequestParam Map<String, String> form,
                         Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "s47-enquiries", "record the outcome of a section 47 enquiry");
        S47Enquiry s47 = s47(j, s47Id);
        List<Violation> errors = new ArrayList<>();
        LocalDate end = pastDate(form, "s47EndDate", "the date the enquiry ended", errors);
        Boolean icpc = yesNo(form.get("icpcRequired"));
        if (icpc == null) {
            errors.add(error("icpcRequired", "Select yes if an initial child protection conference is needed"));
        }
        Long version = number(form.get("version"));
        if (!errors.isEmpty() || version == null) {
            if (version == null) {
                errors.add(error("s47EndDate", "The form was out of date; check the answers and save again"));
                form.put("version", Long.toString(j.version()));
            }
            return showOutcome(j, s47, form, errors, model);
        }
        S47Enquiry ended = new S47Enquiry(s47.id(), childId, s47.referralId(), s47.strategyDiscussionId(),
                s47.s47StartDate(), end, icpc, s47.icpcTargetDate());
        try {
            journeys.record(actor, childId, version, List.of(JourneyChange.of(ProtectionStage.S47_ENQUIRIES, ended)),
                    "record the outcome of a section 47 enquiry");
        } catch (RuleViolations v) {
            return showOutcome(j, s47, form, v.violations(), model);
        } catch (StaleRecord stale) {
            form.put("version", Long.toString(j.version()));
            return showOutcome(j, s47, form, List.of(error("s47EndDate", stale.getMessage())), model);
        }
        drafts.discard(actor.username(), childId, OUTCOME_FORM);
        return "redirect:/children/" + childId + "?saved=s47-outcome#protection";
    }

    private String showOutcome(ChildJourney j, S47Enquiry s47, Map<String, String> fields, List<Violation> errors,
                               Model model) {
        common(j, fields, errors, model, List.of("s47EndDate", "icpcRequired"), Map.of("endDate", "s47EndDate"));
        model.addAttribute("s47", s47);
        return "protection/s47-outcome";
    }

    // ---- Initial child protection conference -----------------------------------------------------------------------

    @GetMapping("/children/{childId}/initial-conferences/new")
    String conferenceForm(@PathVariable UUID childId, @RequestParam(name = "s47", required = false) String s47Id,
                          Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "initial-conferences", "record an initial conference");
        S47Enquiry s47 = awaitingConference(j, s47Id);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, CONFERENCE_FORM));
        if (fields.isEmpty() || !s47.id().toString().equals(fields.get("s47"))) {
            fields.clear();
            fields.put("s47", s47.id().toString());
            DateAnswer.fill(fields, "icpcDate", LocalDate.now());
        }
        return showConference(j, s47, fields, List.of(), model);
    }

    @PostMapping("/children/{childId}/initial-conferences/new")
    String recordConference(@PathVariable UUID childId, @RequestParam(name = "s47", required = false) String s47Id,
                            @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "initial-conferences", "record an initial conference");
        S47Enquiry s47 = awaitingConference(j, s47Id);
        List<Violation> errors = new ArrayList<>();
        LocalDate date = pastDate(form, "icpcDate", "the date of the conference", errors);
        String decision = form.get("decision");
        if (!"plan".equals(decision) && !"no-plan".equals(decision)) {
            errors.add(error("decision", "Select whether the conference decided on a child protection plan"));
        }
        String category = form.get("category");
        boolean plan = "plan".equals(decision);
        if (plan && (category == null || !CATEGORIES.containsKey(category))) {
            errors.add(error("category", "Select the category of abuse for the child protection plan"));
        }
        if (!errors.isEmpty()) {
            return showConference(j, s47, form, errors, model);
        }
        UUID referralId = s47.referralId() != null ? s47.referralId() : openReferral(j).map(Referral::id).orElse(null);
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ProtectionStage.INITIAL_CONFERENCES,
                new InitialConference(null, childId, s47.id(), referralId, date, plan)));
        if (plan) {
            // The plan starts on the day of the conference that decided it, recorded with it.
            changes.add(JourneyChange.of(ProtectionStage.CP_PLANS,
                    new CpPlan(null, childId, referralId, null, date, null, category, category, null)));
        }
        try {
            journeys.record(actor, childId, null, changes, "record an initial conference");
        } catch (RuleViolations v) {
            return showConference(j, s47, form, v.violations(), model);
        }
        drafts.discard(actor.username(), childId, CONFERENCE_FORM);
        return "redirect:/children/" + childId + "?saved=" + (plan ? "cp-plan" : "conference") + "#protection";
    }

    private String showConference(ChildJourney j, S47Enquiry s47, Map<String, String> fields, List<Violation> errors,
                                  Model model) {
        common(j, fields, errors, model, List.of("icpcDate", "decision", "category"),
                Map.of("cpPlanStartDate", "icpcDate", "startDate", "icpcDate", "cpPlanInitialCategory", "category",
                        "cpPlanLatestCategory", "category", "icpcOutcomeCpFlag", "decision"));
        model.addAttribute("s47", s47);
        model.addAttribute("categories", CATEGORIES);
        return "protection/initial-conference";
    }

    // ---- Shared ----------------------------------------------------------------------------------------------

    /** The referral the work belongs to: the child's open one (the latest, should there be more). */
    static Optional<Referral> openReferral(ChildJourney j) {
        return j.all(ReferralStage.REFERRALS).stream().filter(r -> r.closeDate() == null && r.referralDate() != null)
                .max(Comparator.comparing(Referral::referralDate));
    }

    /** Enquiries that may still lead to a conference: not decided against one, and none held for them yet. */
    static List<S47Enquiry> awaitingConference(ChildJourney j) {
        List<InitialConference> held = j.all(ProtectionStage.INITIAL_CONFERENCES);
        return j.all(ProtectionStage.S47_ENQUIRIES).stream()
                .filter(s -> !Boolean.FALSE.equals(s.icpcRequired()))
                .filter(s -> held.stream().noneMatch(c -> s.id().equals(c.s47EnquiryId())))
                .toList();
    }

    private static S47Enquiry awaitingConference(ChildJourney j, String s47) {
        List<S47Enquiry> waiting = awaitingConference(j);
        UUID s47Id;
        try {
            s47Id = s47 == null || s47.isBlank() ? null : UUID.fromString(s47.trim());
        } catch (IllegalArgumentException e) {
            throw HearthProblem.notFound("A section 47 enquiry awaiting a conference");
        }
        if (s47Id == null) {
            return waiting.stream().max(Comparator.comparing(S47Enquiry::s47StartDate,
                    Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElseThrow(() -> HearthProblem.notFound("A section 47 enquiry awaiting a conference"));
        }
        return waiting.stream().filter(s -> s.id().equals(s47Id)).findFirst()
                .orElseThrow(() -> HearthProblem.notFound("A section 47 enquiry awaiting a conference"));
    }

    private static S47Enquiry s47(ChildJourney j, UUID s47Id) {
        return j.find(ProtectionStage.S47_ENQUIRIES, s47Id).orElseThrow(() -> HearthProblem.notFound("The section 47 enquiry"));
    }

    /**
     * Puts what every form needs on the model. Errors are in the user's words with the DfE rule where there is one;
     * a rule about a field the form does not show is put against the form's first question.
     */
    static void common(ChildJourney j, Map<String, String> fields, List<Violation> errors, Model model,
                               List<String> formFields, Map<String, String> aliases) {
        model.addAttribute("child", j.child());
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        Map<String, String> byField = new LinkedHashMap<>();
        List<Map.Entry<String, String>> summary = new ArrayList<>();
        for (Violation e : errors) {
            String field = e.field() == null ? formFields.get(0) : aliases.getOrDefault(e.field(), e.field());
            if (!formFields.contains(field)) {
                field = formFields.get(0);
            }
            String message = e.message() + (e.dfeCode() == null || e.dfeCode().isBlank() ? "" : " (DfE rule " + e.dfeCode() + ")");
            byField.putIfAbsent(field, message);
            String anchor = field;
            if (summary.stream().noneMatch(s -> s.getValue().equals(message))) {
                summary.add(Map.entry(anchor, message));
            }
        }
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("errorSummary", summary);
    }

    /** A real date, today or earlier; otherwise an error against {@code field} in the user's words. */
    static LocalDate pastDate(Map<String, String> form, String field, String what, List<Violation> errors) {
        String real = "Enter " + what + " as a real date, for example 27 3 2025";
        LocalDate date = DateAnswer.read(form, field).orElse(null);
        if (date == null) {
            errors.add(error(field, real));
            return null;
        }
        if (date.isAfter(LocalDate.now())) {
            errors.add(error(field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be today or in the past"));
            return null;
        }
        return date;
    }

    static Violation error(String field, String message) {
        return new Violation("form", null, "form", null, field, message);
    }

    private static Boolean yesNo(String v) {
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    static Long number(String v) {
        try {
            return v == null ? null : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
