package org.hearth.approval;

/** What a worker may ask their team manager to approve. */
public enum ApprovalType {
    ASSESSMENT_AUTHORISATION("Assessment authorisation", "assessment"),
    CIN_PLAN_SIGN_OFF("Child in need plan sign-off", "child in need plan"),
    CP_PLAN_SIGN_OFF("Child protection plan sign-off", "child protection plan");

    private final String label;
    private final String subject;

    ApprovalType(String label, String subject) {
        this.label = label;
        this.subject = subject;
    }

    public String label() { return label; }

    /** What is being approved, in words: "assessment", "child in need plan". */
    public String subject() { return subject; }
}
