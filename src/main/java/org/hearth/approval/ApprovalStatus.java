package org.hearth.approval;

/** Where a request stands: waiting for the manager, approved, or returned to the worker with a reason. */
public enum ApprovalStatus {
    PENDING("Waiting for a decision"),
    APPROVED("Approved"),
    RETURNED("Returned");

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
