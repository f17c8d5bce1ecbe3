package org.hearth.allocation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Hearth users the allocation commands and pages ask about: who a username is, and whom a manager may pick. */
@Component
public class Staff implements StaffDirectory {
    private final UserDirectory users;
    private final JdbcTemplate jdbc;

    Staff(UserDirectory users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Actor> find(String username) {
        return username == null ? Optional.empty() : users.find(username);
    }

    /** The users of {@code role} in the manager's team: username → name. */
    public Map<String, String> inTeam(Actor manager, Role role) {
        Map<String, String> out = new LinkedHashMap<>();
        if (manager.teamId() != null) {
            users.teamMembers(manager.teamId()).stream().filter(u -> u.role() == role)
                    .forEach(u -> out.put(u.username(), u.displayName()));
        }
        return out;
    }

    /** Every IRO on Hearth (the IRO service may be another team than the social worker's): username → name. */
    public Map<String, String> iros() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query("SELECT username, display_name FROM hearth_user WHERE role = 'IRO' AND enabled "
                + "ORDER BY display_name, username", rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }
}
