package org.hearth.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One agency asks another for a service for a child: who is asked (an organisation, or the council when null), what
 * service, why, by when, and (when the council asks a partner) under what law the child's identity and lead
 * practitioner are shared so the organisation can answer. Plain Java: answers in, refusals out.
 */
public record RequestService(String toOrganisation, String service, String reason, LocalDate neededBy,
                             String lawfulBasis) {
    static final int MAX_SERVICE = 200;
    static final int MAX_REASON = 2_000;

    public List<Refusal> decide(String fromOrganisation, Optional<PartnerOrganisation> to, LocalDate today) {
        List<Refusal> out = new ArrayList<>();
        boolean toCouncil = toOrganisation == null || toOrganisation.isBlank();
        if (!toCouncil && to.isEmpty()) {
            out.add(new Refusal("toOrganisation", "There is no organisation with that id in Hearth: choose one from "
                    + "the list, or ask an administrator to add it"));
        }
        if (toCouncil && fromOrganisation == null) {
            out.add(new Refusal("toOrganisation", "Choose the organisation to ask"));
        }
        if (!toCouncil && toOrganisation.equals(fromOrganisation)) {
            out.add(new Refusal("toOrganisation", "You cannot ask your own organisation through Hearth"));
        }
        if (service == null || service.isBlank()) {
            out.add(new Refusal("service", "Say what service you are asking for"));
        } else if (service.length() > MAX_SERVICE) {
            out.add(new Refusal("service", "Say what service in at most " + MAX_SERVICE + " characters"));
        }
        if (reason == null || reason.isBlank()) {
            out.add(new Refusal("reason", "Say why the child needs it"));
        } else if (reason.length() > MAX_REASON) {
            out.add(new Refusal("reason", "Say why in at most " + MAX_REASON + " characters"));
        }
        if (neededBy != null && neededBy.isBefore(today)) {
            out.add(new Refusal("neededBy", "The date it is needed by cannot be in the past"));
        } else if (neededBy != null && neededBy.isAfter(today.plusYears(1))) {
            out.add(new Refusal("neededBy", "The date it is needed by must be within a year"));
        }
        if (fromOrganisation == null && !toCouncil && !LawfulBasis.knownBasis(lawfulBasis)) {
            out.add(new Refusal("lawfulBasis", "Choose the law under which you share who the child is with them"));
        }
        if (LawfulBasis.CONSENT.equals(lawfulBasis)) {
            out.add(new Refusal("lawfulBasis", "Ask with another lawful basis, or record the family's consent as a "
                    + "sharing decision first"));
        }
        return out;
    }
}
