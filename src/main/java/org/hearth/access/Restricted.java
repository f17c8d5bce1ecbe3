package org.hearth.access;

/** A record that can be flagged "do not disclose" (a refuge address): shown only to the child's allocated worker and manager. */
public interface Restricted {
    boolean restricted();
}
