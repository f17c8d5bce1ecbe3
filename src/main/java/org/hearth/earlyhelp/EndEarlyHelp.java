package org.hearth.earlyhelp;

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
 * The family help episode {@code episodeId} ends on {@code date} for {@code reason} (completed, stepped up to
 * statutory work, declined…), not before it started and not in the future.
 */
public record EndEarlyHelp(UUID episodeId, LocalDate date, String reason) implements JourneyCommand {
    public static final int REASON_MAX = 120;

    @Override
    public List<String> parts() {
        return List.of(StartEarlyHelp.KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        EarlyHelpEpisode e = episodeId == null ? null : j.find(EarlyHelpStage.EARLY_HELP, episodeId).orElse(null);
        if (e == null) {
            return Decision.refused(new Violation("early-help-not-found", null, StartEarlyHelp.KIND, episodeId, null,
                    "There is no such family help episode on this child's record"));
        }
        if (e.episodeEndDate() != null) {
            return Decision.refused(new Violation("early-help-ended", null, StartEarlyHelp.KIND, e.id(), null,
                    "This family help episode ended on " + Dates.uk(e.episodeEndDate())));
        }
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(StartEarlyHelp.refusal("episodeEndDate", "Enter the date family help ended"));
        } else if (date.isAfter(context.today())) {
            refusals.add(StartEarlyHelp.refusal("episodeEndDate", "The date family help ended must be today or in the past"));
        } else if (e.episodeStartDate() != null && date.isBefore(e.episodeStartDate())) {
            refusals.add(StartEarlyHelp.refusal("episodeEndDate", "Family help cannot end before it started on "
                    + Dates.uk(e.episodeStartDate())));
        }
        String why = StartEarlyHelp.clean(reason);
        if (why == null) {
            refusals.add(StartEarlyHelp.refusal("episodeEndReason", "Enter why family help ended"));
        } else if (why.length() > REASON_MAX) {
            refusals.add(StartEarlyHelp.refusal("episodeEndReason", "Why family help ended must be " + REASON_MAX
                    + " characters or fewer"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(EarlyHelpStage.EARLY_HELP, e.endedOn(date, why)));
    }
}
