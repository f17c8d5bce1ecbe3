package org.hearth.carers;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A carer linked to one of the child's placements: a Hearth user with the role CARER, what kind of carer they are
 * ({@code codes/CARER_KIND.tsv}), from when, and until when (inclusive; open while the placement is). The link is the
 * carer's access to the child: a role assignment mirrors it (V36), so it ends when the link does.
 */
public record PlacementCarer(UUID id, UUID personId, UUID placementId, String carerUsername, String carerKind,
                             LocalDate linkStartDate, LocalDate linkEndDate, String linkedBy) implements JourneyRecord {

    public LocalDate startDate() {
        return linkStartDate;
    }

    public LocalDate endDate() {
        return linkEndDate;
    }

    public PlacementCarer endingOn(LocalDate day) {
        return new PlacementCarer(id, personId, placementId, carerUsername, carerKind, linkStartDate, day, linkedBy);
    }

    /** Open on this day (started, and not ended before it: the end date is the link's last day). */
    public boolean openOn(LocalDate day) {
        return !linkStartDate.isAfter(day) && (linkEndDate == null || !linkEndDate.isBefore(day));
    }

    /** The chronology's line; the username is shown as the carer's name by the chronology. */
    public String summary() {
        return "Carer linked to the placement: " + carerUsername + " ("
                + CarersStage.inSentence(CarersStage.CARER_KIND, carerKind) + ")";
    }
}
