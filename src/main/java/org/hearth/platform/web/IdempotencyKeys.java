package org.hearth.platform.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first answer to each request a user sent with a key (table {@code idempotency_key}, V18). Each statement
 * commits on its own: a claim is visible to a second request at once, before the first request's work is done.
 */
@Component
class IdempotencyKeys {
    /** How long a key is kept. */
    static final Duration KEPT = Duration.ofHours(24);
    private static final long SWEEP_EVERY_MS = 60_000;

    private final JdbcClient jdbc;
    private final AtomicLong lastSweep = new AtomicLong();

    IdempotencyKeys(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** A kept answer: status, and for a replay the Location, ETag, content type and body. */
    record Answer(int status, String location, String etag, String contentType, byte[] body) {}

    /** What became of a claim: this request may go ahead, or the key was sent before. */
    sealed interface Claim {
        record Granted() implements Claim {}

        /** The key was sent before with other content. */
        record Mismatch() implements Claim {}

        /** The key was sent before and answered. */
        record Answered(Answer answer) implements Claim {}

        /** The key was sent before and that request is still being answered. */
        record Pending() implements Claim {}
    }

    /** Claims the key for this request, or says what the earlier request with it became. */
    Claim claim(String username, String key, String kind, String fingerprint) {
        sweep();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (idem_username, idem_key, idem_kind, idem_fingerprint)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(username, key, kind, fingerprint).update();
        if (inserted == 1) {
            return new Claim.Granted();
        }
        Claim earlier = earlier(username, key, kind, fingerprint);
        if (earlier != null) {
            return earlier;
        }
        // The earlier use is older than a day and not yet swept: the key is free again.
        jdbc.sql("DELETE FROM idempotency_key WHERE idem_username = ? AND idem_key = ? "
                        + "AND idem_created_at <= now() - ? * interval '1 second'")
                .params(username, key, KEPT.toSeconds()).update();
        return claim(username, key, kind, fingerprint);
    }

    /** What the earlier request with this key became (or Granted when it has gone: failed, or expired). */
    Claim earlier(String username, String key, String kind, String fingerprint) {
        Optional<Row> row = jdbc.sql("""
                        SELECT idem_kind, idem_fingerprint, idem_status, idem_location, idem_etag, idem_content_type,
                               idem_body
                        FROM idempotency_key
                        WHERE idem_username = ? AND idem_key = ? AND idem_created_at > now() - ? * interval '1 second'""")
                .params(username, key, KEPT.toSeconds())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBytes(7)))
                .optional();
        if (row.isEmpty()) {
            return null;
        }
        Row r = row.get();
        if (!r.kind().equals(kind) || !r.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        if (r.status() == null) {
            return new Claim.Pending();
        }
        return new Claim.Answered(new Answer(r.status(), r.location(), r.etag(), r.contentType(), r.body()));
    }

    private record Row(String kind, String fingerprint, Integer status, String location, String etag,
                       String contentType, byte[] body) {
    }

    /** Keeps the answer to a granted request. */
    void answered(String username, String key, Answer answer) {
        jdbc.sql("""
                        UPDATE idempotency_key SET idem_status = ?, idem_location = ?, idem_etag = ?,
                               idem_content_type = ?, idem_body = ?
                        WHERE idem_username = ? AND idem_key = ?""")
                .params(answer.status(), answer.location(), answer.etag(), answer.contentType(), answer.body(),
                        username, key)
                .update();
    }

    /** Lets the key go: the request failed and recorded nothing, so it may be sent again. */
    void release(String username, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE idem_username = ? AND idem_key = ? AND idem_status IS NULL")
                .params(username, key).update();
    }

    /** Deletes keys older than a day, at most once a minute. */
    private void sweep() {
        long now = System.currentTimeMillis();
        long last = lastSweep.get();
        if (now - last < SWEEP_EVERY_MS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        jdbc.sql("DELETE FROM idempotency_key WHERE idem_created_at < now() - ? * interval '1 second'")
                .params(KEPT.toSeconds()).update();
    }
}
