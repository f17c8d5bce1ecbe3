package org.hearth.earlyhelp;

import static org.hearth.earlyhelp.EarlyHelp.clean;
import static org.hearth.earlyhelp.EarlyHelp.refusal;
import static org.hearth.earlyhelp.EarlyHelp.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A family help plan starts on {@code date} in the open family help episode, led by the lead practitioner — any
 * practitioner, of any agency, named with a way to contact them. One plan at a time; not before the episode started,
 * not in the future.
 */
public record StartFamilyHelpPlan(LocalDate date, String leadName, String leadAgency, String leadContact)
        implements JourneyCommand {
    public static final int TEXT_MAX = 200;
    static final String KIND = EarlyHelpStage.PLANS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        EarlyHelpEpisode episode = EarlyHelp.open(j).orElse(null);
        if (episode == null) {
            return Decision.refused(refusal(KIND, null,
                    "The child has no open family help episode. Start family help before making its plan"));
        }
        List<Violation> refusals = new ArrayList<>();
        EarlyHelp.openPlan(j).ifPresent(p -> refusals.add(refusal(KIND, null, "The family help plan started on "
                + Dates.uk(p.planStartDate()) + " is still open: add to it or review it")));
        if (date == null) {
            refusals.add(refusal(KIND, "planStartDate", "Enter the date the plan started"));
        } else if (date.isAfter(context.today())) {
            refusals.add(refusal(KIND, "planStartDate", "The date the plan started must be today or in the past"));
        } else if (date.isBefore(episode.episodeStartDate())) {
            refusals.add(refusal(KIND, "planStartDate", "The plan cannot start before family help started on "
                    + Dates.uk(episode.episodeStartDate())));
        }
        Stream.of(required(leadName, TEXT_MAX, KIND, "leadName", "Enter the lead practitioner's name",
                        "The lead practitioner's name"),
                required(leadAgency, TEXT_MAX, KIND, "leadAgency", "Enter the lead practitioner's agency",
                        "The lead practitioner's agency"),
                required(leadContact, TEXT_MAX, KIND, "leadContact",
                        "Enter how to contact the lead practitioner (a phone number or email address)",
                        "How to contact the lead practitioner"))
                .filter(Objects::nonNull).forEach(refusals::add);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(EarlyHelpStage.PLANS, new FamilyHelpPlan(null, j.child().id(),
                episode.id(), date, null, clean(leadName), clean(leadAgency), clean(leadContact))));
    }
}
