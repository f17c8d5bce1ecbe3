package org.hearth.team;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.leaving.HelpRequest;
import org.hearth.leaving.PathwayPlans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Care leavers who asked for help and have not heard from their personal adviser since: support re-opens without a new
 * referral, as a task for the leaving care team manager (and the personal adviser) until a contact is recorded on or
 * after the day they asked. Each child is read through the seam, so a task names only a young person the reader may
 * see (a care leaver whose adviser's allocation has ended is seen by no one's team; see the report of issue 12).
 */
@Component
class HelpRequestTasks implements TaskSource {
    static final String GROUP = "Care leavers asking for help";
    private static final String PURPOSE = "see care leavers asking for help";

    private final JdbcTemplate jdbc;
    private final JourneyService journeys;
    private final org.hearth.access.AccessSeam seam;

    HelpRequestTasks(JdbcTemplate jdbc, JourneyService journeys, org.hearth.access.AccessSeam seam) {
        this.jdbc = jdbc;
        this.journeys = journeys;
        this.seam = seam;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        if (actor.role() != Role.TEAM_MANAGER && actor.role() != Role.PERSONAL_ADVISER) {
            return List.of();
        }
        // Candidates: asks with no contact on or after them (the seam then keeps those the reader may see).
        List<UUID> asked = jdbc.queryForList("SELECT DISTINCT h.clhr_person_id FROM care_leaver_help_requests h "
                + "WHERE NOT EXISTS (SELECT 1 FROM ssd_care_leavers c WHERE c.clea_person_id = h.clhr_person_id "
                + "AND c.clea_care_leaver_latest_contact >= h.clhr_asked_date) LIMIT 500", UUID.class);
        if (asked.isEmpty()) {
            return List.of();
        }
        List<UUID> mine = seam.readable(actor, asked, "help-requests");
        if (mine.isEmpty()) {
            return List.of();
        }
        List<ChildJourney> seen = journeys.readEach(actor, mine, "help-requests", PURPOSE);
        return seen.stream().flatMap(j -> PathwayPlans.waitingHelp(j).stream().limit(1).map(h -> task(j, h))).toList();
    }

    private static Task task(ChildJourney j, HelpRequest h) {
        return new Task(GROUP, j.child().displayName() + " asked for help", "With "
                + org.hearth.leaving.AskForHelp.ABOUT.getOrDefault(h.about(), "something").toLowerCase()
                + ": contact them, and allocate a personal adviser if they have none",
                "/children/" + j.child().id() + "/pathway-plan", h.askedDate().plusDays(5),
                Task.stateOf(h.askedDate().plusDays(5), LocalDate.now()), j.child().id());
    }
}
