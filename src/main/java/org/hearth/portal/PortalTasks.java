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
        // out of hours, the duty team's grants on flagged children (HarmFlags), from the assignments the seam holds
        seam.grantedChildren(actor, HarmFlags.OUT_OF_HOURS).forEach(child ->
                names.putIfAbsent(child, "A child (out of hours)"));
        if (names.isEmpty()) {
            return List.of();
        }
        UUID[] array = names.keySet().toArray(UUID[]::new);
        // One statement for the three kinds of work (issue 15: My work's statements), over every child in question;
        // then only the children with something waiting are judged (without recording an access, as before), and
        // the work of a child whose own space the reader may not see is left out, so the tasks are those of before.
        record Row(int kind, UUID child, String says, boolean flagged, LocalDate on) {}
        List<Row> rows = jdbc.query("SELECT 1, s.person_id, s.kind, EXISTS (SELECT 1 FROM child_space_mark f WHERE "
                + "f.record_id = s.says_id AND f.mark = 'FLAGGED'), s.written_at::date, s.written_at FROM child_says s "
                + "WHERE s.person_id = ANY(?) AND NOT EXISTS (SELECT 1 FROM child_space_mark m WHERE m.record_id = "
                + "s.says_id AND m.mark = 'SEEN') "
                + "UNION ALL SELECT 2, p.person_id, NULL, false, NULL, p.added_at FROM child_person p WHERE p.person_id "
                + "= ANY(?) AND p.removed_at IS NULL AND p.keep_seeing AND " + ChildSpace.NOT_KEPT_IN_TOUCH + " "
                + "UNION ALL (SELECT DISTINCT 3, person_id, NULL, false, NULL::date, NULL::timestamptz FROM "
                + "child_advocacy a WHERE person_id = ANY(?) AND answer = 'YES' AND NOT EXISTS (SELECT 1 FROM "
                + "child_advocacy b WHERE b.person_id = a.person_id AND b.advocate_name IS NOT NULL)) ORDER BY 1, 6",
                (rs, n) -> new Row(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4),
                        rs.getObject(5, LocalDate.class)), array, array, array);
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Set<UUID> readable = java.util.Set.copyOf(seam.readable(actor,
                rows.stream().map(Row::child).distinct().toList(), RecordParts.MY_VIEWS));
        List<Task> out = new ArrayList<>();
        for (Row r : rows) {
            UUID child = r.child();
            if (!readable.contains(child)) {
                continue;
            }
            switch (r.kind()) {
                case 1 -> {
                    String href = "/children/" + child + "/portal#said";
                    if (r.flagged()) {
                        out.add(new Task(HARM, names.get(child) + ": read their message now",
                                "Their words may suggest harm. Read them and act today", href, r.on(),
                                Task.State.OVERDUE, child));
                    } else {
                        out.add(new Task(SAID, names.get(child) + ": " + switch (r.says()) {
                            case "VIEWS" -> "said what they think";
                            case "GOOD_NEWS" -> "shared good news";
                            case "HELP" -> "asked for help";
                            default -> "sent you a message";
                        }, "From their own space", href, null, Task.State.WAITING, child));
                    }
                }
                case 2 -> out.add(new Task(KEEP, names.get(child) + " wants to keep seeing someone who matters to them",
                        "Arrange how they keep in touch, then mark it done", "/children/" + child + "/portal#people",
                        null, Task.State.WAITING, child));
                default -> out.add(new Task(ADVOCATE, names.get(child) + " wants an advocate",
                        "Find them an advocate and say who it is", "/children/" + child + "/portal#advocacy", null,
                        Task.State.WAITING, child));
            }
        }
        return out;
    }
}
