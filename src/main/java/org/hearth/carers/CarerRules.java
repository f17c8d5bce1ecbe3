package org.hearth.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/**
 * What is true of carers' records whoever writes them, and the questions the pages and commands ask of them: who takes a
 * decision, when an answer is due, which carer is linked now, and whether the delegated authority is overdue.
 */
public final class CarerRules {
    private CarerRules() {}

    /** The journey rule: links lie within their placements, one current delegation per decision, answers to requests. */
    public static List<Violation> check(ChildJourney j) {
        List<Violation> out = new ArrayList<>();
        String links = CarersStage.PLACEMENT_CARERS.name();
        for (PlacementCarer l : j.all(CarersStage.PLACEMENT_CARERS)) {
            Optional<Placement> p = j.find(CareStage.PLACEMENTS, l.placementId());
            if (p.isEmpty()) {
                out.add(new Violation("carer-link-placement", null, links, l.id(), "placementId",
                        "A carer is linked to one of this child's placements"));
                continue;
            }
            Placement placement = p.get();
            if (l.linkStartDate().isBefore(placement.startDate())) {
                out.add(new Violation("carer-link-before-placement", null, links, l.id(), "linkStartDate",
                        "A carer's link starts on or after the placement started"));
            }
            if (placement.endDate() != null && (l.linkEndDate() == null || l.linkEndDate().isAfter(placement.endDate()))) {
                out.add(new Violation("carer-link-after-placement", null, links, l.id(), "linkEndDate",
                        "A carer's link ends when the placement ends"));
            }
            if (!CarersStage.inList(CarersStage.CARER_KIND, l.carerKind(), l.linkStartDate())) {
                out.add(new Violation("carer-link-kind", null, links, l.id(), "carerKind",
                        "Say what kind of carer this is"));
            }
        }
        Set<String> decisions = new HashSet<>();
        for (DelegatedAuthority d : j.all(CarersStage.DELEGATED_AUTHORITY)) {
            String kind = CarersStage.DELEGATED_AUTHORITY.name();
            if (!decisions.add(d.decision())) {
                out.add(new Violation("delegated-authority-once", null, kind, d.id(), "decision",
                        "Each everyday decision has one entry in the delegated authority"));
            }
            if (!CarersStage.inList(CarersStage.DECISION, d.decision(), d.agreedOn())
                    || !CarersStage.inList(CarersStage.DECIDED_BY, d.decidedBy(), d.agreedOn())) {
                out.add(new Violation("delegated-authority-codes", null, kind, d.id(), "decidedBy",
                        "Say who takes each decision from the list"));
            }
            if (d.reason() == null || d.reason().isBlank()) {
                out.add(new Violation("delegated-authority-reason", null, kind, d.id(), "reason",
                        "Give the reason for who takes each decision"));
            }
        }
        Set<UUID> requests = new HashSet<>();
        j.all(CarersStage.DECISION_REQUESTS).forEach(r -> requests.add(r.id()));
        Set<UUID> answered = new HashSet<>();
        for (DecisionAnswer a : j.all(CarersStage.DECISION_ANSWERS)) {
            String kind = CarersStage.DECISION_ANSWERS.name();
            if (!requests.contains(a.requestId())) {
                out.add(new Violation("decision-answer-request", null, kind, a.id(), "requestId",
                        "An answer is to a carer's request on this child's record"));
            } else if (!answered.add(a.requestId())) {
                out.add(new Violation("decision-answer-once", null, kind, a.id(), "requestId",
                        "A carer's request has one answer"));
            }
        }
        return out;
    }

    /** Who takes this decision for the child, as the delegated authority says; empty when it is not agreed yet. */
    public static Optional<DelegatedAuthority> whoDecides(ChildJourney j, String decision) {
        return j.all(CarersStage.DELEGATED_AUTHORITY).stream().filter(d -> d.decision().equals(decision)).findFirst();
    }

    /** Whether the carer may take this decision themself (the delegated authority says the carer decides). */
    public static boolean carerDecides(ChildJourney j, String decision) {
        return whoDecides(j, decision).map(d -> DelegatedAuthority.CARER.equals(d.decidedBy())).orElse(false);
    }

    /** The day an answer is due: {@code workingDays} working days after the day the carer asked. */
    public static LocalDate answerDue(LocalDate askedOn, int workingDays, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(askedOn, workingDays);
    }

    /** This user's link to the child open on this day, if they are the carer of the child's placement then. */
    public static Optional<PlacementCarer> linkOf(ChildJourney j, String username, LocalDate day) {
        return j.all(CarersStage.PLACEMENT_CARERS).stream()
                .filter(l -> l.carerUsername().equals(username) && l.openOn(day)).findFirst();
    }

    /** The answer to a request, if it has one. */
    public static Optional<DecisionAnswer> answerTo(ChildJourney j, UUID requestId) {
        return j.all(CarersStage.DECISION_ANSWERS).stream().filter(a -> a.requestId().equals(requestId)).findFirst();
    }

    /** The requests not yet answered, oldest first. */
    public static List<DecisionRequest> waiting(ChildJourney j) {
        return j.all(CarersStage.DECISION_REQUESTS).stream().filter(r -> answerTo(j, r.id()).isEmpty()).toList();
    }

    /** The last review of the delegated authority, if any. */
    public static Optional<DelegatedAuthorityReview> lastReview(ChildJourney j) {
        List<DelegatedAuthorityReview> all = j.all(CarersStage.DELEGATED_AUTHORITY_REVIEWS);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The day the delegated authority for the current placement is due (the DELEGATED_AUTHORITY timescale from the
     * placement's start), when a carer is linked to it and it has not been agreed since the placement started.
     */
    public static Optional<LocalDate> agreementDue(ChildJourney j, LocalDate today, int workingDays,
                                                   WorkingDayCalendar calendar) {
        Optional<Placement> current = j.all(CareStage.PLACEMENTS).stream()
                .filter(p -> !p.startDate().isAfter(today) && p.endDate() == null).reduce((a, b) -> b);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Placement p = current.get();
        boolean carerLinked = j.all(CarersStage.PLACEMENT_CARERS).stream()
                .anyMatch(l -> l.placementId().equals(p.id()) && l.openOn(today));
        boolean agreed = j.all(CarersStage.DELEGATED_AUTHORITY).stream()
                .anyMatch(d -> !d.agreedOn().isBefore(p.startDate()));
        if (!carerLinked || agreed) {
            return Optional.empty();
        }
        return Optional.of(calendar.plusWorkingDays(p.startDate(), workingDays));
    }
}
