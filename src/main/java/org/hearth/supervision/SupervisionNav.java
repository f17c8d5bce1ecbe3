package org.hearth.supervision;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Where the layout's "Supervision" link leads, from the role the session already carries: a team manager to the team's
 * supervision, a social worker, family help worker or personal adviser to their own; others have no link.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SupervisionNav {
    @ModelAttribute("supervisionNav")
    String supervisionNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        for (var a : auth.getAuthorities()) {
            switch (a.getAuthority()) {
                case "ROLE_TEAM_MANAGER":
                    return "/team/supervision";
                case "ROLE_SOCIAL_WORKER", "ROLE_EARLY_HELP_WORKER", "ROLE_PERSONAL_ADVISER":
                    return "/supervision";
                default:
                    break;
            }
        }
        return null;
    }
}
