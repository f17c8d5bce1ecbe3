package org.hearth.carers;

import java.time.Instant;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The child's health needs and allergies ({@link RecordParts#HEALTH_NEEDS}), read and written through the access seam:
 * the worker records them, the carer of the child's current placement reads them. One row per child, versioned, so a
 * change made since the form was opened is refused rather than overwritten.
 */
@Component
public class ChildHealthNeeds {
    private final JdbcTemplate jdbc;
    private final AccessSeam seam;

    ChildHealthNeeds(JdbcTemplate jdbc, AccessSeam seam) {
        this.jdbc = jdbc;
        this.seam = seam;
    }

    /** What is recorded; version 0 when nothing is. */
    public record Recorded(String needs, String allergies, int version, String updatedBy, Instant updatedAt) {
        static final Recorded NONE = new Recorded(null, null, 0, null, null);
    }

    public Recorded read(Actor actor, UUID childId, String purpose) {
        return seam.read(actor, childId, RecordParts.HEALTH_NEEDS, purpose, () -> find(childId));
    }

    /** Read inside another read of the seam (the carer's page), where the part has been checked already. */
    Recorded find(UUID childId) {
        return jdbc.query("SELECT needs, allergies, version, updated_by, updated_at FROM child_health_needs WHERE "
                        + "child_id = ?", (rs, n) -> new Recorded(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()), childId).stream().findFirst()
                .orElse(Recorded.NONE);
    }

    /** Keeps the answers; refused when someone changed them since {@code command.version()} was read. */
    public void record(Actor worker, UUID childId, RecordHealthNeeds command) {
        if (!worker.role().practitioner()) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Only the child's worker can do this",
                    "The child's worker records their health needs and allergies");
        }
        seam.write(worker, childId, RecordParts.HEALTH_NEEDS, "record the child's health needs and allergies", () -> {
            int changed = command.version() == 0
                    ? jdbc.update("INSERT INTO child_health_needs (child_id, needs, allergies, updated_by) VALUES "
                            + "(?, ?, ?, ?) ON CONFLICT (child_id) DO NOTHING", childId, command.needs(),
                            command.allergies(), worker.username())
                    : jdbc.update("UPDATE child_health_needs SET needs = ?, allergies = ?, version = version + 1, "
                            + "updated_by = ?, updated_at = now() WHERE child_id = ? AND version = ?", command.needs(),
                            command.allergies(), worker.username(), childId, command.version());
            if (changed == 0) {
                Recorded now = find(childId);
                throw new HearthProblem(HttpStatus.CONFLICT, "Changed since you opened it",
                        "The health needs were changed" + (now.updatedBy() == null ? "" : " by " + now.updatedBy())
                                + " since you opened them. Look at them again and make your change");
            }
            return null;
        });
    }
}
