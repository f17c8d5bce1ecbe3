package org.hearth.referral;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the layout's menu offers "Front door": to social workers and team managers, who decide on contacts. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class FrontDoorNav {
    @ModelAttribute("frontDoorNav")
    boolean frontDoorNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream().anyMatch(a ->
                "ROLE_SOCIAL_WORKER".equals(a.getAuthority()) || "ROLE_TEAM_MANAGER".equals(a.getAuthority()));
    }
}
