package org.hearth.admin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The layout's "Partner organisations" link, for administrators (from the role the session already carries). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class AdminNav {
    @ModelAttribute("organisationsNav")
    boolean organisationsNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMINISTRATOR".equals(a.getAuthority()));
    }
}
