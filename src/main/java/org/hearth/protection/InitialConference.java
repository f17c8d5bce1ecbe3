package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** An initial child protection conference (ICPC); a CP plan, if any, starts the same day. */
public record InitialConference(UUID id, UUID personId, UUID s47EnquiryId, UUID referralId, LocalDate icpcDate,
                                Boolean icpcOutcomeCpFlag) implements JourneyRecord {
    public LocalDate startDate() { return icpcDate; }
    public boolean planDecided() { return Boolean.TRUE.equals(icpcOutcomeCpFlag); }
    public String summary() {
        return "Initial child protection conference" + (planDecided() ? ": child protection plan" : ": no plan");
    }
}
