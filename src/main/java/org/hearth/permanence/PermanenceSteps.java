package org.hearth.permanence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.care.CareRoles;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** What the permanence commands share: who may take a step, the plans and orders Hearth knows, the plan being changed. */
final class PermanenceSteps {
    private PermanenceSteps() {}

    static final String KIND = PermanenceStage.PERMANENCE.name();
    static final String ADOPTION = "ADOPTION";
    /** The permanence plans a decision can make. */
    static final Set<String> PLANS = Set.of(ADOPTION, "SGO", "RETURN_HOME", "CHILD_ARRANGEMENTS",
            "LONG_TERM_FOSTERING");
    /** The orders that make a plan permanent: an adoption order, a special guardianship order, a child arrangements order. */
    static final Set<String> ORDERS = Set.of(ADOPTION, "SGO", "CHILD_ARRANGEMENTS");

    /** The refusal for someone who does not make permanence decisions (only the social worker or their manager). */
    static Violation role(JourneyCommand.Context context, String step) {
        if (CareRoles.changesCare(context.actor().role())) {
            return null;
        }
        return new Violation("permanence-role", null, KIND, null, null,
                "Only the child's social worker or their team manager can record " + step);
    }

    /** A date for a step that has happened: given, and not in the future. */
    static Violation pastDate(LocalDate date, LocalDate today, UUID id, String field, String what) {
        if (date == null) {
            return new Violation("permanence-date", null, KIND, id, field, "Enter the date " + what);
        }
        if (date.isAfter(today)) {
            return new Violation("not-in-future", null, KIND, id, field,
                    "The date " + what + " must be today or in the past");
        }
        return null;
    }

    /** A plan still in progress: decided, neither reversed nor made permanent by an order. */
    static boolean open(Permanence p) {
        return p.decisionReversedDate() == null && p.permanenceOrderDate() == null;
    }

    /** The child's plan in progress, if any. */
    static Permanence openPlan(ChildJourney j) {
        return j.all(PermanenceStage.PERMANENCE).stream().filter(PermanenceSteps::open).reduce((a, b) -> b)
                .orElse(null);
    }

    /** The plan a step is about, or the refusal that says it is not the child's or is no longer in progress. */
    /**
     * The plan a step is taken on, or the refusal that stops it: the actor may not take permanence steps, or the
     * child has no such plan.
     */
    static Object planForStep(ChildJourney j, JourneyCommand.Context context, UUID id, String step) {
        Violation role = role(context, step);
        return role != null ? role : plan(j, id);
    }

    static Object plan(ChildJourney j, UUID id) {
        Permanence p = id == null ? null : j.find(PermanenceStage.PERMANENCE, id).orElse(null);
        if (p == null) {
            return new Violation("permanence-known", null, KIND, id, null, "The child has no such permanence plan");
        }
        if (p.decisionReversedDate() != null) {
            return new Violation("permanence-open", null, KIND, id, null, "The decision of "
                    + Dates.uk(p.admDecisionDate()) + " was reversed on " + Dates.uk(p.decisionReversedDate()));
        }
        if (p.permanenceOrderDate() != null) {
            return new Violation("permanence-open", null, KIND, id, null,
                    "The plan was made permanent by an order on " + Dates.uk(p.permanenceOrderDate()));
        }
        return p;
    }

    static Violation notBefore(LocalDate date, LocalDate earlier, UUID id, String field, String what, String step) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            return new Violation("permanence-order", null, KIND, id, field,
                    "The date " + what + " must be on or after " + step + " on " + Dates.uk(earlier));
        }
        return null;
    }

    static void add(List<Violation> out, Violation v) {
        if (v != null) {
            out.add(v);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Permanence with(Permanence p, LocalDate matched, LocalDate placed, LocalDate reversed, String reason,
                           LocalDate order, String orderType, String byCarer, String adopters, String sex,
                           String legalStatus) {
        return new Permanence(p.id(), p.personId(), p.permanencePlan(), p.admDecisionDate(), matched, placed,
                reversed, reason, order, orderType, byCarer, adopters, sex, legalStatus);
    }
}
