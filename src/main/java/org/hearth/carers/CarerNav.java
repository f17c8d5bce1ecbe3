package org.hearth.carers;

import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the signed-in person is a carer: their menu is the children placed with them, not My work or a search. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CarerNav {
    private final UserDirectory users;

    CarerNav(UserDirectory users) {
        this.users = users;
    }

    @ModelAttribute("carerNav")
    boolean carerNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return false;
        }
        return users.find(auth.getName()).map(a -> a.role() == Role.CARER).orElse(false);
    }
}
