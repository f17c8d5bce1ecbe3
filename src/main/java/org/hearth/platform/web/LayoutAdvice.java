package org.hearth.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the council's name (configuration, not code) and who is signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {
    private final String council;
    private final int sessionMinutes;

    LayoutAdvice(@Value("${hearth.council-name}") String council,
                 @Value("${server.servlet.session.timeout:30m}") java.time.Duration timeout) {
        this.council = council;
        this.sessionMinutes = (int) timeout.toMinutes();
    }

    @ModelAttribute("council")
    String council() {
        return council;
    }

    @ModelAttribute("sessionMinutes")
    int sessionMinutes() {
        return sessionMinutes;
    }

    /**
     * A one-time token for the page's form: a second submit of it records nothing and shows what the first saved
     * ({@link Idempotency}).
     */
    @ModelAttribute("formToken")
    String formToken() {
        return java.util.UUID.randomUUID().toString();
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
    }
}
