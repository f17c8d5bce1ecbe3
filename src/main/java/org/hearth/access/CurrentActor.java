package org.hearth.access;

import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Resolves the signed-in user (local account or OIDC token) to a Hearth user with a role and team. */
@Component
public class CurrentActor {
    private final UserDirectory users;

    public CurrentActor(UserDirectory users) {
        this.users = users;
    }

    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new HearthProblem(HttpStatus.UNAUTHORIZED, "Sign in", "Sign in to use Hearth");
        }
        return users.find(auth.getName()).orElseThrow(() -> new HearthProblem(HttpStatus.FORBIDDEN,
                "No Hearth account", "You signed in, but you have no Hearth account; ask your administrator to add you"));
    }
}
