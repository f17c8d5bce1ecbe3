package org.hearth.iro;

import java.util.Optional;

/**
 * The stages of the IRO's dispute resolution process, in the order a challenge climbs them: informal resolution with
 * the social worker, then the team manager, the service manager or head of service, the director, and last a referral
 * to Cafcass.
 */
public enum ChallengeStage {
    INFORMAL("Informal resolution"),
    TEAM_MANAGER("Team manager"),
    SERVICE_MANAGER("Service manager or head of service"),
    DIRECTOR("Director of children's services"),
    CAFCASS("Referral to Cafcass");

    private final String label;

    ChallengeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage a challenge at this stage escalates to, or none after a referral to Cafcass. */
    public Optional<ChallengeStage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** A stage by its name, or none for anything else (a tampered form). */
    public static Optional<ChallengeStage> parse(String name) {
        for (ChallengeStage s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
