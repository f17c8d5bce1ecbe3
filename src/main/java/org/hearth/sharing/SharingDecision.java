package org.hearth.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One decision to share a child's record with a partner organisation: why (purpose), under what law (lawful basis),
 * whether consent was sought and the answer (and its withdrawal), which parts, from when until when, the episode it
 * follows, and whether it ended early and why.
 */
public record SharingDecision(UUID id, UUID childId, String organisationId, String purpose, String lawfulBasis,
                              boolean consentSought, Boolean consentGiven, LocalDate consentWithdrawnOn, Set<String> parts,
                              LocalDate startsOn, LocalDate endsOn, String episodeKind, UUID episodeId, LocalDate endedOn,
                              String endedReason, UUID assignmentId, String recordedBy, Instant recordedAt, int version) {
    public SharingDecision {
        parts = Set.copyOf(parts);
    }

    /** The last day the record is shared (the end date, or the day before it was ended early). */
    public LocalDate lastDay() {
        LocalDate end = endedOn != null && endedOn.isBefore(endsOn.plusDays(1)) ? endedOn.minusDays(1) : endsOn;
        return end.isBefore(startsOn) ? startsOn : end;
    }

    /** Whether the record is shared under this decision on the day: started, not ended, its basis standing. */
    public boolean currentOn(LocalDate day) {
        return !startsOn.isAfter(day) && !endsOn.isBefore(day) && (endedOn == null || endedOn.isAfter(day))
                && standsOnItsBasis();
    }

    /** Consent as a basis stands only while given and not withdrawn. */
    public boolean standsOnItsBasis() {
        return !LawfulBasis.CONSENT.equals(lawfulBasis) || Boolean.TRUE.equals(consentGiven) && consentWithdrawnOn == null;
    }

    /** In words for the pages: current, ended (and why), consent withdrawn, not yet started. */
    public String state(LocalDate today) {
        if (consentWithdrawnOn != null) {
            return "Consent withdrawn";
        }
        if (currentOn(today)) {
            return "Current";
        }
        if (startsOn.isAfter(today)) {
            return "Not started";
        }
        return "Ended";
    }
}
