package org.hearth.health.fhir;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.UserDirectory;
import org.hearth.health.HealthFlags;
import org.hearth.health.LookupRequest;
import org.hearth.platform.web.HearthProblem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the Flag and Patient searches share: who is asking, the identifier, purpose and setting checked, and the
 * look-up run; every refusal an OperationOutcome (400, 401 or 403) that discloses nothing.
 */
@Component
class Lookups {
    private final HealthFlags flags;
    private final UserDirectory users;

    Lookups(HealthFlags flags, UserDirectory users) {
        this.flags = flags;
        this.users = users;
    }

    List<HealthFlags.Disclosed> run(String system, String value, HttpServletRequest request) {
        Actor actor = actor();
        LookupRequest.Checked checked = LookupRequest.check(system, value,
                request.getHeader(LookupRequest.PURPOSE_HEADER), request.getHeader(LookupRequest.SETTING_HEADER));
        if (!checked.ok()) {
            throw new InvalidRequestException(checked.problem());
        }
        try {
            return flags.lookUp(actor, checked.request());
        } catch (HealthFlags.NotHealthPartner | AccessDenied e) {
            throw new ForbiddenOperationException(e.getMessage());
        } catch (HearthProblem e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationException("Sign in with a health organisation's account or client credentials");
        }
        return users.find(auth.getName()).orElseThrow(() -> new ForbiddenOperationException(
                "You signed in, but you have no Hearth account; ask the council to add your organisation's system"));
    }

    /** "system|value" split at the first bar; a value with no bar has no system. */
    static String[] token(String systemAndValue) {
        if (systemAndValue == null) {
            return new String[] {null, null};
        }
        int bar = systemAndValue.indexOf('|');
        return bar < 0 ? new String[] {null, systemAndValue}
                : new String[] {systemAndValue.substring(0, bar), systemAndValue.substring(bar + 1)};
    }
}
