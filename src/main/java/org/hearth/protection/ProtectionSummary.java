package org.hearth.protection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.clocks.StatutoryClock;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Stage;

/**
 * What the child's record shows under "Child protection": the section 47 enquiries still open or awaiting their
 * conference, with the conference's due date, and the open plan with its next review due. The dates are the open
 * statutory clocks', so the card and the list of clocks never disagree; the card's links are the steps
 * {@link ProtectionStage#actions} offers this user (null where none is offered).
 */
public record ProtectionSummary(List<Enquiry> enquiries, Plan plan, Stage.Action strategyDiscussion,
                                List<Stage.Action> actions, List<Discussion> discussions) {

    /** An action with its words: the agency, the status, and whether it is overdue today. */
    public record ActionView(ProtectionAction action, String agency, String status, boolean overdue) {
        static ActionView of(ProtectionAction a, LocalDate today) {
            return new ActionView(a, ChildProtection.AGENCIES.getOrDefault(a.agency(), a.agency()),
                    ChildProtection.ACTION_STATUSES.getOrDefault(a.status(), a.status()), a.overdueOn(today));
        }
    }

    /** A participant with their agency in words. */
    public record AttendeeView(ProtectionAttendee attendee, String agency) {
        static List<AttendeeView> of(List<ProtectionAttendee> attendees) {
            return attendees.stream().map(a -> new AttendeeView(a, ChildProtection.AGENCIES.getOrDefault(a.agency(),
                    a.agency()))).toList();
        }
    }

    /**
     * A strategy discussion as the record shows it: who took part, which of the police and health did not (and why),
     * the minutes and the actions agreed.
     */
    public record Discussion(UUID id, LocalDate date, String outcome, String minutes, String absenceReason,
                             List<AttendeeView> participants, List<String> missingAgencies, List<ActionView> actions,
                             String href) {}

    /** A core group meeting with who came. */
    public record CoreGroupView(CoreGroup group, List<AttendeeView> attendees) {}

    /** An outcome of a plan with the actions towards it. */
    public record OutcomeView(CpPlanOutcome outcome, List<ActionView> actions) {}

    /** A child protection plan in full: its outcomes and actions, its core groups and whether it is a repeat plan. */
    public record PlanDetail(CpPlan plan, String initialCategory, String category, RepeatPlan repeat,
                             List<OutcomeView> outcomes, List<CoreGroupView> coreGroups, LocalDate firstCoreGroupDue,
                             List<ConferenceView> conferences) {
        public boolean open() {
            return plan.cpPlanEndDate() == null;
        }
    }

    /** The plan's initial or a review conference: when, the decision, recommendations and who took part. */
    public record ConferenceView(String title, LocalDate date, String decision, String recommendations,
                                 List<AttendeeView> attendees) {}

    /** An open or conference-awaiting enquiry; {@code conferenceDue} is null when no conference is needed. */
    public record Enquiry(UUID id, LocalDate started, LocalDate ended, Boolean icpcRequired, LocalDate conferenceDue,
                          boolean outcomeRecorded, boolean awaitingConference, Stage.Action recordOutcome,
                          Stage.Action recordConference) {}

    public record Plan(UUID id, LocalDate started, String category, String categoryLabel, LocalDate reviewDue,
                       Stage.Action recordReview, String href, String repeat, int outcomes, int openActions,
                       int overdueActions, LocalDate lastCoreGroup, LocalDate firstCoreGroupDue) {}

    public ProtectionSummary {
        actions = List.copyOf(actions);
        discussions = List.copyOf(discussions);
    }

    public boolean isEmpty() {
        return enquiries.isEmpty() && plan == null;
    }

    /** Whether the protection card (or its button) already shows this step, so the record's list need not. */
    public boolean shows(Stage.Action action) {
        return actions.contains(action);
    }

    /** The steps of the record's list that the protection card does not already show. */
    public List<Stage.Action> notShown(List<Stage.Action> recordActions) {
        return recordActions.stream().filter(a -> !shows(a)).toList();
    }

    public static ProtectionSummary of(ChildJourney j, List<StatutoryClock> openClocks, Actor actor, LocalDate today) {
        return of(j, openClocks, actor, today, a -> true);
    }

    /** @param allowed which of the steps the user's view of the record lets them take (none, when it is read only) */
    public static ProtectionSummary of(ChildJourney j, List<StatutoryClock> openClocks, Actor actor, LocalDate today,
                                       java.util.function.Predicate<Stage.Action> allowed) {
        List<Stage.Action> actions = ProtectionStage.offered(j, actor).stream().filter(allowed).toList();
        List<S47Enquiry> awaiting = ChildProtection.awaitingConference(j);
        List<Enquiry> enquiries = j.all(ProtectionStage.S47_ENQUIRIES).stream()
                .filter(s -> s.s47EndDate() == null || awaiting.contains(s))
                .sorted(Comparator.comparing(S47Enquiry::s47StartDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(s -> new Enquiry(s.id(), s.s47StartDate(), s.s47EndDate(), s.icpcRequired(),
                        conferenceDue(j, s, openClocks), s.s47EndDate() != null, awaiting.contains(s),
                        find(actions, ProtectionStage.outcomeHref(j, s)),
                        find(actions, ProtectionStage.conferenceHref(j, s))))
                .toList();
        CpPlan open = ChildProtection.openPlan(j);
        Plan plan = null;
        if (open != null) {
            List<ProtectionAction> planActions = ChildProtection.actions(j, open.id());
            plan = new Plan(open.id(), open.cpPlanStartDate(), ChildProtection.category(open),
                    ChildProtection.CATEGORIES.getOrDefault(ChildProtection.category(open), ChildProtection.category(open)),
                    openClocks.stream().filter(c -> c.ruleId().startsWith("CP_REVIEW")).map(StatutoryClock::dueOn)
                            .findFirst().orElse(null),
                    find(actions, ProtectionStage.reviewHref(j)), planHref(j, open),
                    RepeatPlan.of(j, open).map(RepeatPlan::words).orElse(null),
                    ChildProtection.outcomes(j, open.id()).size(),
                    (int) planActions.stream().filter(ProtectionAction::open).count(),
                    (int) planActions.stream().filter(a -> a.overdueOn(today)).count(),
                    ChildProtection.coreGroups(j, open.id()).stream().map(CoreGroup::meetingDate)
                            .reduce((a, b) -> b).orElse(null),
                    openClocks.stream().filter(c -> "CORE_GROUP_FIRST".equals(c.ruleId())).map(StatutoryClock::dueOn)
                            .findFirst().orElse(null));
        }
        // The strategy discussions of the open referral's work (the latest three), so their participants and
        // actions are on the record, not only in the chronology.
        List<Discussion> discussions = j.all(ProtectionStage.STRATEGY_DISCUSSIONS).stream()
                .sorted(Comparator.comparing(StrategyDiscussion::discussionDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .limit(3).map(sd -> discussion(j, sd, today)).toList();
        return new ProtectionSummary(enquiries, plan, find(actions, ProtectionStage.strategyHref(j)), actions,
                discussions);
    }

    static String planHref(ChildJourney j, CpPlan plan) {
        return "/children/" + j.child().id() + "/cp-plans/" + plan.id();
    }

    static Discussion discussion(ChildJourney j, StrategyDiscussion sd) {
        return discussion(j, sd, LocalDate.now());
    }

    static Discussion discussion(ChildJourney j, StrategyDiscussion sd, LocalDate today) {
        List<ProtectionAttendee> people = ChildProtection.attendees(j, sd.id());
        return new Discussion(sd.id(), sd.discussionDate(), ChildProtection.OUTCOMES.getOrDefault(sd.outcome(),
                sd.outcome()), sd.minutes(), sd.absenceReason(), AttendeeView.of(people),
                ChildProtection.missingAgencies(people),
                ChildProtection.actions(j, sd.id()).stream().map(a -> ActionView.of(a, today)).toList(),
                "/children/" + j.child().id() + "/strategy-discussions/" + sd.id());
    }

    /** The plan in full, for its own page. */
    static PlanDetail planDetail(ChildJourney j, CpPlan plan, LocalDate today) {
        List<ProtectionAction> all = ChildProtection.actions(j, plan.id());
        List<OutcomeView> outcomes = new java.util.ArrayList<>();
        for (CpPlanOutcome o : ChildProtection.outcomes(j, plan.id())) {
            outcomes.add(new OutcomeView(o, all.stream().filter(a -> o.id().equals(a.outcomeId()))
                    .map(a -> ActionView.of(a, today)).toList()));
        }
        List<CoreGroupView> groups = ChildProtection.coreGroups(j, plan.id()).stream()
                .map(g -> new CoreGroupView(g, AttendeeView.of(ChildProtection.attendees(j, g.id())))).toList();
        List<ConferenceView> conferences = new java.util.ArrayList<>();
        if (plan.icpcId() != null) {
            j.find(ProtectionStage.INITIAL_CONFERENCES, plan.icpcId()).ifPresent(c -> conferences.add(
                    new ConferenceView("Initial child protection conference", c.icpcDate(),
                            c.planDecided() ? "Child protection plan, category: " + ChildProtection.CATEGORIES
                                    .getOrDefault(plan.cpPlanInitialCategory(), plan.cpPlanInitialCategory()) : "No plan",
                            c.recommendations(), AttendeeView.of(ChildProtection.attendees(j, c.id())))));
        }
        j.all(ProtectionStage.CP_REVIEWS).stream().filter(r -> plan.id().equals(r.cpPlanId())).forEach(r ->
                conferences.add(new ConferenceView("Review conference", r.cpReviewDate(),
                        Boolean.FALSE.equals(r.cpReviewOutcomeContinueCp())
                                ? "The plan ends: " + ChildProtection.END_REASONS.getOrDefault(r.cpReviewPlanEndReason(),
                                "reason not recorded").toLowerCase(java.util.Locale.UK)
                                : "The plan continues", r.cpReviewRecommendations(),
                        AttendeeView.of(ChildProtection.attendees(j, r.id())))));
        LocalDate firstDue = org.hearth.clocks.JourneyClocks.standard().derive(j, today).stream()
                .filter(c -> "CORE_GROUP_FIRST".equals(c.ruleId()) && plan.cpPlanStartDate().equals(c.startedOn()))
                .map(StatutoryClock::dueOn).findFirst().orElse(null);
        return new PlanDetail(plan, ChildProtection.CATEGORIES.getOrDefault(plan.cpPlanInitialCategory(),
                plan.cpPlanInitialCategory()), ChildProtection.CATEGORIES.getOrDefault(ChildProtection.category(plan),
                ChildProtection.category(plan)), RepeatPlan.of(j, plan).orElse(null), outcomes, groups, firstDue,
                conferences);
    }

    private static Stage.Action find(List<Stage.Action> actions, String href) {
        return actions.stream().filter(a -> a.href().equals(href)).findFirst().orElse(null);
    }

    /** The open ICPC clock for this enquiry: it runs from its strategy discussion, or from its own start. */
    private static LocalDate conferenceDue(ChildJourney j, S47Enquiry s47, List<StatutoryClock> openClocks) {
        if (Boolean.FALSE.equals(s47.icpcRequired())) {
            return null;
        }
        LocalDate from = s47.strategyDiscussionId() == null ? s47.s47StartDate()
                : j.find(ProtectionStage.STRATEGY_DISCUSSIONS, s47.strategyDiscussionId())
                .map(StrategyDiscussion::discussionDate).orElse(s47.s47StartDate());
        return openClocks.stream().filter(c -> "ICPC".equals(c.ruleId()) && c.startedOn().equals(from))
                .map(StatutoryClock::dueOn).findFirst().orElse(null);
    }
}
