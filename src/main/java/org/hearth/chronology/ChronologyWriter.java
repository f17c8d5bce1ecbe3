package org.hearth.chronology;

import java.sql.Date;
import org.hearth.journey.JourneyRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the child's chronology from what is recorded, in the same transaction: nobody rebuilds a chronology by
 * hand. A changed record adds a line saying so rather than rewriting history.
 */
@Component
class ChronologyWriter {
    private final JdbcTemplate jdbc;

    ChronologyWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(JourneyRecorded event) {
        if (event.record().startDate() == null) {
            return;
        }
        java.time.LocalDate when = event.ended() ? event.record().endDate() : event.record().startDate();
        String own = event.added() ? null : event.record().summaryOfChange();
        String summary = event.added() ? event.record().summary() : own != null ? own
                : event.ended() ? event.kind().label() + " ended: " + event.record().summary()
                : event.record().summary() + " (updated)";
        jdbc.update("INSERT INTO chronology_entry (chro_person_id, chro_event_date, chro_kind, chro_summary, chro_record_id, "
                        + "chro_recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                event.childId(), Date.valueOf(when), event.kind().name(), summary,
                event.record().id(), event.actor());
    }
}
