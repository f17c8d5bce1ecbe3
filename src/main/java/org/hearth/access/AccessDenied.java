package org.hearth.access;

import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;

/**
 * A refusal: by the seam when a user has no lawful basis to see or change a child's record, or by a page or list that
 * the user's role does not open (a team's workload, the approvals queue, the return errors). The title says which,
 * so the page shown says what actually happened.
 */
public class AccessDenied extends HearthProblem {
    static final String CHILD_RECORD = "You do not have access to this child's record";
    static final String NOT_FOR_ROLE = "Your role does not include this";

    /** A refusal of a child's record. */
    public AccessDenied(String reason) {
        this(CHILD_RECORD, reason);
    }

    private AccessDenied(String title, String reason) {
        super(HttpStatus.FORBIDDEN, title, reason);
    }

    /** A refusal of a page or list the user's role does not open; {@code reason} says who may use it. */
    public static AccessDenied forRole(String reason) {
        return new AccessDenied(NOT_FOR_ROLE, reason);
    }
}
