package org.hearth.health;

/**
 * The three flags the national Child Protection - Information Sharing service (CP-IS) shares with unscheduled and
 * other health care: a child protection plan, an unborn child's protection plan (found by the mother's NHS number),
 * and looked-after status. Care leavers are not flagged: CP-IS does not flag them (see docs/health-flags.md).
 */
public enum FlagKind {
    CPP("Child protection plan"),
    UCPP("Unborn child protection plan"),
    CLA("Looked after child");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
