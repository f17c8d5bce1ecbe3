package org.hearth.protection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.portal.OwnWords;
import org.hearth.portal.space.SayWhatIThink;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.HearthProblem;
import org.hearth.platform.web.Labels;
import org.hearth.referral.Referrals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child protection forms: strategy discussion (starting a section 47 enquiry with it), the enquiry's outcome, and
 * the initial conference (with the plan it decides). Each starts from what the record knows: the open referral, the
 * enquiry awaiting a conference, today's date; each runs its stage command, as the API does.
 */
@Controller
class ProtectionPages {
    static final String STRATEGY_FORM = "strategy-discussion";
    static final String OUTCOME_FORM = "s47-outcome";
    static final String CONFERENCE_FORM = "initial-conference";
    private static final String STRATEGY_PURPOSE = "record a strategy discussion";
    private static final String OUTCOME_PURPOSE = "record the outcome of a section 47 enquiry";
    private static final String CONFERENCE_PURPOSE = "record an initial conference";
    private static final String AWAITING = "A section 47 enquiry awaiting a conference";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;
    private final PartnerOrganisations organisations;
    private final OwnWords ownWords;

    ProtectionPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts,
                    PartnerOrganisations organisations, OwnWords ownWords) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
        this.organisations = organisations;
        this.ownWords = ownWords;
    }

    // ---- Strategy discussion ------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/strategy-discussions/new")
    String strategyForm(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "strategy-discussions", STRATEGY_PURPOSE);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, STRATEGY_FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "discussionDate", LocalDate.now());
        }
        return showStrategy(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/strategy-discussions/new")
    String recordStrategy(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ProtectionForms.Read<RecordStrategyDiscussion> read = ProtectionForms.strategy(form, LocalDate.now(),
                organisations);
        if (run(actor, childId, null, read.command(), STRATEGY_PURPOSE, read.errors(), ProtectionForms.STRATEGY_QUESTIONS)) {
            drafts.discard(actor.username(), childId, STRATEGY_FORM);
            return "redirect:/children/" + childId + "?saved=" + (read.command().startsEnquiry() ? "s47" : "strategy")
                    + "#protection";
        }
        return showStrategy(journeys.read(actor, childId, "strategy-discussions", STRATEGY_PURPOSE), form,
                read.errors(), model);
    }

    private String showStrategy(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        common(j, fields, errors, model);
        model.addAttribute("referral", Referrals.open(j).orElse(null));
        model.addAttribute("outcomes", ChildProtection.OUTCOMES);
        meetingChoices(model, organisations);
        return "protection/strategy-discussion";
    }

    // ---- Outcome of the section 47 enquiry -----------------------------------------------------------------------

    @GetMapping("/children/{childId}/s47-enquiries/{s47Id}/outcome")
    String outcomeForm(@PathVariable UUID childId, @PathVariable UUID s47Id, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "s47-enquiries", OUTCOME_PURPOSE);
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
        return showOutcome(j, s47, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/s47-enquiries/{s47Id}/outcome")
    String recordOutcome(@PathVariable UUID childId, @PathVariable UUID s47Id, @RequestParam Map<String, String> form,
                         Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        S47Enquiry s47 = s47(journeys.read(actor, childId, "s47-enquiries", OUTCOME_PURPOSE), s47Id);
        ProtectionForms.Read<RecordS47Outcome> read = ProtectionForms.outcome(s47.id(), form, LocalDate.now());
        Long version = FormAnswers.version(form, read.errors());
        if (run(actor, childId, version, read.command(), OUTCOME_PURPOSE, read.errors(), ProtectionForms.OUTCOME_QUESTIONS)) {
            drafts.discard(actor.username(), childId, OUTCOME_FORM);
            return "redirect:/children/" + childId + "?saved=s47-outcome#protection";
        }
        ChildJourney j = journeys.read(actor, childId, "s47-enquiries", OUTCOME_PURPOSE);
        return showOutcome(j, s47, form, read.errors(), model);
    }

    private String showOutcome(ChildJourney j, S47Enquiry s47, Map<String, String> fields, FormErrors errors,
                               Model model) {
        common(j, fields, errors, model);
        model.addAttribute("s47", s47);
        return "protection/s47-outcome";
    }

    // ---- Initial child protection conference -----------------------------------------------------------------------

    @GetMapping("/children/{childId}/initial-conferences/new")
    String conferenceForm(@PathVariable UUID childId, @RequestParam(name = "s47", required = false) String s47Id,
                          Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "initial-conferences", CONFERENCE_PURPOSE);
        S47Enquiry s47 = awaitingConference(j, s47Id);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, CONFERENCE_FORM));
        if (fields.isEmpty() || !s47.id().toString().equals(fields.get("s47"))) {
            fields.clear();
            fields.put("s47", s47.id().toString());
            DateAnswer.fill(fields, "icpcDate", conferenceDayOnOrBefore(LocalDate.now()));
            // The conference starts from what the child said for it in their own space, and how they chose to take part.
            ownWords.offer(actor, childId, j.child().forename(), SayWhatIThink.Occasion.CP_CONFERENCE, null)
                    .ifPresent(offer -> OwnWords.prefill(fields, offer, VIEWS, PARTICIPATION));
        }
        return showConference(j, s47, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/initial-conferences/new")
    String recordConference(@PathVariable UUID childId, @RequestParam(name = "s47", required = false) String s47Id,
                            @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        S47Enquiry s47 = awaitingConference(journeys.read(actor, childId, "initial-conferences", CONFERENCE_PURPOSE),
                s47Id);
        ProtectionForms.Read<RecordInitialConference> read = ProtectionForms.conference(s47.id(), form, LocalDate.now(),
                organisations);
        OwnWords.check(form, VIEWS, PARTICIPATION, LocalDate.now(), read.errors());
        var saved = read.errors().isEmpty() ? FormRecorder.record(journeys, actor, childId, null, read.command(),
                CONFERENCE_PURPOSE, read.errors(), ProtectionForms.CONFERENCE_QUESTIONS)
                : java.util.Optional.<JourneyService.Recorded>empty();
        if (saved.isPresent()) {
            String kind = ProtectionStage.INITIAL_CONFERENCES.name();
            OwnWords.added(saved.get(), kind).ifPresent(conferenceId ->
                    ownWords.recorded(actor, childId, kind, conferenceId, form, VIEWS, PARTICIPATION));
            drafts.discard(actor.username(), childId, CONFERENCE_FORM);
            return "redirect:/children/" + childId + "?saved="
                    + (Boolean.TRUE.equals(read.command().planDecided()) ? "cp-plan" : "conference") + "#protection";
        }
        ChildJourney j = journeys.read(actor, childId, "initial-conferences", CONFERENCE_PURPOSE);
        return showConference(j, s47, form, read.errors(), model);
    }

    private String showConference(ChildJourney j, S47Enquiry s47, Map<String, String> fields, FormErrors errors,
                                  Model model) {
        common(j, fields, errors, model);
        model.addAttribute("s47", s47);
        model.addAttribute("categories", ChildProtection.CATEGORIES);
        ownWordsOn(model, ownWords.shown(currentActor.get(), j.child().id(), j.child().forename(),
                SayWhatIThink.Occasion.CP_CONFERENCE, null, fields));
        meetingChoices(model, organisations);
        return "protection/initial-conference";
    }

    // ---- A strategy discussion, read back ---------------------------------------------------------------------

    @GetMapping("/children/{childId}/strategy-discussions/{discussionId}")
    String strategyDiscussion(@PathVariable UUID childId, @PathVariable UUID discussionId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "strategy-discussions", "read a strategy discussion");
        StrategyDiscussion sd = j.find(ProtectionStage.STRATEGY_DISCUSSIONS, discussionId)
                .orElseThrow(() -> HearthProblem.notFound("The strategy discussion"));
        model.addAttribute("child", j.child());
        model.addAttribute("discussion", ProtectionSummary.discussion(j, sd));
        Labels.addTo(model);
        return "protection/strategy-discussion-view";
    }

    // ---- The child protection plan: outcomes, actions and core groups ---------------------------------------

    private static final String PLAN_PURPOSE = "read a child protection plan";
    private static final String PLAN_OUTCOME_PURPOSE = "add an outcome to a child protection plan";
    private static final String CORE_GROUP_PURPOSE = "record a core group";
    static final String PLAN_OUTCOME_FORM = "cp-plan-outcome";
    static final String CORE_GROUP_FORM = "core-group";

    @GetMapping("/children/{childId}/cp-plans/{planId}")
    String plan(@PathVariable UUID childId, @PathVariable UUID planId,
                @RequestParam(name = "saved", required = false) String saved, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "cp-plans", PLAN_PURPOSE);
        CpPlan plan = plan(j, planId);
        model.addAttribute("child", j.child());
        model.addAttribute("plan", ProtectionSummary.planDetail(j, plan, LocalDate.now()));
        model.addAttribute("mayChange", plan.cpPlanEndDate() == null && ChildProtection.recordsCasework(actor));
        model.addAttribute("saved", "outcome".equals(saved) ? "Outcome and its actions added to the plan"
                : "core-group".equals(saved) ? "Core group recorded" : null);
        Labels.addTo(model);
        return "protection/plan";
    }

    @GetMapping("/children/{childId}/cp-plans/{planId}/outcomes/new")
    String planOutcomeForm(@PathVariable UUID childId, @PathVariable UUID planId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "cp-plan-outcomes", PLAN_OUTCOME_PURPOSE);
        CpPlan plan = plan(j, planId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, PLAN_OUTCOME_FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "date", LocalDate.now());
        }
        return showPlanOutcome(j, plan, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cp-plans/{planId}/outcomes/new")
    String addOutcome(@PathVariable UUID childId, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                      Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        CpPlan plan = plan(journeys.read(actor, childId, "cp-plan-outcomes", PLAN_OUTCOME_PURPOSE), planId);
        ProtectionForms.Read<AddCpPlanOutcome> read = ProtectionForms.planOutcome(plan.id(), form, LocalDate.now(),
                organisations);
        if (run(actor, childId, null, read.command(), PLAN_OUTCOME_PURPOSE, read.errors(),
                ProtectionForms.OUTCOME_PLAN_QUESTIONS)) {
            drafts.discard(actor.username(), childId, PLAN_OUTCOME_FORM);
            return "redirect:/children/" + childId + "/cp-plans/" + plan.id() + "?saved=outcome";
        }
        ChildJourney j = journeys.read(actor, childId, "cp-plan-outcomes", PLAN_OUTCOME_PURPOSE);
        return showPlanOutcome(j, plan, form, read.errors(), model);
    }

    private String showPlanOutcome(ChildJourney j, CpPlan plan, Map<String, String> fields, FormErrors errors,
                                   Model model) {
        common(j, fields, errors, model);
        model.addAttribute("plan", plan);
        meetingChoices(model, organisations);
        return "protection/plan-outcome";
    }

    @GetMapping("/children/{childId}/cp-plans/{planId}/core-groups/new")
    String coreGroupForm(@PathVariable UUID childId, @PathVariable UUID planId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "core-groups", CORE_GROUP_PURPOSE);
        CpPlan plan = plan(j, planId);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, CORE_GROUP_FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "meetingDate", LocalDate.now());
        }
        for (ProtectionAction a : ChildProtection.actions(j, plan.id())) {
            fields.putIfAbsent("action-" + a.id() + "-status", a.status());
        }
        fields.put("version", Long.toString(j.version()));
        return showCoreGroup(j, plan, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/cp-plans/{planId}/core-groups/new")
    String recordCoreGroup(@PathVariable UUID childId, @PathVariable UUID planId,
                           @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney before = journeys.read(actor, childId, "core-groups", CORE_GROUP_PURPOSE);
        CpPlan plan = plan(before, planId);
        ProtectionForms.Read<RecordCoreGroup> read = ProtectionForms.coreGroup(plan.id(),
                ChildProtection.actions(before, plan.id()), form, LocalDate.now(), organisations);
        Long version = FormAnswers.version(form, read.errors());
        if (run(actor, childId, version, read.command(), CORE_GROUP_PURPOSE, read.errors(),
                ProtectionForms.CORE_GROUP_QUESTIONS)) {
            drafts.discard(actor.username(), childId, CORE_GROUP_FORM);
            return "redirect:/children/" + childId + "/cp-plans/" + plan.id() + "?saved=core-group";
        }
        ChildJourney j = journeys.read(actor, childId, "core-groups", CORE_GROUP_PURPOSE);
        return showCoreGroup(j, plan, form, read.errors(), model);
    }

    private String showCoreGroup(ChildJourney j, CpPlan plan, Map<String, String> fields, FormErrors errors,
                                 Model model) {
        common(j, fields, errors, model);
        model.addAttribute("plan", plan);
        model.addAttribute("actions", ChildProtection.actions(j, plan.id()));
        model.addAttribute("statuses", ChildProtection.ACTION_STATUSES);
        model.addAttribute("agencies", ChildProtection.AGENCIES);
        meetingChoices(model, organisations);
        return "protection/core-group";
    }

    private static CpPlan plan(ChildJourney j, UUID planId) {
        return j.find(ProtectionStage.CP_PLANS, planId)
                .orElseThrow(() -> HearthProblem.notFound("The child protection plan"));
    }

    // ---- Shared ----------------------------------------------------------------------------------------------

    /** What a meeting form offers: the organisations (and agencies) to choose, and how many rows of each. */
    static void meetingChoices(Model model, PartnerOrganisations organisations) {
        model.addAttribute("organisationChoices", organisations.choices());
        model.addAttribute("participantRows", java.util.stream.IntStream.rangeClosed(1,
                ProtectionForms.PARTICIPANT_ROWS).boxed().toList());
        model.addAttribute("actionRows", java.util.stream.IntStream.rangeClosed(1, ProtectionForms.ACTION_ROWS)
                .boxed().toList());
    }

    /** Runs the form's command when its answers are complete; false (with the reasons in errors) when not saved. */
    private boolean run(Actor actor, UUID childId, Long version, JourneyCommand command, String purpose,
                        FormErrors errors, Function<String, String> questions) {
        return errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, command, purpose, errors,
                questions);
    }

    private static S47Enquiry awaitingConference(ChildJourney j, String s47) {
        UUID s47Id;
        try {
            s47Id = s47 == null || s47.isBlank() ? null : UUID.fromString(s47.trim());
        } catch (IllegalArgumentException e) {
            throw HearthProblem.notFound(AWAITING);
        }
        S47Enquiry found = RecordInitialConference.enquiry(j, s47Id);
        if (found == null) {
            throw HearthProblem.notFound(AWAITING);
        }
        return found;
    }

    private static S47Enquiry s47(ChildJourney j, UUID s47Id) {
        return j.find(ProtectionStage.S47_ENQUIRIES, s47Id).orElseThrow(() -> HearthProblem.notFound("The section 47 enquiry"));
    }

    /** Puts what every protection form needs on the model: the child, the answers and the problems. */
    /** The child's views and how they took part, as a conference form asks them (OwnWords keeps them with it). */
    static final String VIEWS = "childViews";
    static final String PARTICIPATION = "childParticipation";

    /** What the child said for the conference (null: nothing offered) and the ways a child may take part. */
    static void ownWordsOn(Model model, OwnWords.Offer offer) {
        model.addAttribute("ownWords", offer);
        model.addAttribute("meetingParticipations", FormAnswers.options(OwnWords.MEETING_PARTICIPATION, LocalDate.now()));
    }

    static void common(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        model.addAttribute("child", j.child());
        errors.addTo(model, fields);
    }

    /**
     * The day the conference form starts from: today, or on a Saturday or Sunday the Friday before, since a conference
     * cannot be held at a weekend (DfE 8875) and the form must not offer a date it would itself refuse.
     */
    static LocalDate conferenceDayOnOrBefore(LocalDate today) {
        LocalDate day = today;
        while (org.hearth.calendar.WorkingDayCalendar.isWeekend(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
