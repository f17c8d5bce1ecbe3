package org.hearth.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.PartnerIssuers;
import org.hearth.platform.web.HearthProblem;
import org.hearth.sharing.Sharing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;

/**
 * Runs the administrator's commands on partner organisations and their users: each inside the access seam's
 * administration work ({@link AccessSeam#organisations}: only the council's administrators; the change and its audit
 * entry in one transaction), serialised by one lock so two administrators cannot register the same name at once.
 * Sessions of a user disabled, given a new password, or of a closed organisation end once the change has committed.
 * Logs carry no one's name; the audit carries usernames and organisation ids.
 */
@Service
public class OrganisationAdmin {
    static final String PURPOSE = "manage partner organisations";
    private static final String COLUMNS = "o.organisation_id, o.name, o.type, t.label, t.health, o.urn, o.ods_code, "
            + "o.police_force_code, o.address, o.email, o.phone, o.closed_on, o.closed_reason, o.version, "
            + "(SELECT count(*) FROM hearth_user u WHERE u.organisation_id = o.organisation_id), "
            + "(SELECT count(*) FROM hearth_user u WHERE u.organisation_id = o.organisation_id AND u.enabled)";
    private static final String USER_COLUMNS = "username, display_name, email, role, organisation_id, enabled, "
            + "password_hash IS NOT NULL, version, created_at, changed_by, changed_at";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final Sharing sharing;
    private final PasswordEncoder encoder;
    private final Environment env;
    private final String councilIssuer;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    OrganisationAdmin(JdbcTemplate jdbc, AccessSeam seam, Sharing sharing, PasswordEncoder encoder, Environment env,
                      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String councilIssuer,
                      ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.sharing = sharing;
        this.encoder = encoder;
        this.env = env;
        this.councilIssuer = councilIssuer;
        this.sessions = sessions;
    }

    /** An organisation with what closing it would end, for the close page. */
    public record Closing(Organisation organisation, List<Sharing.OpenDecision> decisions) {}

    /** The types of the code list in force, in its order. */
    public Map<String, OrganisationType> types() {
        Map<String, OrganisationType> out = new LinkedHashMap<>();
        jdbc.query("SELECT code, label, health FROM organisation_type WHERE to_year IS NULL ORDER BY label", rs -> {
            out.put(rs.getString(1), new OrganisationType(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
        });
        return out;
    }

    /** The type list, for an administrator (anyone else refused and the refusal audited). */
    public Map<String, OrganisationType> types(Actor actor) {
        return seam.organisations(actor, "READ", PURPOSE, "organisation types", this::types);
    }

    /** Every organisation (of the type, when one is given), open ones first, by name. */
    public List<Organisation> list(Actor actor, String type) {
        String filter = type == null || type.isBlank() ? null : type.strip();
        return seam.organisations(actor, "READ", PURPOSE, "list of organisations" + (filter == null ? ""
                : " of type " + (filter.length() > 40 ? filter.substring(0, 40) : filter)), () -> all(filter));
    }

    public Organisation get(Actor actor, String id) {
        return seam.organisations(actor, "READ", PURPOSE, "organisation " + shortId(id), () -> require(id));
    }

    /** The organisation and its sharing decisions not yet ended (naming no child): what closing it ends. */
    public Closing closing(Actor actor, String id) {
        return seam.organisations(actor, "READ", PURPOSE, "what closing organisation " + shortId(id) + " ends", () -> {
            Organisation o = require(id);
            return new Closing(o, sharing.openWith(o.id()));
        });
    }

    /** The issuers configured (hearth.oidc.issuers) whose tokens sign in this organisation's users: read only. */
    public List<PartnerIssuers.Issuer> issuers(String organisationId) {
        return PartnerIssuers.configured(env).stream().filter(i -> organisationId.equals(i.organisation())).toList();
    }

    public boolean councilIssuer() {
        return councilIssuer != null && !councilIssuer.isBlank();
    }

    public Organisation register(Actor actor, RegisterOrganisation command) {
        OrganisationDetails d = command.details();
        return seam.organisations(actor, "CREATE", PURPOSE, "registered an organisation of type " + d.type(), () -> {
            lock();
            AdminRefused.refuseIfAny(command.decide(types(), all(null)));
            Set<String> taken = new HashSet<>(jdbc.queryForList("SELECT organisation_id FROM organisation", String.class));
            String id = command.proposeId(taken);
            jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn, ods_code, police_force_code, address, "
                            + "email, phone, created_by, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                    id, d.name(), d.type(), d.urn(), d.odsCode(), d.policeForceCode(), d.address(), d.email(), d.phone(),
                    actor.username(), actor.username());
            return require(id);
        }, o -> "registered organisation " + o.id() + " (" + o.type() + ")");
    }

    public Organisation update(Actor actor, String id, UpdateOrganisation command) {
        return seam.organisations(actor, "UPDATE", PURPOSE, "changed organisation " + shortId(id), () -> {
            lock();
            Organisation current = require(id);
            AdminRefused.refuseIfAny(command.decide(current, types(), all(null)));
            OrganisationDetails d = command.details();
            int n = jdbc.update("UPDATE organisation SET name = ?, type = ?, urn = ?, ods_code = ?, police_force_code = ?, "
                            + "address = ?, email = ?, phone = ?, version = version + 1, changed_by = ?, changed_at = now() "
                            + "WHERE organisation_id = ? AND version = ? AND closed_on IS NULL",
                    d.name(), d.type(), d.urn(), d.odsCode(), d.policeForceCode(), d.address(), d.email(), d.phone(),
                    actor.username(), id, current.version());
            if (n != 1) {
                throw stale(current.name());
            }
            return require(id);
        });
    }

    /** Closes it: its sharing decisions end through sharing's EndSharing, its users' sessions end; how many ended. */
    public int close(Actor actor, String id, CloseOrganisation command) {
        List<String> users = new java.util.ArrayList<>();
        int ended = seam.organisations(actor, "UPDATE", PURPOSE, "closed organisation " + shortId(id), () -> {
            lock();
            Organisation current = require(id);
            AdminRefused.refuseIfAny(command.decide(current));
            String reason = OrganisationDetails.text(command.reason());
            int n = jdbc.update("UPDATE organisation SET closed_on = current_date, closed_reason = ?, version = version + 1, "
                    + "changed_by = ?, changed_at = now() WHERE organisation_id = ? AND version = ? AND closed_on IS NULL",
                    reason, actor.username(), id, current.version());
            if (n != 1) {
                throw stale(current.name());
            }
            int count = sharing.endAllWith(actor, id, "The organisation was closed: " + reason);
            users.addAll(jdbc.queryForList("SELECT username FROM hearth_user WHERE organisation_id = ?", String.class, id));
            return count;
        });
        endSessions(users);
        return ended;
    }

    public List<PartnerUser> users(Actor actor, String id) {
        return seam.organisations(actor, "READ", PURPOSE, "users of organisation " + shortId(id), () -> {
            require(id);
            return jdbc.query("SELECT " + USER_COLUMNS + " FROM hearth_user WHERE organisation_id = ? "
                    + "ORDER BY enabled DESC, display_name, username", (rs, n) -> user(rs), id);
        });
    }

    public PartnerUser addUser(Actor actor, String id, AddPartnerUser command) {
        return seam.organisations(actor, "CREATE", PURPOSE, "added a user to organisation " + shortId(id), () -> {
            lock();
            Organisation org = require(id);
            boolean taken = command.username() != null && Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM hearth_user WHERE lower(username) = ?)", Boolean.class,
                    command.username()));
            boolean oidc = councilIssuer() || !issuers(org.id()).isEmpty();
            AdminRefused.refuseIfAny(command.decide(org, taken, oidc));
            jdbc.update("INSERT INTO hearth_user (username, display_name, role, organisation_id, password_hash, email, "
                            + "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, now())", command.username(),
                    command.displayName(), command.role(), org.id(),
                    command.oidcOnly() ? null : encoder.encode(command.password()), command.email(), actor.username());
            if (AddPartnerUser.HEALTH_PARTNER.equals(command.role())) {
                // A health partner's standing look-up of the council's children's flags (the health flag service).
                jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, "
                                + "scope_id, grant_type, valid_from, reason, granted_by) VALUES (gen_random_uuid(), 'USER', ?, "
                                + "'HEALTH_FLAG_LOOKUP', 'COUNCIL', NULL, 'STANDARD', now(), ?, ?)", command.username(),
                        "Health partner of " + org.id() + ": CP-IS flag look-ups", actor.username());
            }
            return findUser(command.username()).orElseThrow();
        }, u -> "added user " + u.username() + " (" + u.role() + ") to organisation " + u.organisationId());
    }

    public PartnerUser disable(Actor actor, String id, String username, DisablePartnerUser command) {
        PartnerUser u = changeUser(actor, id, username, "disabled user", (org, user) -> {
            AdminRefused.refuseIfAny(command.decide(org, user));
            return "enabled = false";
        }, null);
        endSessions(List.of(u.username()));
        return u;
    }

    public PartnerUser enable(Actor actor, String id, String username, EnablePartnerUser command) {
        return changeUser(actor, id, username, "enabled user", (org, user) -> {
            AdminRefused.refuseIfAny(command.decide(org, user));
            return "enabled = true";
        }, null);
    }

    public PartnerUser resetPassword(Actor actor, String id, String username, ResetPartnerPassword command) {
        PartnerUser u = changeUser(actor, id, username, "set a new password for user", (org, user) -> {
            AdminRefused.refuseIfAny(command.decide(org, user));
            return "password_hash = ?";
        }, command.password());
        endSessions(List.of(u.username()));
        return u;
    }

    private PartnerUser changeUser(Actor actor, String id, String username, String what,
                                   java.util.function.BiFunction<Organisation, Optional<PartnerUser>, String> decide,
                                   String password) {
        String who = username == null ? "(none)" : username.length() > 64 ? username.substring(0, 64) : username;
        return seam.organisations(actor, "UPDATE", PURPOSE, what + " " + who + " of organisation " + shortId(id), () -> {
            lock();
            Organisation org = require(id);
            Optional<PartnerUser> user = findUser(username).filter(u -> org.id().equals(u.organisationId()));
            if (user.isEmpty()) {
                throw HearthProblem.notFound("The user " + who + " of " + org.name());
            }
            String set = decide.apply(org, user);
            String sql = "UPDATE hearth_user SET " + set + ", version = version + 1, changed_by = ?, changed_at = now() "
                    + "WHERE username = ? AND version = ?";
            int n = password == null ? jdbc.update(sql, actor.username(), username, user.get().version())
                    : jdbc.update(sql, encoder.encode(password), actor.username(), username, user.get().version());
            if (n != 1) {
                throw stale(user.get().displayName() + "'s account");
            }
            return findUser(username).orElseThrow();
        });
    }

    /** Ends every session of these users at once (as pausing a child's own space does). */
    private void endSessions(List<String> usernames) {
        FindByIndexNameSessionRepository<?> repo = sessions.getIfAvailable();
        if (repo != null) {
            for (String username : usernames) {
                repo.findByPrincipalName(username).keySet().forEach(repo::deleteById);
            }
        }
    }

    private void lock() {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext('hearth.organisations'))", rs -> { });
    }

    private Organisation require(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw HearthProblem.notFound("The organisation");
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM organisation o JOIN organisation_type t ON t.code = o.type "
                + "WHERE o.organisation_id = ?", (rs, n) -> organisation(rs, Map.of()), id).stream().findFirst()
                .map(o -> withShared(o, sharing.childrenSharedNow()))
                .orElseThrow(() -> HearthProblem.notFound("The organisation"));
    }

    private List<Organisation> all(String type) {
        Map<String, Integer> shared = sharing.childrenSharedNow();
        return jdbc.query("SELECT " + COLUMNS + " FROM organisation o JOIN organisation_type t ON t.code = o.type "
                + "WHERE (?::text IS NULL OR o.type = ?) ORDER BY o.closed_on IS NOT NULL, lower(o.name), o.organisation_id",
                (rs, n) -> organisation(rs, shared), type, type);
    }

    private Optional<PartnerUser> findUser(String username) {
        if (username == null || username.length() > 200) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + USER_COLUMNS + " FROM hearth_user WHERE username = ?", (rs, n) -> user(rs),
                username).stream().findFirst();
    }

    private static Organisation withShared(Organisation o, Map<String, Integer> shared) {
        return new Organisation(o.id(), o.name(), o.type(), o.typeLabel(), o.health(), o.urn(), o.odsCode(),
                o.policeForceCode(), o.address(), o.email(), o.phone(), o.closedOn(), o.closedReason(), o.version(),
                o.users(), o.enabledUsers(), shared.getOrDefault(o.id(), 0));
    }

    private static Organisation organisation(ResultSet rs, Map<String, Integer> shared) throws SQLException {
        java.sql.Date closed = rs.getDate(12);
        return new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                closed == null ? null : closed.toLocalDate(), rs.getString(13), rs.getInt(14), rs.getInt(15),
                rs.getInt(16), shared.getOrDefault(rs.getString(1), 0));
    }

    private static PartnerUser user(ResultSet rs) throws SQLException {
        java.sql.Timestamp changed = rs.getTimestamp(11);
        return new PartnerUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                changed == null ? null : changed.toInstant());
    }

    private static String shortId(String id) {
        return id == null ? "(none)" : id.length() > 100 ? id.substring(0, 100) : id;
    }

    private static HearthProblem stale(String what) {
        return new AdminRefused(List.of(new AdminRefusal(AdminRefusal.VERSION, "Someone changed " + what
                + " since you opened it: reload the page, check their change, and make yours again")));
    }
}
