package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** An initial child protection conference (ICPC); a CP plan, if any, starts the same day. */
public record InitialConference(UUID id, UUID personId, UUID s47EnquiryId, UUID referralId, LocalDate icpcDate,
                                Boolean icpcOutcomeCpFlag, String recommendations) implements JourneyRecord {
    /** A conference as the CIN census knows it: its date and whether it decided on a plan. */
    public InitialConference(UUID id, UUID personId, UUID s47EnquiryId, UUID referralId, LocalDate icpcDate,
                             Boolean icpcOutcomeCpFlag) {
        this(id, personId, s47EnquiryId, referralId, icpcDate, icpcOutcomeCpFlag, null);
    }

    public LocalDate startDate() { return icpcDate; }
    public boolean planDecided() { return Boolean.TRUE.equals(icpcOutcomeCpFlag); }
    public String summary() {
        return "Initial child protection conference" + (planDecided() ? ": child protection plan" : ": no plan");
    }
}
