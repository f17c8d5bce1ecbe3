package org.hearth.access;

import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;

/** Thrown by the seam when a user has no lawful basis to see or change a child's record. */
public class AccessDenied extends HearthProblem {
    public AccessDenied(String reason) {
        super(HttpStatus.FORBIDDEN, "You do not have access to this child's record", reason);
    }
}
