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
 * A child missing (M) or away from placement without authorisation (A) from {@code start} and, once back, the day
 * they returned and whether a return home interview was offered and accepted. With an {@code episodeId} it records
 * on the episode already recorded (its return, or a correction); its start and type stay as they are when not given.
 * Refused for an unborn child, for days in the future, for "away" when the child was not looked after, for a return
 * before the start, and for an interview answered with no return or accepted without being offered.
 */
public record RecordMissingEpisode(UUID episodeId, LocalDate start, String type, LocalDate returned,
                                   Boolean rhiOffered, Boolean rhiAccepted) implements JourneyCommand {
    static final String AWAY = "A";
    private static final String KIND = CareStage.MISSING.name();

    /** A new episode. */
    public static RecordMissingEpisode of(LocalDate start, String type, LocalDate returned, Boolean rhiOffered,
                                          Boolean rhiAccepted) {
        return new RecordMissingEpisode(null, start, type, returned, rhiOffered, rhiAccepted);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    /** Why no missing episode can be recorded for this child at all, or null when one can. */
    public static String whyNot(ChildJourney j) {
        return j.child().unborn() ? "A missing or away episode cannot be recorded for an unborn child" : null;
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Violation role = CareRoles.casework(context, KIND, "a missing or away episode");
        if (role != null) {
            return Decision.refused(role);
        }
        String whyNot = whyNot(j);
        if (whyNot != null) {
            return Decision.refused(new Violation("missing-born", null, KIND, episodeId, null, whyNot));
        }
        MissingEpisode existing = null;
        if (episodeId != null) {
            existing = j.find(CareStage.MISSING, episodeId).orElse(null);
            if (existing == null) {
                return Decision.refused(new Violation("missing-episode-known", null, KIND, episodeId, null,
                        "The child has no such missing or away episode"));
            }
        }
        LocalDate from = start != null || existing == null ? start : existing.missingEpisodeStartDate();
        String kind = !NewPlacement.blank(type) || existing == null ? NewPlacement.strip(type)
                : existing.missingEpisodeType();
        List<Violation> refusals = new ArrayList<>();
        if (from == null) {
            refusals.add(new Violation("missing-start", null, KIND, episodeId, "missingEpisodeStartDate",
                    "Enter the date the child went missing or away"));
        } else if (from.isAfter(context.today())) {
            refusals.add(new Violation("not-in-future", null, KIND, episodeId, "missingEpisodeStartDate",
                    "The date the child went missing or away must be today or in the past"));
        }
        if (kind == null) {
            refusals.add(new Violation("missing-type", null, KIND, episodeId, "missingEpisodeType",
                    "Select whether the child was missing or away from placement"));
        } else if (AWAY.equals(kind) && from != null && LookedAfter.periodOn(j, from) == null) {
            refusals.add(new Violation("away-while-looked-after", null, KIND, episodeId, "missingEpisodeType",
                    "A child can only be away from placement while looked after; the child was not looked after on "
                            + Dates.uk(from) + ". Select missing"));
        }
        if (returned != null && returned.isAfter(context.today())) {
            refusals.add(new Violation("not-in-future", null, KIND, episodeId, "missingEpisodeEndDate",
                    "The date the child returned must be today or in the past"));
        } else if (returned != null && from != null && returned.isBefore(from)) {
            refusals.add(new Violation("missing-return-after-start", null, KIND, episodeId, "missingEpisodeEndDate",
                    "The date the child returned must be on or after the day they went missing, " + Dates.uk(from)));
        }
        if (returned == null && (rhiOffered != null || rhiAccepted != null)) {
            refusals.add(new Violation("missing-interview-after-return", null, KIND, episodeId, "missingEpisodeEndDate",
                    "Enter the date the child returned: a return home interview follows the return"));
        }
        if (returned != null && rhiOffered == null) {
            refusals.add(new Violation("missing-interview-offered", null, KIND, episodeId, "missingRhiOffered",
                    "Select yes if the child was offered a return home interview"));
        }
        if (Boolean.TRUE.equals(rhiOffered) && rhiAccepted == null) {
            refusals.add(new Violation("missing-interview-accepted", null, KIND, episodeId, "missingRhiAccepted",
                    "Select yes if the child accepted the return home interview"));
        }
        if (Boolean.FALSE.equals(rhiOffered) && Boolean.TRUE.equals(rhiAccepted)) {
            refusals.add(new Violation("missing-interview-accepted", null, KIND, episodeId, "missingRhiAccepted",
                    "A return home interview that was not offered cannot have been accepted"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        Boolean accepted = Boolean.TRUE.equals(rhiOffered) ? rhiAccepted : rhiOffered == null ? null : Boolean.FALSE;
        return Decision.of(JourneyChange.of(CareStage.MISSING,
                new MissingEpisode(episodeId, j.child().id(), from, kind, returned, rhiOffered, accepted)));
    }
}
