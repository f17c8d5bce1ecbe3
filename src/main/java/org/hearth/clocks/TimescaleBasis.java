package org.hearth.clocks;

/** What a timescale rests on, so a user can tell a legal duty from a local target. */
public enum TimescaleBasis {
    STATUTE,
    STATUTORY_GUIDANCE,
    LOCAL_POLICY
}
