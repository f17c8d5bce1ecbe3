package org.hearth.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The family withdrew the consent they gave to sharing. Where consent was the lawful basis, sharing ends on that day;
 * on another basis the withdrawal is recorded for the worker to weigh (the law may still require sharing). Refused
 * when consent was never given, was already withdrawn, or for a date in the future or before the decision.
 */
public record RecordConsentWithdrawn(LocalDate withdrawnOn, Integer version) {
    public List<Refusal> decide(Optional<SharingDecision> decision, LocalDate today) {
        if (decision.isEmpty()) {
            return List.of(new Refusal("sharing", "There is no such sharing decision for this child"));
        }
        SharingDecision d = decision.get();
        if (!Boolean.TRUE.equals(d.consentGiven())) {
            return List.of(new Refusal("sharing", "The family's consent was not given for this sharing, so it cannot "
                    + "be withdrawn"));
        }
        if (d.consentWithdrawnOn() != null) {
            return List.of(new Refusal("sharing", "The family's consent was already withdrawn"));
        }
        if (version != null && version != d.version()) {
            return List.of(new Refusal("version", "Someone changed this sharing decision since you opened it: reload "
                    + "the page and check it"));
        }
        if (withdrawnOn == null) {
            return List.of(new Refusal("withdrawnOn", "Enter the date the family withdrew their consent"));
        }
        if (withdrawnOn.isAfter(today)) {
            return List.of(new Refusal("withdrawnOn", "The date consent was withdrawn cannot be in the future"));
        }
        if (withdrawnOn.isBefore(d.startsOn())) {
            return List.of(new Refusal("withdrawnOn", "The date consent was withdrawn cannot be before sharing started"));
        }
        return List.of();
    }

    /** Whether withdrawing ends the sharing (consent was its basis). */
    static boolean endsSharing(SharingDecision d) {
        return LawfulBasis.CONSENT.equals(d.lawfulBasis());
    }
}
