package org.hearth.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.ClockSettings;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carers' work for the social worker, derived from the record each time My work is drawn: the decisions carers asked
 * for and are waiting on (due by the answer time), and the delegated authority still to agree with a newly linked
 * carer (due within the DELEGATED_AUTHORITY timescale of the placement's start). Only children on the worker's own
 * caseload, which My work has already read through the seam.
 */
@Component
class CarerTasks implements TaskSource {
    static final String REQUESTS = "Decisions carers asked for";
    static final String AGREE = "Delegated authority to agree with the carer";

    private final JdbcTemplate jdbc;

    CarerTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (caseload.isEmpty() || !org.hearth.care.CareRoles.changesCare(actor.role())) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        caseload.forEach(e -> names.put(e.childId(), e.name()));
        UUID[] ids = names.keySet().toArray(UUID[]::new);
        List<Task> out = new ArrayList<>();
        int days = ClockSettings.rules().rule("DELEGATED_AUTHORITY").amount();
        WorkingDayCalendar calendar = WorkingDayCalendar.england();
        // Both kinds of work in one statement (issue 15: My work's statements): 1, the decisions asked for and not
        // answered, soonest due first; 2, the placements with a linked carer and no delegated authority agreed since
        // the placement began.
        jdbc.query("SELECT 1, r.dreq_person_id, r.dreq_request_id, r.dreq_decision, r.dreq_answer_due_on, r.dreq_asked_on, "
                        + "coalesce(u.display_name, r.dreq_asked_by) FROM decision_requests r LEFT JOIN hearth_user u ON "
                        + "u.username = r.dreq_asked_by WHERE r.dreq_person_id = ANY(?) AND NOT EXISTS (SELECT 1 FROM "
                        + "decision_answers a WHERE a.dans_request_id = r.dreq_request_id) "
                        + "UNION ALL (SELECT DISTINCT 2, p.clap_person_id, NULL::uuid, NULL, NULL::date, "
                        + "p.clap_cla_placement_start_date, NULL FROM ssd_cla_placement p JOIN placement_carers l ON "
                        + "l.pcar_placement_id = p.clap_cla_placement_id AND l.pcar_link_end_date IS NULL WHERE "
                        + "p.clap_person_id = ANY(?) AND p.clap_cla_placement_end_date IS NULL AND NOT EXISTS (SELECT 1 "
                        + "FROM delegated_authority d WHERE d.dlga_person_id = p.clap_person_id AND d.dlga_agreed_on >= "
                        + "p.clap_cla_placement_start_date)) ORDER BY 1, 5",
                (java.sql.ResultSet rs) -> {
                    UUID child = rs.getObject(2, UUID.class);
                    if (rs.getInt(1) == 1) {
                        LocalDate due = rs.getDate(5).toLocalDate();
                        out.add(new Task(REQUESTS, CarersStage.label(CarersStage.DECISION, rs.getString(4)) + " for "
                                + names.get(child), "Asked by " + rs.getString(7) + " on "
                                + org.hearth.journey.Dates.uk(rs.getDate(6).toLocalDate()),
                                "/children/" + child + "/decision-requests/" + rs.getObject(3, UUID.class), due,
                                Task.stateOf(due, today), child));
                    } else {
                        LocalDate due = calendar.plusWorkingDays(rs.getDate(6).toLocalDate(), days);
                        out.add(new Task(AGREE, "Delegated authority for " + names.get(child), "A carer is linked to the "
                                + "placement and who decides what is not yet agreed", "/children/" + child
                                + "/delegated-authority#delegated-authority", due, Task.stateOf(due, today), child));
                    }
                }, ids, ids);
        return out;
    }
}
