package org.hearth.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a child's chronology. Callers pass the access seam first. */
@Component
public class Chronology {
    public record Entry(LocalDate date, String kind, String summary, UUID recordId, String recordedBy, Instant recordedAt) {}

    private final JdbcTemplate jdbc;

    Chronology(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(UUID childId) {
        return jdbc.query("SELECT chro_event_date, chro_kind, chro_summary, chro_record_id, chro_recorded_by, chro_recorded_at "
                        + "FROM chronology_entry WHERE chro_person_id = ? ORDER BY chro_event_date, chro_entry_id",
                (rs, n) -> new Entry(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant()), childId);
    }
}
