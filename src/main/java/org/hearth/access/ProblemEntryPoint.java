package org.hearth.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Sign-in failures as RFC 9457 problem details, like every other API error. */
final class ProblemEntryPoint {
    private ProblemEntryPoint() {}

    static final AuthenticationEntryPoint UNAUTHORISED = (request, response, e) -> {
        if (e instanceof SignInGuard.Locked locked) {
            long minutes = locked.minutesFrom(java.time.Instant.now());
            response.setHeader("Retry-After", Long.toString(minutes * 60));
            write(response, 429, "Too many failed sign-ins", "Sign-in is paused for this account after too many wrong "
                    + "passwords. Try again in " + minutes + (minutes == 1 ? " minute" : " minutes") + ".");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Hearth\"");
        write(response, 401, "Sign in", "Sign in with your Hearth account to use the API");
    };

    static final AccessDeniedHandler FORBIDDEN = (request, response, e) ->
            write(response, 403, "Not allowed", "Your account cannot do this");

    private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
