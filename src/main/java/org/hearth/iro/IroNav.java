package org.hearth.iro;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the layout's menu offers "My reviews": to IROs, from the role their session already carries. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class IroNav {
    @ModelAttribute("iroNav")
    boolean iroNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> "ROLE_IRO".equals(a.getAuthority()));
    }
}
