package org.hearth.returns.live;

import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the layout's menu offers Return errors: to practitioners and data analysts, not administrators. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ReturnsNavAdvice {
    private final UserDirectory users;

    ReturnsNavAdvice(UserDirectory users) {
        this.users = users;
    }

    @ModelAttribute("returnsNav")
    boolean returnsNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return false;
        }
        return users.find(auth.getName()).map(a -> a.role() != Role.ADMINISTRATOR).orElse(false);
    }
}
