package org.hearth.demo;

import java.util.List;
import org.hearth.journey.ChildJourney;

/** A whole synthetic local authority: its teams, its staff and the children on its record. */
public record DemoAuthority(List<DemoTeam> teams, List<DemoUser> users, List<ChildJourney> children) {
    public DemoAuthority {
        teams = List.copyOf(teams);
        users = List.copyOf(users);
        children = List.copyOf(children);
    }
}
