package org.hearth.access;

/** What a Hearth user does; a role alone never opens a child's record, a relationship with the child does. */
public enum Role {
    SOCIAL_WORKER("SW"),
    TEAM_MANAGER(null),
    IRO("IRO"),
    EARLY_HELP_WORKER("EHW"),
    PERSONAL_ADVISER("PA"),
    DATA_ANALYST(null),
    ADMINISTRATOR(null),
    /**
     * A user or system of a health organisation (an NHS trust, a GP practice…): looks up, by NHS number, whether a
     * child has a child protection or looked-after flag, and nothing else of a child's record.
     */
    HEALTH_PARTNER(null);

    private final String allocationRole;

    Role(String allocationRole) {
        this.allocationRole = allocationRole;
    }

    /** The SSD involvement role a user of this role is allocated as (SW, IRO, EHW, PA), or null. */
    public String allocationRole() {
        return allocationRole;
    }

    /**
     * Practitioners work with children; analysts and administrators never open a child's record, and a health partner
     * sees only the flag a child carries (see {@link AccessPolicy}).
     */
    public boolean practitioner() {
        return this != DATA_ANALYST && this != ADMINISTRATOR && this != HEALTH_PARTNER;
    }
}
