package org.hearth.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A referral and the CIN episode it opens (the census's CINdetails): referral date and source (22 DfE codes),
 * primary need (N0–N9), NFA, and closure date and reason (RC1–RC9). {@code censusYear}: for an episode brought in
 * by a CIN census import, the collection year (by the March it ends in) of the census that returned it (the first
 * imported, when several did: a later census's copy is skipped as already on record); the export
 * of that year gives the episode back as the census returned it (see CinCensusXml). Null for episodes recorded here.
 */
public record Referral(UUID id, UUID personId, UUID contactId, LocalDate referralDate, String referralSourceCode,
                       String cinPrimaryNeedCode, LocalDate referralDecisionDate, Boolean referralNfa,
                       String closeReason, LocalDate closeDate, Integer censusYear) implements JourneyRecord {
    /** An episode recorded in Hearth: no census returned it. */
    public Referral(UUID id, UUID personId, UUID contactId, LocalDate referralDate, String referralSourceCode,
                    String cinPrimaryNeedCode, LocalDate referralDecisionDate, Boolean referralNfa, String closeReason,
                    LocalDate closeDate) {
        this(id, personId, contactId, referralDate, referralSourceCode, cinPrimaryNeedCode, referralDecisionDate,
                referralNfa, closeReason, closeDate, null);
    }

    /** The same episode, closed on {@code date} for {@code reason}. */
    public Referral closed(String reason, LocalDate date) {
        return new Referral(id, personId, contactId, referralDate, referralSourceCode, cinPrimaryNeedCode,
                referralDecisionDate, referralNfa, reason, date, censusYear);
    }

    public LocalDate startDate() { return referralDate; }
    public LocalDate endDate() { return closeDate; }
    public boolean nfa() { return Boolean.TRUE.equals(referralNfa); }
    public String summary() {
        return "Referral" + (referralSourceCode == null ? "" : " (source: "
                + org.hearth.codes.CodeLists.standard().words("REFERRAL_SOURCE", referralSourceCode, startDate()).toLowerCase() + ")")
                + (nfa() ? ", no further action" : "");
    }
}
