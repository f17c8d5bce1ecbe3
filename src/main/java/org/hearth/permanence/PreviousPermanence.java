package org.hearth.permanence;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * The permanence the child had before becoming looked after (the 903's PrevPerm table; SSD
 * ssd_cla_previous_permanence): the option (P1 adoption, P2 special guardianship, P3 child arrangements, Z1 none
 * or not known), the LA that made the order, and its date as the return gave it: dd/mm/yyyy, or with unknown parts
 * as zz (e.g. zz/zz/2015), which is why it is kept as text.
 */
public record PreviousPermanence(UUID id, UUID personId, String previousPermanenceOption,
                                 String previousPermanenceLa, String previousPermanenceOrderDate)
        implements JourneyRecord {
    @Override
    public LocalDate startDate() {
        String d = previousPermanenceOrderDate;
        if (d == null || !d.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(d.substring(6)), Integer.parseInt(d.substring(3, 5)),
                    Integer.parseInt(d.substring(0, 2)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    @Override
    public String summary() {
        return "Permanence before care: " + org.hearth.codes.CodeLists.standard().words("PREV_PERM", previousPermanenceOption, startDate()).toLowerCase();
    }
}
