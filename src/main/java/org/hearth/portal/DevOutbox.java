package org.hearth.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo and development {@link Notifier}: keeps each message in {@code portal_outbox}, shown only on the child's
 * portal page to those who may manage the child's account (their worker), never in a log.
 */
@Component
class DevOutbox implements Notifier {
    private final JdbcTemplate jdbc;

    DevOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(UUID childId, String recipient, String message) {
        jdbc.update("INSERT INTO portal_outbox (message_id, child_id, recipient, body) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), childId, recipient, message);
    }

    record Sent(String recipient, String body, Instant sentAt) {}

    /** The latest messages for this child (the caller has checked the reader may manage the child's account). */
    List<Sent> latest(UUID childId) {
        return jdbc.query("SELECT recipient, body, sent_at FROM portal_outbox WHERE child_id = ? ORDER BY sent_at DESC "
                + "LIMIT 5", (rs, n) -> new Sent(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                childId);
    }
}
