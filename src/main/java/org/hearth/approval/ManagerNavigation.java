package org.hearth.approval;

import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Team managers see Team and Approvals in the menu, with how many requests are waiting. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ManagerNavigation {
    private final UserDirectory users;
    private final Approvals approvals;

    ManagerNavigation(UserDirectory users, Approvals approvals) {
        this.users = users;
        this.approvals = approvals;
    }

    /** The number of requests waiting for the signed-in team manager's team, or null for everyone else. */
    @ModelAttribute("approvalsWaiting")
    Integer approvalsWaiting(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.contains("/drafts/") || path.equals("/keep-alive")) {
            return null; // no page is drawn: spare the API and autosaves the look-up
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth.getAuthorities().stream().noneMatch(a -> "ROLE_TEAM_MANAGER".equals(a.getAuthority()))) {
            return null; // only a manager's session carries the role: spare everyone else the look-up on every page
        }
        return users.find(auth.getName()).filter(a -> a.role() == Role.TEAM_MANAGER && a.teamId() != null)
                .map(approvals::countWaiting).orElse(null);
    }
}
