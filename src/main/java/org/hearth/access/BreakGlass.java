package org.hearth.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.AuditLog;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass: a practitioner's own emergency access to a child they have no working relationship with, with a
 * typed reason, read-only, for one hour, audited and flagged to managers until one reviews it. One place for the
 * API and the web page alike.
 */
@Component
public class BreakGlass {
    public static final Duration FOR = Duration.ofHours(1);
    public static final int MIN_REASON = 10;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    BreakGlass(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Opened(UUID grantId, Instant expiresAt) {}

    /** Whether policy lets this user break the glass at all: practitioners may, analysts and administrators never. */
    public static boolean allowedFor(Actor actor) {
        return actor.role().practitioner();
    }

    /** The reason as given, or a problem saying what a reason needs; null when there is none yet. */
    public static String reasonProblem(String reason) {
        String r = reason == null ? "" : reason.trim();
        if (r.isEmpty()) {
            return "Give the reason you need this child's record now";
        }
        return r.length() < MIN_REASON ? "The reason must be at least " + MIN_REASON + " characters" : null;
    }

    @Transactional
    public Opened open(Actor actor, UUID childId, String reasonGiven) {
        String reason = reasonGiven == null ? "" : reasonGiven.trim();
        boolean text = AccessSeam.isText(reason);
        if (!allowedFor(actor)) {
            // Refused first, and audited whatever else is wrong with the request.
            audit.appendAlone(actor.username(), childId, "access", "BREAK_GLASS", text ? reason : null, "DENIED", null,
                    "not a practitioner");
            throw new AccessDenied("Break-glass access is for practitioners working with children");
        }
        if (!text) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Give a reason", "Say why in words: the reason has "
                    + "characters that are not text", List.of(Map.of("pointer", "/reason", "detail",
                    "Say why in words")));
        }
        if (reasonProblem(reason) != null) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Give a reason",
                    "Say why you need this child's record now, in at least " + MIN_REASON + " characters",
                    List.of(Map.of("pointer", "/reason", "detail", "Give a reason of at least " + MIN_REASON + " characters")));
        }
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_person_id = ?)",
                Boolean.class, childId);
        if (!Boolean.TRUE.equals(exists)) {
            throw HearthProblem.notFound("The child's record");
        }
        Boolean excluded = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM role_assignment WHERE holder_kind = 'USER' "
                + "AND holder_id = ? AND grant_type = 'EXCLUDED' AND valid_from <= now() "
                + "AND (valid_to IS NULL OR valid_to > now()) AND (scope_kind = 'COUNCIL' "
                + "OR scope_kind = 'CHILD' AND scope_id = ?))", Boolean.class, actor.username(), childId.toString());
        if (Boolean.TRUE.equals(excluded)) {
            // A conflict-of-interest wall is not a glass to break: someone else must act.
            audit.appendAlone(actor.username(), childId, "access", "BREAK_GLASS", reason, "DENIED",
                    AccessPolicy.Basis.EXCLUDED.name(), "excluded from this child's record");
            throw new AccessDenied(AccessPolicy.EXCLUDED);
        }
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, "
                        + "valid_from, valid_to, reason, granted_by, granted_at) "
                        + "VALUES (?, ?, 'BREAK_GLASS', 'CHILD', ?, 'BREAK_GLASS', ?, ?, ?, ?, ?)",
                id, actor.username(), childId.toString(), Timestamp.from(now), Timestamp.from(now.plus(FOR)), reason,
                actor.username(), Timestamp.from(now));
        audit.append(actor.username(), childId, "access", "BREAK_GLASS", reason, "ALLOWED", "BREAK_GLASS",
                "flagged to managers", new AuditLog.Disclosure(actor.role().name(), id, null));
        return new Opened(id, now.plus(FOR));
    }

    /** A break-glass use awaiting a manager's review; the child is named by LA id only. */
    public record Flag(UUID grantId, UUID childId, String laChildId, String username, String reason, Instant grantedAt,
                       Instant expiresAt) {
        public java.time.LocalDateTime grantedAtLocal() {
            return java.time.LocalDateTime.ofInstant(grantedAt, java.time.ZoneId.of("Europe/London"));
        }
    }

    /** Only team managers and administrators review break-glass uses. */
    public static boolean reviews(Actor actor) {
        return actor.role() == Role.TEAM_MANAGER || actor.role() == Role.ADMINISTRATOR;
    }

    /**
     * The uses this reviewer may see: never their own; for a team manager, only uses on children their team holds
     * (a live allocation to one of the team); administrators see every team's.
     */
    private static final String REVIEWABLE = "FROM role_assignment g LEFT JOIN ssd_person p "
            + "ON g.scope_kind = 'CHILD' AND p.pers_person_id = g.scope_id::uuid "
            + "WHERE g.grant_type = 'BREAK_GLASS' AND g.reviewed_at IS NULL AND g.holder_id <> ? "
            + "AND (? OR EXISTS (SELECT 1 FROM ssd_involvements i LEFT JOIN hearth_user u "
            + "ON u.username = i.invo_professional_id WHERE i.invo_person_id = p.pers_person_id "
            + "AND coalesce(u.team_id, i.invo_professional_team) = ? AND i.invo_involvement_start_date <= current_date "
            + "AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date >= current_date)))";

    public List<Flag> unreviewed(Actor actor) {
        if (!reviews(actor)) {
            audit.appendAlone(actor.username(), null, "access", "READ_BREAK_GLASS", "review break-glass", "DENIED",
                    null, "not a manager");
            throw AccessDenied.forRole("Only managers review break-glass access");
        }
        return jdbc.query("SELECT g.assignment_id, p.pers_person_id, p.pers_legacy_id, g.holder_id, g.reason, "
                        + "g.granted_at, g.valid_to " + REVIEWABLE + " ORDER BY g.granted_at DESC",
                (rs, n) -> new Flag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()),
                actor.username(), actor.role() == Role.ADMINISTRATOR, actor.teamId());
    }

    /** How many break-glass uses await this reviewer, for a manager's My work; 0 for anyone who does not review them. */
    public int unreviewedCount(Actor actor) {
        if (!reviews(actor)) {
            return 0;
        }
        return jdbc.queryForObject("SELECT count(*) " + REVIEWABLE, Integer.class, actor.username(),
                actor.role() == Role.ADMINISTRATOR, actor.teamId());
    }

    @Transactional
    public void review(Actor actor, UUID grantId) {
        if (!reviews(actor)) {
            audit.appendAlone(actor.username(), null, "access", "REVIEW_BREAK_GLASS", grantId.toString(), "DENIED",
                    null, "not a manager");
            throw AccessDenied.forRole("Only managers review break-glass access");
        }
        String holder = jdbc.query("SELECT holder_id FROM role_assignment WHERE assignment_id = ? "
                + "AND grant_type = 'BREAK_GLASS'", rs -> rs.next() ? rs.getString(1) : null, grantId);
        if (actor.username().equals(holder)) {
            audit.appendAlone(actor.username(), null, "access", "REVIEW_BREAK_GLASS", grantId.toString(), "DENIED",
                    null, "own break-glass use");
            throw new HearthProblem(HttpStatus.FORBIDDEN, "You cannot review your own break-glass access",
                    "Another manager reviews your break-glass access; it stays flagged until they do");
        }
        int n = jdbc.update("UPDATE role_assignment SET reviewed_by = ?, reviewed_at = now() WHERE assignment_id IN "
                + "(SELECT g.assignment_id " + REVIEWABLE + " AND g.assignment_id = ?)", actor.username(),
                actor.username(), actor.role() == Role.ADMINISTRATOR, actor.teamId(), grantId);
        if (n == 0) {
            audit.appendAlone(actor.username(), null, "access", "REVIEW_BREAK_GLASS", grantId.toString(), "DENIED",
                    null, "not an unreviewed use this manager may review");
            throw HearthProblem.notFound("An unreviewed break-glass access with that id");
        }
        audit.append(actor.username(), null, "access", "REVIEW_BREAK_GLASS", grantId.toString(), "ALLOWED", null, null);
    }
}
