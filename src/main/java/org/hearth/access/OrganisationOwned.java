package org.hearth.access;

/**
 * A record that belongs to one partner organisation's work, such as a plan's or a strategy discussion's action for a
 * school, the police or a health service. A partner's practitioner, reading under their organisation's sharing
 * decision, is shown such a record only when it is their own organisation's (see {@link View#shows}); council staff
 * see them all, as their view allows.
 */
public interface OrganisationOwned {
    /** The organisation whose work this is (an id of the organisations table), or null for the council's or the family's. */
    String organisationId();
}
