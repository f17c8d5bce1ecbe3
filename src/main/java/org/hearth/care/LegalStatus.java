package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A legal status while looked after (C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3). */
public record LegalStatus(UUID id, UUID personId, String legalStatus, LocalDate legalStatusStartDate,
                          LocalDate legalStatusEndDate) implements JourneyRecord {
    public LocalDate startDate() { return legalStatusStartDate; }
    public LocalDate endDate() { return legalStatusEndDate; }
    public String summary() { return "Legal status " + legalStatus; }
}
