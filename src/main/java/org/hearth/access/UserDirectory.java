package org.hearth.access;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Hearth's users, teams and roles. */
@Component
public class UserDirectory {
    private final JdbcTemplate jdbc;

    public UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The enabled user of this name. Within a web request each name is read once: the controller, the layout's menus
     * and the task sources all ask for the signed-in user, and an account does not change in the middle of a request.
     */
    public Optional<Actor> find(String username) {
        org.springframework.web.context.request.RequestAttributes request =
                org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request == null || username == null) {
            return read(username);
        }
        String key = READ_IN_THIS_REQUEST + username;
        Object known = request.getAttribute(key, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (known instanceof Optional<?> o) {
            @SuppressWarnings("unchecked")
            Optional<Actor> actor = (Optional<Actor>) o;
            return actor;
        }
        Optional<Actor> actor = read(username);
        request.setAttribute(key, actor, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return actor;
    }

    /**
     * An account signs in only while its organisation is open: a closed partner organisation's users are refused by the
     * password sign-in, the tokens of every issuer and the pages alike (V39).
     */
    static final String OPEN_ORGANISATION = "(organisation_id IS NULL OR NOT EXISTS (SELECT 1 FROM organisation o "
            + "WHERE o.organisation_id = hearth_user.organisation_id AND o.closed_on IS NOT NULL))";

    private static final String READ_IN_THIS_REQUEST = UserDirectory.class.getName() + ".";

    private Optional<Actor> read(String username) {
        return jdbc.query("SELECT username, display_name, role, team_id, organisation_id FROM hearth_user "
                        + "WHERE username = ? AND enabled AND " + OPEN_ORGANISATION,
                (rs, n) -> new Actor(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5)),
                username).stream().findFirst();
    }

    public void addTeam(String id, String name) {
        jdbc.update("INSERT INTO ssd_department (dept_team_id, dept_team_name) VALUES (?, ?) ON CONFLICT DO NOTHING", id, name);
    }

    public void addUser(String username, String displayName, Role role, String teamId, String passwordHash) {
        jdbc.update("INSERT INTO hearth_user (username, display_name, role, team_id, password_hash) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (username) DO NOTHING", username, displayName, role.name(), teamId, passwordHash);
    }

    /** Sets a worker's work phone and email (null clears one): what a carer is told to reach them by. */
    public void setWorkContact(String username, String phone, String email) {
        jdbc.update("UPDATE hearth_user SET work_phone = ?, work_email = ? WHERE username = ?", phone, email, username);
    }

    /** A worker's work phone and email (each null when not recorded). */
    public WorkContact workContact(String username) {
        return jdbc.query("SELECT work_phone, work_email FROM hearth_user WHERE username = ?",
                (rs, n) -> new WorkContact(rs.getString(1), rs.getString(2)), username).stream().findFirst()
                .orElse(new WorkContact(null, null));
    }

    public List<Actor> teamMembers(String teamId) {
        return jdbc.query("SELECT username, display_name, role, team_id FROM hearth_user WHERE team_id = ? AND enabled ORDER BY username",
                (rs, n) -> new Actor(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4)),
                teamId);
    }

    /** Adds a user who belongs to a partner organisation (not a team): a partner's practitioner. */
    public void addPartnerUser(String username, String displayName, Role role, String organisationId,
                               String passwordHash) {
        jdbc.update("INSERT INTO hearth_user (username, display_name, role, organisation_id, password_hash) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING", username, displayName, role.name(),
                organisationId, passwordHash);
    }

    /** A partner organisation's name, if Hearth knows the organisation. */
    public Optional<String> organisationName(String organisationId) {
        if (organisationId == null || organisationId.isBlank() || organisationId.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("SELECT name FROM organisation WHERE organisation_id = ?", (rs, n) -> rs.getString(1),
                organisationId).stream().findFirst();
    }

    /** The partner organisation a user belongs to, if any (council staff, children and carers belong to none). */
    public java.util.Optional<String> organisationOf(String username) {
        return jdbc.query("SELECT organisation_id FROM hearth_user WHERE username = ? AND organisation_id IS NOT NULL",
                (rs, n) -> rs.getString(1), username).stream().findFirst();
    }
}
