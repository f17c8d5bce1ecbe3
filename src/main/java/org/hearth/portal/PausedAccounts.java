package org.hearth.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A paused child's account stops at once: on every request of a child or young person, their link to their record
 * must still be live, or the session ends and they are sent to sign in (which says to ask their worker).
 */
@Component
class PausedAccounts extends OncePerRequestFilter {
    private final PortalAccounts accounts;

    PausedAccounts(PortalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getAuthorities().stream().anyMatch(a ->
                "ROLE_CHILD".equals(a.getAuthority()) || "ROLE_YOUNG_PERSON".equals(a.getAuthority()))
                && accounts.childOf(auth.getName()).isEmpty()) {
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            SecurityContextHolder.clearContext();
            if (request.getRequestURI().startsWith("/api/")) {
                response.sendError(401);
            } else {
                response.sendRedirect("/me/sign-in?paused");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/webjars/") || uri.startsWith("/assets/") || uri.startsWith("/hearth/")
                || uri.startsWith("/me/sign-in");
    }
}
