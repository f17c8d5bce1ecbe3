package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * My work's tasks whose statements were merged or read once (branch mywork-once): an out-of-hours duty grant found
 * among the assignments the page already read, a supervision action and an ASYE worker's supervision read with their
 * clock in one statement, a carer's decision request on a caseload read with its facts, and a worker's own caseload
 * judged on them.
 */
class MyWorkTasksTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private String myWork(String user) {
        var r = WebSession.signIn(port, user).get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** A message from the child that the harm words flagged, not yet seen. */
    private void flaggedMessage(UUID child) {
        UUID says = UUID.randomUUID();
        jdbc.update("INSERT INTO child_says (says_id, person_id, kind, words, written_by) VALUES (?, ?, 'MESSAGE', "
                + "'words', 'child')", says, child);
        jdbc.update("INSERT INTO child_space_mark (record_id, person_id, mark, marked_by) VALUES (?, ?, 'FLAGGED', "
                + "'hearth')", says, child);
    }

    /** The duty team's grant as {@code HarmFlags} writes it, from an hour ago to {@code until}. */
    private void dutyGrant(String member, UUID child, Instant until) {
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                        + "grant_type, parts, valid_from, valid_to, reason, granted_by) VALUES (?, 'USER', ?, 'GRANTEE', "
                        + "'CHILD', ?, 'SPECIFIC', ?, ?, ?, ?, 'hearth')", UUID.randomUUID(), member, child.toString(),
                new String[] {"my-views", "my-plan"}, Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                Timestamp.from(until), "Out of hours: a child's message may suggest harm (" + UUID.randomUUID() + ")");
    }

    @Test
    void shouldShowTheDutyWorkerAFlaggedMessageThroughTheirOutOfHoursGrantAndNotAfterItEnds() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String dutyTeam = fixtures.team();
        String onDuty = fixtures.user(Role.SOCIAL_WORKER, dutyTeam);
        String offDuty = fixtures.user(Role.SOCIAL_WORKER, dutyTeam);
        UUID child = fixtures.child(LocalDate.of(2013, 3, 3), worker, LocalDate.now().minusMonths(3));
        flaggedMessage(child);
        dutyGrant(onDuty, child, Instant.now().plus(Duration.ofDays(1)));
        dutyGrant(offDuty, child, Instant.now().minus(Duration.ofMinutes(5)));

        assertThat(myWork(onDuty)).contains("A child (out of hours): read their message now")
                .contains("/children/" + child + "/portal#said");
        assertThat(myWork(offDuty)).doesNotContain("read their message now").doesNotContain(child.toString());
        assertThat(myWork(worker)).as("the child's own worker, by their caseload")
                .contains("Test Child: read their message now");
    }

    @Test
    void shouldShowAnAsyeWorkerTheirSupervisionActionAndTheirNextSupervision() {
        String team = fixtures.team();
        String manager = fixtures.user(Role.TEAM_MANAGER, team);
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        jdbc.update("UPDATE hearth_user SET asye_start = ? WHERE username = ?", LocalDate.now().minusMonths(1), worker);
        UUID session = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(20)));
        jdbc.update("INSERT INTO supervision_session (supn_session_id, supn_supervisor, supn_worker, supn_team_id, "
                + "supn_date, supn_type, supn_agreed_at, supn_recorded_by, supn_recorded_at, supn_changed_by, "
                + "supn_changed_at) VALUES (?, ?, ?, ?, ?, 'FORMAL', ?, ?, ?, ?, ?)", session, manager, worker, team,
                LocalDate.now().minusDays(20), at, manager, at, manager, at);
        jdbc.update("INSERT INTO supervision_action (supa_action_id, supa_session_id, supa_text, supa_owner, "
                + "supa_due_date, supa_position) VALUES (?, ?, 'Book the family group conference', ?, ?, 1)",
                UUID.randomUUID(), session, worker, LocalDate.now().plusDays(3));

        String page = myWork(worker);

        assertThat(page).contains("Supervision action: Book the family group conference")
                .contains("/supervision/" + session + "#actions")
                .as("fortnightly in the ASYE: 20 days since the last is overdue").contains("Your next supervision");
    }

    @Test
    void shouldShowTheWorkerADecisionACarerAskedForOnTheirCaseload() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2012, 6, 6), worker, LocalDate.now().minusMonths(6));
        UUID request = UUID.randomUUID();
        jdbc.update("INSERT INTO decision_requests (dreq_request_id, dreq_person_id, dreq_decision, dreq_asked, "
                + "dreq_asked_on, dreq_answer_due_on, dreq_asked_by, dreq_asked_at) VALUES (?, ?, 'SLEEPOVER', "
                + "'May she stay at a friend''s?', ?, ?, 'carer-x', now())", request, child,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(2));

        assertThat(myWork(worker)).contains("Sleepovers with friends for Test Child")
                .contains("/children/" + child + "/decision-requests/" + request);
        assertThat(myWork(stranger)).doesNotContain(request.toString());
    }
}
