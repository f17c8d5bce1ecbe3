package org.hearth.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A referral and the CIN episode it opens (the census's CINdetails): referral date and source (22 DfE codes),
 * primary need (N0–N9), NFA, and closure date and reason (RC1–RC9).
 */
public record Referral(UUID id, UUID personId, UUID contactId, LocalDate referralDate, String referralSourceCode,
                       String cinPrimaryNeedCode, LocalDate referralDecisionDate, Boolean referralNfa,
                       String closeReason, LocalDate closeDate) implements JourneyRecord {
    public LocalDate startDate() { return referralDate; }
    public LocalDate endDate() { return closeDate; }
    public boolean nfa() { return Boolean.TRUE.equals(referralNfa); }
    public String summary() {
        return "Referral" + (referralSourceCode == null ? "" : " (source " + referralSourceCode + ")")
                + (nfa() ? ", no further action" : "");
    }
}
