package org.hearth.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A placement while looked after: type (PLACE), provider (PR0–PR5), postcode, Ofsted URN, reason for change. */
public record Placement(UUID id, UUID personId, LocalDate claPlacementStartDate, LocalDate claPlacementEndDate,
                        String claPlacementType, String claPlacementProvider, String claPlacementPostcode,
                        String claPlacementUrn, String claPlacementChangeReason, BigDecimal claPlacementDistance)
        implements JourneyRecord {
    public LocalDate startDate() { return claPlacementStartDate; }
    public LocalDate endDate() { return claPlacementEndDate; }
    public String summary() {
        return "Placement " + claPlacementType
                + (claPlacementChangeReason == null ? "" : " (reason for change " + claPlacementChangeReason + ")");
    }
}
