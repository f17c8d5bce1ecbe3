package org.hearth.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A dated step that stops or changes a statutory clock (see {@link CareMilestone}). What the step belongs to is worked
 * out from the record where it can be: the care plan, health assessment and PEP belong to the period of care in which
 * they fall (a care plan may come before the placement, so one dated before the open period belongs to it); a
 * placement plan and a long-term confirmation name their placement, a return home interview its missing episode.
 *
 * <p>A placement is confirmed as long-term only while it is open, never for a short break (legal status V3/V4), and
 * only once the child's IRO has been consulted; whether the child agreed is asked, and visits move to three-monthly
 * after the placement's first year only where they did (CPPCR 2010 reg 28(2)(c)).
 */
public record RecordCareMilestone(String type, LocalDate date, UUID subjectId, Boolean childAgreed,
                                  Boolean iroConsulted) implements JourneyCommand {
    private static final String KIND = CareStage.MILESTONES.name();

    /** A step that names nothing beyond its date. */
    public static RecordCareMilestone of(String type, LocalDate date) {
        return new RecordCareMilestone(type, date, null, null, null);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> refusals = new ArrayList<>();
        if (type == null || !CareMilestone.TYPES.containsKey(type)) {
            return Decision.refused(refusal("milestoneType", "Select what was done"));
        }
        if (date == null) {
            return Decision.refused(refusal("milestoneDate", "Enter the date it was done"));
        }
        if (date.isAfter(context.today())) {
            return Decision.refused(refusal("milestoneDate", "The date must be today or in the past"));
        }
        if (j.child().unborn()) {
            return Decision.refused(refusal("milestoneType", "This cannot be recorded for an unborn child"));
        }
        UUID subject;
        switch (type) {
            case CareMilestone.PLACEMENT_PLAN, CareMilestone.LONG_TERM_PLACEMENT -> {
                Placement p = subjectId == null ? null : j.find(CareStage.PLACEMENTS, subjectId).orElse(null);
                if (p == null) {
                    return Decision.refused(refusal("subjectId", "Select the placement"));
                }
                if (CareMilestone.LONG_TERM_PLACEMENT.equals(type)) {
                    longTerm(j, p, refusals);
                } else if (p.claPlacementStartDate() != null
                        && date.isAfter(p.claPlacementEndDate() == null ? date : p.claPlacementEndDate())) {
                    refusals.add(refusal("milestoneDate", "The placement ended on " + Dates.uk(p.claPlacementEndDate())
                            + ": a placement plan must be dated before it ended"));
                }
                subject = p.id();
            }
            case CareMilestone.RETURN_INTERVIEW -> {
                MissingEpisode m = subjectId == null ? null : j.find(CareStage.MISSING, subjectId).orElse(null);
                if (m == null) {
                    return Decision.refused(refusal("subjectId", "Select the missing or away episode"));
                }
                if (m.missingEpisodeEndDate() == null) {
                    refusals.add(refusal("subjectId", "Record the child's return before the return home interview"));
                } else if (date.isBefore(m.missingEpisodeEndDate())) {
                    refusals.add(refusal("milestoneDate", "The interview must be on or after the child returned on "
                            + Dates.uk(m.missingEpisodeEndDate())));
                }
                subject = m.id();
            }
            case CareMilestone.PATHWAY_PLAN_REVIEW -> {
                boolean ceased = j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> p.periodEndDate() != null
                        && !p.periodEndDate().isAfter(date)) || LookedAfter.openPeriod(j) != null;
                if (!ceased) {
                    refusals.add(refusal("milestoneType", "A pathway plan is reviewed for a child who is or has been "
                            + "looked after; this child has no period of care on record"));
                }
                subject = null;
            }
            default -> {
                CarePeriod period = periodFor(j, type, date);
                if (period == null) {
                    refusals.add(refusal("milestoneDate", "The child was not looked after on " + Dates.uk(date)
                            + (CareMilestone.CARE_PLAN.equals(type) ? " and is not looked after now" : "")));
                    subject = null;
                } else {
                    subject = period.id();
                }
            }
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        boolean longTerm = CareMilestone.LONG_TERM_PLACEMENT.equals(type);
        return Decision.of(JourneyChange.of(CareStage.MILESTONES, new CareMilestone(null, j.child().id(), type, date,
                subject, longTerm ? childAgreed : null, longTerm ? iroConsulted : null)));
    }

    private void longTerm(ChildJourney j, Placement p, List<Violation> refusals) {
        if (p.claPlacementEndDate() != null) {
            refusals.add(refusal("subjectId", "That placement ended on " + Dates.uk(p.claPlacementEndDate())
                    + ": only the current placement can be confirmed as long-term"));
        } else if (date.isBefore(p.claPlacementStartDate())) {
            refusals.add(refusal("milestoneDate", "The placement started on " + Dates.uk(p.claPlacementStartDate())
                    + ": it cannot be confirmed as long-term before then"));
        }
        LegalStatus status = LookedAfter.currentLegalStatus(j);
        if (status != null && ShortBreaks.isShortBreak(status.legalStatus())) {
            refusals.add(refusal("subjectId", "The child is on short breaks: their visits follow the short breaks "
                    + "timescales, and a short break placement is not a long-term placement"));
        }
        if (!Boolean.TRUE.equals(iroConsulted)) {
            refusals.add(refusal("iroConsulted", "Consult the child's IRO before confirming the placement as long-term"));
        }
        if (childAgreed == null) {
            refusals.add(refusal("childAgreed", "Say whether the child agreed to visits every three months"));
        }
        if (j.all(CareStage.MILESTONES).stream().anyMatch(m -> m.is(CareMilestone.LONG_TERM_PLACEMENT)
                && p.id().equals(m.subjectId()))) {
            refusals.add(refusal("subjectId", "This placement is already confirmed as long-term"));
        }
    }

    /** The period of care a period step belongs to: the one covering its date, or (a care plan) the open one after it. */
    static CarePeriod periodFor(ChildJourney j, String type, LocalDate date) {
        CarePeriod covering = LookedAfter.periodOn(j, date);
        if (covering != null) {
            return covering;
        }
        CarePeriod open = LookedAfter.openPeriod(j);
        return CareMilestone.CARE_PLAN.equals(type) && open != null && date.isBefore(open.periodStartDate()) ? open : null;
    }

    private static Violation refusal(String field, String message) {
        return new Violation("care-milestone", null, KIND, null, field, message);
    }
}
