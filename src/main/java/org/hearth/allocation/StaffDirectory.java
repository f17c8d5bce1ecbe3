package org.hearth.allocation;

import java.util.Optional;
import org.hearth.access.Actor;

/**
 * Who a username is (role and team), for the allocation commands: plain Java over whatever answers it (the user
 * directory in the app, a map in a test). Empty when there is no such enabled Hearth user.
 */
@FunctionalInterface
public interface StaffDirectory {
    Optional<Actor> find(String username);

    /** The team of the worker allocated in {@code a}: their team now, else the team recorded with the allocation. */
    default String teamOf(Allocation a) {
        return find(a.professionalId()).map(Actor::teamId).orElse(a.professionalTeam());
    }
}
