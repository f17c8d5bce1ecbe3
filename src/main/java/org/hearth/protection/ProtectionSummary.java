package org.hearth.protection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.clocks.StatutoryClock;
import org.hearth.journey.ChildJourney;

/**
 * What the child's record shows under "Child protection": the section 47 enquiries still open or awaiting their
 * conference, with the conference's due date, and the open plan with its next review due. The dates are the open
 * statutory clocks', so the card and the list of clocks never disagree.
 */
public record ProtectionSummary(List<Enquiry> enquiries, Plan plan, boolean canStartStrategyDiscussion) {

    /** An open or conference-awaiting enquiry; {@code conferenceDue} is null when no conference is needed. */
    public record Enquiry(UUID id, LocalDate started, LocalDate ended, Boolean icpcRequired, LocalDate conferenceDue,
                          boolean outcomeRecorded, boolean awaitingConference) {}

    public record Plan(UUID id, LocalDate started, String category, String categoryLabel, LocalDate reviewDue) {}

    public boolean isEmpty() {
        return enquiries.isEmpty() && plan == null;
    }

    public static ProtectionSummary of(ChildJourney j, List<StatutoryClock> openClocks) {
        List<S47Enquiry> awaiting = ProtectionPages.awaitingConference(j);
        List<Enquiry> enquiries = j.all(ProtectionStage.S47_ENQUIRIES).stream()
                .filter(s -> s.s47EndDate() == null || awaiting.contains(s))
                .sorted(Comparator.comparing(S47Enquiry::s47StartDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(s -> new Enquiry(s.id(), s.s47StartDate(), s.s47EndDate(), s.icpcRequired(),
                        conferenceDue(j, s, openClocks), s.s47EndDate() != null, awaiting.contains(s)))
                .toList();
        Plan plan = j.all(ProtectionStage.CP_PLANS).stream().filter(p -> p.cpPlanEndDate() == null).findFirst()
                .map(p -> new Plan(p.id(), p.cpPlanStartDate(), latest(p),
                        ProtectionPages.CATEGORIES.getOrDefault(latest(p), latest(p)),
                        openClocks.stream().filter(c -> c.ruleId().startsWith("CP_REVIEW")).map(StatutoryClock::dueOn)
                                .findFirst().orElse(null)))
                .orElse(null);
        boolean canStart = ProtectionPages.openReferral(j).isPresent() && plan == null
                && enquiries.stream().noneMatch(e -> e.ended() == null);
        return new ProtectionSummary(enquiries, plan, canStart);
    }

    private static String latest(CpPlan p) {
        return p.cpPlanLatestCategory() != null ? p.cpPlanLatestCategory() : p.cpPlanInitialCategory();
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
