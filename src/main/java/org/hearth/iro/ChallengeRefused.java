package org.hearth.iro;

import java.util.List;
import org.hearth.journey.Violation;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;

/** A challenge, escalation or outcome that breaks the rules of the dispute resolution process; nothing was saved. */
public class ChallengeRefused extends HearthProblem {
    private final List<Violation> violations;

    public ChallengeRefused(List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "This breaks the rules of the challenge process, so nothing was saved",
                violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
