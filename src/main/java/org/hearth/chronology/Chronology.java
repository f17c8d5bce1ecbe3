package org.hearth.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a child's chronology. Callers pass the access seam first. */
@Component
public class Chronology {
    /**
     * One entry: what happened and when, the record it is about, who recorded it (their username for the API, their
     * name for a reader) and, when a worker marked it as a significant event, why it is significant.
     */
    public record Entry(long entryId, LocalDate date, String kind, String summary, UUID recordId, String recordedBy,
                        String recordedByName, Instant recordedAt, String significance) {
        public boolean significant() {
            return significance != null;
        }

        /** Who recorded it, for a reader: their name, or the username when Hearth has no name for it (an import). */
        public String recordedByWords() {
            return recordedByName != null ? recordedByName : recordedBy;
        }
    }

    /** A kind of event found in a child's chronology, how many times. */
    public record KindCount(String kind, int count) {}

    private static final String COLUMNS = "SELECT chro_entry_id, chro_event_date, chro_kind, chro_summary, chro_record_id, "
            + "chro_recorded_by, u.display_name, chro_recorded_at, s.chsi_significance FROM chronology_entry "
            + "LEFT JOIN hearth_user u ON u.username = chro_recorded_by "
            + "LEFT JOIN chronology_significance s ON s.chsi_entry_id = chro_entry_id ";

    private final JdbcTemplate jdbc;

    Chronology(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(UUID childId) {
        return of(childId, Set.of());
    }

    /**
     * The child's chronology in date order, only the given kinds of event (every kind when none is given). A
     * chronology says what has happened: an entry dated ahead (outcomes recorded as at the year's end) shows on its day.
     */
    public List<Entry> of(UUID childId, Set<String> kinds) {
        String sql = COLUMNS + "WHERE chro_person_id = ? AND chro_event_date <= current_date"
                + (kinds.isEmpty() ? "" : " AND chro_kind = ANY(?)")
                + " ORDER BY chro_event_date, chro_entry_id";
        Object[] args = kinds.isEmpty() ? new Object[] {childId} : new Object[] {childId, kinds.toArray(String[]::new)};
        return jdbc.query(sql, (rs, n) -> entry(rs), args);
    }

    /** One entry of this child's chronology; empty when the id is not one of theirs. */
    public Optional<Entry> entry(UUID childId, long entryId) {
        return jdbc.query(COLUMNS + "WHERE chro_person_id = ? AND chro_entry_id = ?", (rs, n) -> entry(rs), childId,
                entryId).stream().findFirst();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getString(9));
    }

    /** The kinds of event in the child's chronology, with how many of each: what a filter can offer. */
    public List<KindCount> kinds(UUID childId) {
        return jdbc.query("SELECT chro_kind, count(*) FROM chronology_entry WHERE chro_person_id = ? "
                        + "AND chro_event_date <= current_date GROUP BY chro_kind",
                (rs, n) -> new KindCount(rs.getString(1), rs.getInt(2)), childId);
    }
}
