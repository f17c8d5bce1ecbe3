package org.hearth.returns.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.codes.CollectionYear;
import org.hearth.platform.web.HearthProblem;
import org.hearth.returns.live.ReturnKind;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Confirm this query": the LA's word that a value a DfE query rule flags is right, and why. Kept by return, rule,
 * child (their LA child id) and a digest of the flagged fields' values, so a later run shows the same flag as
 * confirmed until one of those values changes; an error (a rule that is not a query) cannot be confirmed. Each
 * confirmation passes the access seam, which lets only analysts and the performance team confirm, and audits it.
 */
@Component
public class QueryConfirmations {
    public static final int REASON_MAX = 500;

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;

    QueryConfirmations(JdbcTemplate jdbc, AccessSeam seam) {
        this.jdbc = jdbc;
        this.seam = seam;
    }

    /** What the confirmation is about; la child id "" for an issue about the whole return. */
    public record Key(ReturnKind kind, String ruleCode, String laChildId, String digest) {}

    /** A confirmation as kept. */
    public record Confirmation(String reason, String confirmedBy, Instant confirmedAt) {}

    /**
     * The digest of the flagged fields and their values (SHA-256 of "field=value" lines in field order): the same
     * values give the same digest whatever row or run they are in; any change gives another.
     */
    public static String digest(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((f, v) -> text.append(f).append('=').append(v == null ? "" : v.strip())
                .append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why a confirmation cannot be kept, in the user's words, or null when it can: only a query may be confirmed,
     * with a reason of at most {@link #REASON_MAX} characters.
     */
    public static String refusal(boolean query, String ruleCode, String reason) {
        if (!query) {
            return "Rule " + ruleCode + " is an error, not a query: errors cannot be confirmed. Put the record right, "
                    + "then make the return again";
        }
        if (reason == null || reason.isBlank()) {
            return "Enter why the value is right";
        }
        if (reason.strip().length() > REASON_MAX) {
            return "Say why the value is right in at most " + REASON_MAX + " characters";
        }
        if (!AccessSeam.isText(reason)) {
            return "Say why the value is right in words: the reason has characters that are not text";
        }
        return null;
    }

    /** Keeps the confirmation (a second one of the same flag and values replaces the reason), audited. */
    public void confirm(Actor actor, Key key, boolean query, String reason, CollectionYear year) {
        String refused = refusal(query, key.ruleCode(), reason);
        if (refused != null) {
            throw new HearthProblem(query ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
                    query ? "Check the reason" : "Errors cannot be confirmed", refused);
        }
        String what = "confirmed query " + key.ruleCode() + " of the " + key.kind().label() + " "
                + (key.laChildId().isEmpty() ? "for the whole return" : "for child " + key.laChildId());
        seam.returnFiles(actor, "CREATE", "confirm a return query", what, () -> jdbc.update(
                "INSERT INTO return_query_confirmation (confirmation_id, return_kind, rule_code, la_child_id, "
                        + "values_digest, reason, collection_year, confirmed_by, confirmed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (return_kind, rule_code, la_child_id, "
                        + "values_digest) DO UPDATE SET reason = EXCLUDED.reason, confirmed_by = EXCLUDED.confirmed_by, "
                        + "confirmed_at = EXCLUDED.confirmed_at, collection_year = EXCLUDED.collection_year",
                UUID.randomUUID(), key.kind().name(), key.ruleCode(), key.laChildId(), key.digest(), reason.strip(),
                year.toString(), actor.username(), Timestamp.from(Instant.now())));
    }

    /** Every confirmation of one return's queries. */
    public Map<Key, Confirmation> of(ReturnKind kind) {
        Map<Key, Confirmation> out = new HashMap<>();
        jdbc.query("SELECT rule_code, la_child_id, values_digest, reason, confirmed_by, confirmed_at "
                + "FROM return_query_confirmation WHERE return_kind = ?", rs -> {
            out.put(new Key(kind, rs.getString(1), rs.getString(2), rs.getString(3)),
                    new Confirmation(rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
        }, kind.name());
        return out;
    }
}
