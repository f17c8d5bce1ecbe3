package org.hearth.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A placement while looked after: type (PLACE), provider (PR0–PR5), postcode, Ofsted URN, reason for change.
 *
 * <p>{@code claEpisodeStartReason} and {@code claPrimaryNeedCode} (SSD {@code ssd_cla_episodes} names) are what an
 * imported 903 return said about the episode that starts with this placement: its RNE and CIN, as returned. They are
 * blank for placements recorded in Hearth, whose episodes the 903 export derives from what changed.
 */
public record Placement(UUID id, UUID personId, LocalDate claPlacementStartDate, LocalDate claPlacementEndDate,
                        String claPlacementType, String claPlacementProvider, String claPlacementPostcode,
                        String claPlacementUrn, String claPlacementChangeReason, BigDecimal claPlacementDistance,
                        String claEpisodeStartReason, String claPrimaryNeedCode)
        implements JourneyRecord {

    /** A placement as Hearth records it: no episode details as returned. */
    public Placement(UUID id, UUID personId, LocalDate claPlacementStartDate, LocalDate claPlacementEndDate,
                     String claPlacementType, String claPlacementProvider, String claPlacementPostcode,
                     String claPlacementUrn, String claPlacementChangeReason, BigDecimal claPlacementDistance) {
        this(id, personId, claPlacementStartDate, claPlacementEndDate, claPlacementType, claPlacementProvider,
                claPlacementPostcode, claPlacementUrn, claPlacementChangeReason, claPlacementDistance, null, null);
    }

    /** This placement ending on a day for a reason (null for none), keeping everything else it holds. */
    public Placement endingOn(LocalDate end, String changeReason) {
        return new Placement(id, personId, claPlacementStartDate, end, claPlacementType, claPlacementProvider,
                claPlacementPostcode, claPlacementUrn, changeReason, claPlacementDistance, claEpisodeStartReason,
                claPrimaryNeedCode);
    }

    public LocalDate startDate() { return claPlacementStartDate; }
    public LocalDate endDate() { return claPlacementEndDate; }
    public String summary() {
        String type = org.hearth.codes.CodeLists.standard().words("PLACE", claPlacementType, startDate());
        return "Placement: " + (type == null || type.equals(claPlacementType) ? "a type with no description yet" : type)
                + (claPlacementChangeReason == null ? "" : " (reason for the change: "
                + org.hearth.codes.CodeLists.standard().words("REASON_PLACE_CHANGE", claPlacementChangeReason, startDate()).toLowerCase() + ")");
    }
}
