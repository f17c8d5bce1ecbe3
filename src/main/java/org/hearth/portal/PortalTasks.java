package org.hearth.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What children said in their own space, as work for the people around them: a message that may suggest harm (red,
 * at the top, for the worker and, out of hours, the duty team through their day's grant); views and messages not yet
 * read; wishes to keep seeing someone not yet acted on; a child who wants an advocate and has none yet (for their
 * worker and their IRO). Derived each time from the record, read through the seam.
 */
@Component
class PortalTasks implements TaskSource {
    static final String HARM = "A child's message may suggest harm";
    static final String SAID = "Children's views and messages";
    static final String KEEP = "Children asking to keep in touch";
    static final String ADVOCATE = "Children asking for an advocate";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;

    PortalTasks(JdbcTemplate jdbc, AccessSeam seam) {
        this.jdbc = jdbc;
        this.seam = seam;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (!actor.role().practitioner()) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        caseload.forEach(e -> names.put(e.childId(), e.name()));
        // out of hours, the duty team's grants on flagged children
        jdbc.query("SELECT DISTINCT r.scope_id FROM role_assignment r WHERE r.holder_kind = 'USER' AND r.holder_id = ? "
                + "AND r.grant_type = 'SPECIFIC' AND r.reason LIKE 'Out of hours: a child''s message%' AND r.valid_from "
                + "<= now() AND r.valid_to > now()", rs -> {
            names.putIfAbsent(UUID.fromString(rs.getString(1)), "A child (out of hours)");
        }, actor.username());
        if (names.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = seam.readable(actor, List.copyOf(names.keySet()), RecordParts.MY_VIEWS);
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        List<Task> out = new ArrayList<>();
        jdbc.query("SELECT s.person_id, s.kind, EXISTS (SELECT 1 FROM child_space_mark f WHERE f.record_id = s.says_id "
                + "AND f.mark = 'FLAGGED'), s.written_at::date FROM child_says s WHERE s.person_id = ANY(?) AND NOT EXISTS "
                + "(SELECT 1 FROM child_space_mark m WHERE m.record_id = s.says_id AND m.mark = 'SEEN') "
                + "ORDER BY s.written_at", rs -> {
            UUID child = rs.getObject(1, UUID.class);
            boolean flagged = rs.getBoolean(3);
            String href = "/children/" + child + "/portal#said";
            if (flagged) {
                out.add(new Task(HARM, names.get(child) + ": read their message now",
                        "Their words may suggest harm. Read them and act today", href, rs.getObject(4, LocalDate.class),
                        Task.State.OVERDUE, child));
            } else {
                out.add(new Task(SAID, names.get(child) + ": " + switch (rs.getString(2)) {
                    case "VIEWS" -> "said what they think";
                    case "GOOD_NEWS" -> "shared good news";
                    case "HELP" -> "asked for help";
                    default -> "sent you a message";
                }, "From their own space", href, null, Task.State.WAITING, child));
            }
        }, (Object) array);
        jdbc.query("SELECT p.person_id, p.name FROM child_person p WHERE p.person_id = ANY(?) AND p.removed_at IS NULL "
                + "AND p.keep_seeing AND " + ChildSpace.NOT_KEPT_IN_TOUCH + " ORDER BY p.added_at", rs -> {
            UUID child = rs.getObject(1, UUID.class);
            out.add(new Task(KEEP, names.get(child) + " wants to keep seeing someone who matters to them",
                    "Arrange how they keep in touch, then mark it done", "/children/" + child + "/portal#people", null,
                    Task.State.WAITING, child));
        }, (Object) array);
        jdbc.query("SELECT DISTINCT person_id FROM child_advocacy a WHERE person_id = ANY(?) AND answer = 'YES' AND NOT "
                + "EXISTS (SELECT 1 FROM child_advocacy b WHERE b.person_id = a.person_id AND b.advocate_name IS NOT NULL)",
                rs -> {
                    UUID child = rs.getObject(1, UUID.class);
                    out.add(new Task(ADVOCATE, names.get(child) + " wants an advocate",
                            "Find them an advocate and say who it is", "/children/" + child + "/portal#advocacy", null,
                            Task.State.WAITING, child));
                }, (Object) array);
        return out;
    }
}
