package org.hearth.care;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A legal status while looked after (C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3).
 *
 * <p>{@code claEpisodeStartReason} and {@code claPrimaryNeedCode} (SSD {@code ssd_cla_episodes} names) are what an
 * imported 903 return said about the episode that starts with this legal status: its RNE and CIN, as returned. They
 * are blank for legal statuses recorded in Hearth, whose episodes the 903 export derives from what changed.
 */
public record LegalStatus(UUID id, UUID personId, String legalStatus, LocalDate legalStatusStartDate,
                          LocalDate legalStatusEndDate, String claEpisodeStartReason, String claPrimaryNeedCode)
        implements JourneyRecord {

    /** A legal status as Hearth records it: no episode details as returned. */
    public LegalStatus(UUID id, UUID personId, String legalStatus, LocalDate legalStatusStartDate,
                       LocalDate legalStatusEndDate) {
        this(id, personId, legalStatus, legalStatusStartDate, legalStatusEndDate, null, null);
    }

    /** This legal status ending on a day, keeping everything else it holds. */
    public LegalStatus endingOn(LocalDate end) {
        return new LegalStatus(id, personId, legalStatus, legalStatusStartDate, end, claEpisodeStartReason,
                claPrimaryNeedCode);
    }

    public LocalDate startDate() { return legalStatusStartDate; }
    public LocalDate endDate() { return legalStatusEndDate; }
    public String summary() { return "Legal status: " + org.hearth.codes.CodeLists.standard().words("LS", legalStatus, startDate()); }
}
