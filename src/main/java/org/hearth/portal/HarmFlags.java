package org.hearth.portal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.access.UserDirectory;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.journey.JourneyRecorded;
import org.hearth.portal.space.ChildSaid;
import org.hearth.portal.space.ChildSpaceStage;
import org.hearth.portal.space.HarmWords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Flags what a child said that may suggest harm, from the event of its being said (the command that keeps the child's
 * words knows nothing of the word list): the flag is a mark beside the record, which the worker's tasks and the
 * child's page show; outside the working day the duty team is given a day's read of the child's views too. It runs in
 * the transaction that kept the words, so the words are never kept without their flag, and is audited as Hearth's.
 */
@Component
class HarmFlags {
    /** The working day the duty team hands over: a flag outside it goes to the duty team as well as the worker. */
    static final LocalTime DAY_STARTS = LocalTime.of(9, 0);
    static final LocalTime DAY_ENDS = LocalTime.of(17, 0);
    /** How the duty team's grant's reason begins: their task list finds the grants by it ({@code PortalTasks}). */
    static final String OUT_OF_HOURS = "Out of hours: a child's message";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final UserDirectory users;
    private final HarmWords harm = HarmWords.standard();
    private final String dutyTeam;
    private final ZoneId zone = ZoneId.of("Europe/London");

    HarmFlags(JdbcTemplate jdbc, AccessSeam seam, UserDirectory users,
              @Value("${hearth.portal.duty-team:T01}") String dutyTeam) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.users = users;
        this.dutyTeam = dutyTeam;
    }

    @EventListener
    void on(JourneyRecorded event) {
        if (!event.added() || !ChildSpaceStage.SAID.equals(event.kind())
                || !(event.record() instanceof ChildSaid said)) {
            return;
        }
        Optional<String> found = harm.found(said.words());
        if (found.isEmpty()) {
            return;
        }
        Instant at = said.writtenAt() == null ? Instant.now() : said.writtenAt();
        boolean duty = outOfHours(at);
        jdbc.update("INSERT INTO child_space_mark (record_id, person_id, mark, marked_by, note) VALUES (?, ?, "
                + "'FLAGGED', 'hearth', ?) ON CONFLICT DO NOTHING", said.id(), event.childId(), found.get());
        if (duty) {
            grantDuty(event.childId(), said.id());
        }
        seam.systemWrote("hearth", RecordParts.MY_VIEWS, "the child said something that may suggest harm: flagged to "
                + "their worker" + (duty ? " and the duty team" : ""), "flag on " + said.id());
    }

    /** Outside 09:00–17:00 on a working day (London time): the duty team's hours. */
    boolean outOfHours(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        LocalTime time = t.toLocalTime();
        return !WorkingDayCalendar.england().isWorkingDay(t.toLocalDate()) || time.isBefore(DAY_STARTS)
                || !time.isBefore(DAY_ENDS);
    }

    /**
     * Out of hours the duty team must see the flag: each member gets a read-only grant of the child's views (and who
     * the child is) for a day, so their task can open it; the grant is a role assignment like any other.
     */
    private void grantDuty(UUID childId, UUID saysId) {
        for (Actor member : users.teamMembers(dutyTeam)) {
            if (!member.role().practitioner()) {
                continue;
            }
            jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                            + "grant_type, parts, valid_from, valid_to, reason, granted_by) VALUES (?, 'USER', ?, "
                            + "'GRANTEE', 'CHILD', ?, 'SPECIFIC', ?, now(), now() + interval '1 day', ?, 'hearth')",
                    UUID.randomUUID(), member.username(), childId.toString(),
                    new String[] {RecordParts.MY_VIEWS, RecordParts.MY_PLAN},
                    OUT_OF_HOURS + " may suggest harm (" + saysId + ")");
        }
    }
}
