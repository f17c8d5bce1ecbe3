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
        if (reasonProblem(reason) != null) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Give a reason",
                    "Say why you need this child's record now, in at least " + MIN_REASON + " characters",
                    List.of(Map.of("pointer", "/reason", "detail", "Give a reason of at least " + MIN_REASON + " characters")));
        }
        if (!allowedFor(actor)) {
            audit.appendAlone(actor.username(), childId, "access", "BREAK_GLASS", reason, "DENIED", null, "not a practitioner");
            throw new AccessDenied("Break-glass access is for practitioners working with children");
        }
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_person_id = ?)",
                Boolean.class, childId);
        if (!Boolean.TRUE.equals(exists)) {
            throw HearthProblem.notFound("The child's record");
        }
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO access_grant (grant_id, person_id, username, kind, reason, granted_by, granted_at, expires_at) "
                        + "VALUES (?, ?, ?, 'BREAK_GLASS', ?, ?, ?, ?)", id, childId, actor.username(), reason,
                actor.username(), Timestamp.from(now), Timestamp.from(now.plus(FOR)));
        audit.append(actor.username(), childId, "access", "BREAK_GLASS", reason, "ALLOWED", "BREAK_GLASS",
                "flagged to managers");
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

    public List<Flag> unreviewed(Actor actor) {
        if (!reviews(actor)) {
            throw new AccessDenied("Only managers review break-glass access");
        }
        return jdbc.query("SELECT g.grant_id, g.person_id, p.pers_legacy_id, g.username, g.reason, g.granted_at, g.expires_at "
                        + "FROM access_grant g LEFT JOIN ssd_person p ON p.pers_person_id = g.person_id "
                        + "WHERE g.kind = 'BREAK_GLASS' AND g.reviewed_at IS NULL ORDER BY g.granted_at DESC",
                (rs, n) -> new Flag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()));
    }

    /** How many break-glass uses await review, for a manager's My work; 0 for anyone who does not review them. */
    public int unreviewedCount(Actor actor) {
        if (!reviews(actor)) {
            return 0;
        }
        return jdbc.queryForObject("SELECT count(*) FROM access_grant WHERE kind = 'BREAK_GLASS' AND reviewed_at IS NULL",
                Integer.class);
    }

    @Transactional
    public void review(Actor actor, UUID grantId) {
        if (!reviews(actor)) {
            throw new AccessDenied("Only managers review break-glass access");
        }
        int n = jdbc.update("UPDATE access_grant SET reviewed_by = ?, reviewed_at = now() WHERE grant_id = ? "
                + "AND kind = 'BREAK_GLASS' AND reviewed_at IS NULL", actor.username(), grantId);
        if (n == 0) {
            throw HearthProblem.notFound("An unreviewed break-glass access with that id");
        }
        audit.append(actor.username(), null, "access", "REVIEW_BREAK_GLASS", grantId.toString(), "ALLOWED", null, null);
    }
}
