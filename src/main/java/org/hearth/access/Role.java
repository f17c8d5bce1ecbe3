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
    HEALTH_PARTNER(null),
    /**
     * A practitioner of a partner organisation (police, a school, Cafcass, a health service, youth justice…): sees a
     * child only under a current sharing decision for their organisation, and only the parts it covers.
     */
    PARTNER(null),
    /** A child in the record themselves (their own space): their own plan, views and people, never anyone else's. */
    CHILD(null),
    /** A care leaver (18 to 25) in the record themselves: their pathway plan, their adviser, asking for help. */
    YOUNG_PERSON(null),
    /** A foster, kinship or residential carer: the children placed with them, their delegated authority, daily logs. */
    CARER(null);

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
        return this != DATA_ANALYST && this != ADMINISTRATOR && this != HEALTH_PARTNER && !partner() && !inPortal();
    }

    /** A user of a partner organisation (never council staff): health flag look-ups or a sharing decision. */
    public boolean partner() {
        return this == PARTNER || this == HEALTH_PARTNER;
    }

    /** A child, young person or carer in their own space: a narrow view of the record about themselves. */
    public boolean inPortal() {
        return this == CHILD || this == YOUNG_PERSON || this == CARER;
    }
}
