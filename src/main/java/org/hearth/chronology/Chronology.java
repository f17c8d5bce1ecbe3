package org.hearth.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a child's chronology. Callers pass the access seam first. */
@Component
public class Chronology {
    public record Entry(LocalDate date, String kind, String summary, UUID recordId, String recordedBy, Instant recordedAt) {}

    /** A kind of event found in a child's chronology, how many times. */
    public record KindCount(String kind, int count) {}

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
        String sql = "SELECT chro_event_date, chro_kind, chro_summary, chro_record_id, chro_recorded_by, chro_recorded_at "
                + "FROM chronology_entry WHERE chro_person_id = ? AND chro_event_date <= current_date"
                + (kinds.isEmpty() ? "" : " AND chro_kind = ANY(?)")
                + " ORDER BY chro_event_date, chro_entry_id";
        Object[] args = kinds.isEmpty() ? new Object[] {childId} : new Object[] {childId, kinds.toArray(String[]::new)};
        return jdbc.query(sql, (rs, n) -> new Entry(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant()), args);
    }

    /** The kinds of event in the child's chronology, with how many of each: what a filter can offer. */
    public List<KindCount> kinds(UUID childId) {
        return jdbc.query("SELECT chro_kind, count(*) FROM chronology_entry WHERE chro_person_id = ? "
                        + "AND chro_event_date <= current_date GROUP BY chro_kind",
                (rs, n) -> new KindCount(rs.getString(1), rs.getInt(2)), childId);
    }
}
