package org.hearth.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A social worker (or their manager) shares a child's record with a partner organisation: for a purpose, under a
 * lawful basis, with consent sought or not (and its answer), covering the parts the organisation's type needs by
 * default or fewer, until a date. The decision follows the child's open episode for that purpose (a safeguarding
 * enquiry follows the s47 enquiry or strategy discussion): sharing ends with the episode unless renewed, and never
 * runs more than a year. Sharing again with an organisation that has a current decision renews it (the old one ends).
 * Plain Java: the answers and what the record holds in, the decision or the refusals out.
 */
public record ShareWithOrganisation(String organisationId, String purpose, String lawfulBasis, Boolean consentSought,
                                    Boolean consentGiven, Set<String> parts, LocalDate endsOn) {
    static final int MAX_MONTHS = 12;

    /** Where each purpose's episode is found, in order of preference (kind API names). */
    static final Map<String, List<String>> EPISODES = Map.of(
            "SAFEGUARDING_ENQUIRY", List.of("s47-enquiries", "strategy-discussions", "cp-plans"),
            "FAMILY_HELP", List.of("early-help", "family-help-plans", "cin-plans"),
            "HEALTH_CARE", List.of("cp-plans", "care-periods", "cin-plans", "early-help"),
            "EDUCATION", List.of("cp-plans", "cin-plans", "early-help", "care-periods"),
            "COURT_PROCEEDINGS", List.of("legal-statuses", "care-periods", "cp-plans"),
            "SERVICE_REQUEST", List.of("cp-plans", "cin-plans", "early-help", "care-periods", "referrals"));

    static final Map<String, String> EPISODE_WORDS = Map.of(
            "SAFEGUARDING_ENQUIRY", "section 47 enquiry, strategy discussion or child protection plan",
            "FAMILY_HELP", "family help episode or plan, or child in need plan",
            "HEALTH_CARE", "child protection plan, period of care, child in need plan or family help",
            "EDUCATION", "child protection plan, child in need plan, family help or period of care",
            "COURT_PROCEEDINGS", "legal status (a court order) or period of care",
            "SERVICE_REQUEST", "plan, family help, period of care or referral");

    /** What the record holds that the decision depends on. */
    public record Context(Optional<PartnerOrganisation> organisation, Map<String, Episode> openEpisodes,
                          List<SharingDecision> existing, LocalDate today, String actor) {}

    /** The decision to record and the current decisions it renews (which end today). */
    public record Shared(SharingDecision decision, List<SharingDecision> renewed) {}

    public record Outcome(Optional<Shared> shared, List<Refusal> refusals) {
        static Outcome refused(List<Refusal> refusals) {
            return new Outcome(Optional.empty(), List.copyOf(refusals));
        }
    }

    public Outcome decide(Context c) {
        List<Refusal> refusals = new ArrayList<>();
        PartnerOrganisation org = c.organisation().orElse(null);
        if (organisationId == null || organisationId.isBlank()) {
            refusals.add(new Refusal("organisation", "Choose the organisation to share with"));
        } else if (org == null) {
            refusals.add(new Refusal("organisation", "There is no organisation with that id in Hearth: choose one "
                    + "from the list, or ask an administrator to add it"));
        }
        if (!LawfulBasis.knownPurpose(purpose)) {
            refusals.add(new Refusal("purpose", "Choose why you are sharing the record"));
        }
        if (!LawfulBasis.knownBasis(lawfulBasis)) {
            refusals.add(new Refusal("lawfulBasis", "Choose the law you are sharing under"));
        }
        if (consentSought == null) {
            refusals.add(new Refusal("consentSought", "Say whether you asked the family for their consent"));
        } else if (consentSought && consentGiven == null) {
            refusals.add(new Refusal("consentGiven", "Say whether the family gave their consent"));
        } else if (!consentSought && consentGiven != null) {
            refusals.add(new Refusal("consentGiven", "You said consent was not sought, so there is no answer to record"));
        }
        if (LawfulBasis.CONSENT.equals(lawfulBasis) && !Boolean.TRUE.equals(consentGiven)) {
            refusals.add(new Refusal("lawfulBasis", "You can share on the family's consent only when they have given "
                    + "it: choose another lawful basis, or do not share"));
        }
        Set<String> covered = new LinkedHashSet<>();
        if (org != null && LawfulBasis.knownPurpose(purpose)) {
            List<String> allowed = SharedParts.defaults(org.type(), purpose);
            if (parts == null || parts.stream().noneMatch(p -> !p.equals("person"))) {
                refusals.add(new Refusal("parts", "Choose at least one part of the record to share"));
            } else {
                for (String p : parts) {
                    if (!allowed.contains(p)) {
                        refusals.add(new Refusal("parts", "\"" + SharedParts.words(p) + "\" is not shared with a "
                                + org.typeLabel().toLowerCase(java.util.Locale.UK) + " for this purpose"));
                    }
                }
                covered.add("person");
                covered.addAll(parts);
            }
        }
        LocalDate today = c.today();
        if (endsOn == null) {
            refusals.add(new Refusal("endsOn", "Enter the date sharing ends (it ends sooner if the episode closes)"));
        } else if (endsOn.isBefore(today)) {
            refusals.add(new Refusal("endsOn", "The end date must be today or in the future"));
        } else if (endsOn.isAfter(today.plusMonths(MAX_MONTHS))) {
            refusals.add(new Refusal("endsOn", "Sharing can be decided for at most " + MAX_MONTHS
                    + " months at a time: choose an earlier end date and renew it if still needed"));
        }
        Episode episode = null;
        if (LawfulBasis.knownPurpose(purpose)) {
            for (String kind : EPISODES.getOrDefault(purpose, List.of())) {
                if (c.openEpisodes().containsKey(kind)) {
                    episode = c.openEpisodes().get(kind);
                    break;
                }
            }
            if (episode == null) {
                refusals.add(new Refusal("purpose", "This child has no open " + EPISODE_WORDS.get(purpose)
                        + ", so there is nothing to share for " + LawfulBasis.purposeWords(purpose).toLowerCase(
                        java.util.Locale.UK) + ". Sharing follows an open episode of the child's record"));
            }
        }
        if (!refusals.isEmpty()) {
            return Outcome.refused(refusals);
        }
        LocalDate end = episode.end() != null && episode.end().isBefore(endsOn) ? episode.end() : endsOn;
        List<SharingDecision> renewed = c.existing().stream()
                .filter(d -> d.organisationId().equals(organisationId) && d.endedOn() == null && d.currentOn(today))
                .toList();
        SharingDecision decision = new SharingDecision(UUID.randomUUID(), null, organisationId, purpose, lawfulBasis,
                consentSought, consentGiven, null, covered, today, end, episode.kind(), episode.id(), null, null,
                UUID.randomUUID(), c.actor(), null, 0);
        return new Outcome(Optional.of(new Shared(decision, renewed)), List.of());
    }
}
