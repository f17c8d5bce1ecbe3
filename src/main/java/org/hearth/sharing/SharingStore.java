package org.hearth.sharing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sharing decisions and the SHARING role assignments they materialise as, kept together: a decision's
 * assignment is written, narrowed and ended in the same statement batch (and transaction) as the decision. Called
 * only inside the access seam's write of the child's "sharing" part.
 */
@Repository
class SharingStore {
    private static final String COLUMNS = "sharing_id, person_id, organisation_id, purpose, lawful_basis, consent_sought, "
            + "consent_given, consent_withdrawn_on, parts, starts_on, ends_on, episode_kind, episode_id, ended_on, "
            + "ended_reason, assignment_id, recorded_by, recorded_at, version";

    private final JdbcTemplate jdbc;

    SharingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SharingDecision> forChild(UUID childId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sharing_decision WHERE person_id = ? "
                + "ORDER BY recorded_at DESC", (rs, n) -> row(rs), childId);
    }

    Optional<SharingDecision> find(UUID childId, UUID sharingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sharing_decision WHERE person_id = ? AND sharing_id = ?",
                (rs, n) -> row(rs), childId, sharingId).stream().findFirst();
    }

    /** The decisions current today for an organisation, newest first (a partner's home). */
    List<SharingDecision> currentFor(String organisationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sharing_decision WHERE organisation_id = ? AND ended_on IS NULL "
                + "AND starts_on <= current_date AND ends_on >= current_date ORDER BY ends_on, recorded_at DESC",
                (rs, n) -> row(rs), organisationId).stream().filter(d -> d.currentOn(LocalDate.now())).toList();
    }

    /** The decisions with an organisation not yet ended (current, or starting later), soonest ending first. */
    List<SharingDecision> openFor(String organisationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM sharing_decision WHERE organisation_id = ? AND ended_on IS NULL "
                + "AND ends_on >= current_date ORDER BY ends_on, recorded_at", (rs, n) -> row(rs), organisationId);
    }

    /** How many children each organisation has a current decision for (counts only: no child named). */
    java.util.Map<String, Integer> childrenSharedNow() {
        java.util.Map<String, java.util.Set<UUID>> children = new java.util.HashMap<>();
        LocalDate today = LocalDate.now();
        jdbc.query("SELECT " + COLUMNS + " FROM sharing_decision WHERE ended_on IS NULL AND starts_on <= current_date "
                + "AND ends_on >= current_date", rs -> {
                    SharingDecision d = row(rs);
                    if (d.currentOn(today)) {
                        children.computeIfAbsent(d.organisationId(), k -> new java.util.HashSet<>()).add(d.childId());
                    }
                });
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        children.forEach((org, set) -> out.put(org, set.size()));
        return out;
    }

    void insert(UUID childId, SharingDecision d) {
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                        + "grant_type, parts, valid_from, valid_to, reason, granted_by, source, source_id) "
                        + "VALUES (?, 'ORGANISATION', ?, 'SHARING', 'CHILD', ?, 'STANDARD', ?, now(), (?::date + 1)::timestamptz, ?, ?, "
                        + "'sharing_decision', ?)",
                d.assignmentId(), d.organisationId(), childId.toString(), d.parts().toArray(String[]::new),
                d.endsOn(), d.purpose() + " under " + d.lawfulBasis(), d.recordedBy(), d.id().toString());
        jdbc.update("INSERT INTO sharing_decision (sharing_id, person_id, organisation_id, purpose, lawful_basis, "
                        + "consent_sought, consent_given, parts, starts_on, ends_on, episode_kind, episode_id, "
                        + "assignment_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), childId, d.organisationId(), d.purpose(), d.lawfulBasis(), d.consentSought(), d.consentGiven(),
                d.parts().toArray(String[]::new), d.startsOn(), d.endsOn(), d.episodeKind(), d.episodeId(),
                d.assignmentId(), d.recordedBy());
    }

    /** Ends the decision on the day (today: at once) and its assignment with it. False if the version moved. */
    boolean end(SharingDecision d, LocalDate on, String reason) {
        int n = jdbc.update("UPDATE sharing_decision SET ended_on = ?, ended_reason = ?, version = version + 1 "
                + "WHERE sharing_id = ? AND version = ? AND ended_on IS NULL", on, reason, d.id(), d.version());
        if (n == 1) {
            endAssignment(d.assignmentId(), on);
        }
        return n == 1;
    }

    boolean consentWithdrawn(SharingDecision d, LocalDate on, boolean endsSharing) {
        int n = jdbc.update("UPDATE sharing_decision SET consent_withdrawn_on = ?, version = version + 1, "
                        + "ended_on = CASE WHEN ? AND ended_on IS NULL THEN ? ELSE ended_on END, "
                        + "ended_reason = CASE WHEN ? AND ended_on IS NULL THEN 'The family withdrew their consent' "
                        + "ELSE ended_reason END WHERE sharing_id = ? AND version = ? AND consent_withdrawn_on IS NULL",
                on, endsSharing, on, endsSharing, d.id(), d.version());
        if (n == 1 && endsSharing) {
            endAssignment(d.assignmentId(), on);
        }
        return n == 1;
    }

    private void endAssignment(UUID assignmentId, LocalDate on) {
        jdbc.update("UPDATE role_assignment SET valid_to = least(valid_to, greatest(valid_from, "
                + "CASE WHEN ?::date >= current_date THEN now() ELSE ?::date::timestamptz END)) "
                + "WHERE assignment_id = ?", on, on, assignmentId);
    }

    /** Ends every open decision following this episode (it closed): sharing ends with the episode. */
    int endWithEpisode(UUID episodeId, LocalDate on, String reason) {
        List<SharingDecision> following = jdbc.query("SELECT " + COLUMNS + " FROM sharing_decision WHERE episode_id = ? "
                + "AND ended_on IS NULL", (rs, n) -> row(rs), episodeId);
        int ended = 0;
        for (SharingDecision d : following) {
            LocalDate day = on.isBefore(d.startsOn()) ? d.startsOn() : on;
            ended += end(d, day.isAfter(LocalDate.now()) ? LocalDate.now() : day, reason) ? 1 : 0;
        }
        return ended;
    }

    static SharingDecision row(ResultSet rs) throws SQLException {
        Array parts = rs.getArray(9);
        java.sql.Date withdrawn = rs.getDate(8);
        java.sql.Date ended = rs.getDate(14);
        Object given = rs.getObject(7);
        return new SharingDecision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), given == null ? null : (Boolean) given,
                withdrawn == null ? null : withdrawn.toLocalDate(),
                Set.copyOf(Arrays.asList((String[]) parts.getArray())), rs.getDate(10).toLocalDate(),
                rs.getDate(11).toLocalDate(), rs.getString(12), rs.getObject(13, UUID.class),
                ended == null ? null : ended.toLocalDate(), rs.getString(15), rs.getObject(16, UUID.class),
                rs.getString(17), rs.getTimestamp(18).toInstant(), rs.getInt(19));
    }
}
