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
                                List<Stage.Action> actions) {

    /** An open or conference-awaiting enquiry; {@code conferenceDue} is null when no conference is needed. */
    public record Enquiry(UUID id, LocalDate started, LocalDate ended, Boolean icpcRequired, LocalDate conferenceDue,
                          boolean outcomeRecorded, boolean awaitingConference, Stage.Action recordOutcome,
                          Stage.Action recordConference) {}

    public record Plan(UUID id, LocalDate started, String category, String categoryLabel, LocalDate reviewDue,
                       Stage.Action recordReview) {}

    public ProtectionSummary {
        actions = List.copyOf(actions);
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
        Plan plan = open == null ? null : new Plan(open.id(), open.cpPlanStartDate(), ChildProtection.category(open),
                ChildProtection.CATEGORIES.getOrDefault(ChildProtection.category(open), ChildProtection.category(open)),
                openClocks.stream().filter(c -> c.ruleId().startsWith("CP_REVIEW")).map(StatutoryClock::dueOn)
                        .findFirst().orElse(null),
                find(actions, ProtectionStage.reviewHref(j)));
        return new ProtectionSummary(enquiries, plan, find(actions, ProtectionStage.strategyHref(j)), actions);
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
