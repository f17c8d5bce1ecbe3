package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Family help starts on {@code date} for {@code reason} (a short line), with the organisation giving it. One episode
 * at a time: a child already having family help is not started again.
 */
public record StartEarlyHelp(LocalDate date, String reason, String organisation) implements JourneyCommand {
    public static final int REASON_MAX = 120;
    static final String KIND = EarlyHelpStage.EARLY_HELP.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> refusals = new ArrayList<>();
        EarlyHelp.open(j).ifPresent(e -> refusals.add(new Violation("early-help-one-open", null, KIND, e.id(), null,
                "Family help started on " + Dates.uk(e.episodeStartDate()) + " is still open. End it before starting another")));
        if (date == null) {
            refusals.add(refusal("episodeStartDate", "Enter the date family help started"));
        } else if (date.isAfter(context.today())) {
            refusals.add(refusal("episodeStartDate", "The date family help started must be today or in the past"));
        }
        String why = clean(reason);
        if (why == null) {
            refusals.add(refusal("episodeReason", "Enter the reason for family help"));
        } else if (why.length() > REASON_MAX) {
            refusals.add(refusal("episodeReason", "The reason for family help must be " + REASON_MAX
                    + " characters or fewer"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(EarlyHelpStage.EARLY_HELP, new EarlyHelpEpisode(null, j.child().id(), date,
                null, why, null, clean(organisation), null)));
    }

    static Violation refusal(String field, String message) {
        return new Violation("early-help", null, KIND, null, field, message);
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
