package org.hearth.iro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.platform.web.HearthProblem;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The challenge log through the access seam: who may write in it, who may read it, and what the audit keeps. */
class ChallengesTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Challenges challenges;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IroSection section;
    @Autowired
    org.hearth.journey.JourneyService journeys;

    Actor iro;
    Actor worker;
    Actor stranger;
    Actor otherIro;
    UUID child;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = actor(fixtures.user(Role.SOCIAL_WORKER, team));
        iro = actor(fixtures.user(Role.IRO, fixtures.team()));
        otherIro = actor(fixtures.user(Role.IRO, fixtures.team()));
        stranger = actor(fixtures.user(Role.SOCIAL_WORKER, fixtures.team()));
        child = fixtures.child(LocalDate.of(2014, 2, 3), worker.username(), today.minusMonths(6));
        fixtures.allocate(child, iro.username(), "IRO", today.minusMonths(6));
    }

    Actor actor(String username) {
        return users.find(username).orElseThrow();
    }

    List<Map<String, Object>> audit(Actor who) {
        return jdbc.queryForList("SELECT action, outcome, basis, part, purpose, detail FROM audit_entry "
                + "WHERE person_id = ? AND actor = ? ORDER BY seq", child, who.username());
    }

    @Test
    void shouldLetTheChildsIroRaiseEscalateAndCloseAChallengeWithEachStepAudited() {
        Challenge c = challenges.raise(iro, child, today.minusDays(10), "PERMANENCE", "No permanence plan at the second review");
        assertThat(c.stage()).isEqualTo(ChallengeStage.INFORMAL);
        assertThat(c.version()).isZero();

        c = challenges.escalate(iro, child, c.id(), c.version(), ChallengeStage.TEAM_MANAGER, today.minusDays(5),
                "Team manager, Court team", "No reply to the informal request within 5 working days");
        assertThat(c.stage()).isEqualTo(ChallengeStage.TEAM_MANAGER);
        assertThat(c.escalations()).singleElement().satisfies(e -> {
            assertThat(e.escalatedTo()).isEqualTo("Team manager, Court team");
            assertThat(e.recordedBy()).isEqualTo(iro.username());
        });

        c = challenges.close(iro, child, c.id(), c.version(), true, today, "Permanence planning meeting booked");
        assertThat(c.outcome().resolved()).isTrue();
        assertThat(c.version()).isEqualTo(2);

        assertThat(challenges.forChild(worker, child, "casework")).singleElement()
                .satisfies(read -> assertThat(read.outcome().summary()).isEqualTo("Permanence planning meeting booked"));
        assertThat(audit(iro)).extracting(e -> e.get("purpose") + ":" + e.get("outcome") + ":" + e.get("basis"))
                .containsExactly("raise an IRO challenge:ALLOWED:IRO", "escalate an IRO challenge:ALLOWED:IRO",
                        "record the outcome of an IRO challenge:ALLOWED:IRO");
        assertThat(audit(worker)).singleElement().satisfies(e -> {
            assertThat(e.get("part")).isEqualTo("iro-challenges");
            assertThat(e.get("action")).isEqualTo("READ");
        });
    }

    @Test
    void shouldRefuseTheAllocatedSocialWorkerRaisingAChallengeAndAuditTheRefusal() {
        assertThatThrownBy(() -> challenges.raise(worker, child, today, "CARE_PLAN", "I disagree"))
                .isInstanceOf(HearthProblem.class).hasMessageContaining("only the IRO who chairs this child's reviews");
        assertThat(count()).isZero();
        assertThat(audit(worker)).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("WRITE");
            assertThat(e.get("outcome")).isEqualTo("REFUSED");
            assertThat(e.get("detail")).isEqualTo("Only the child's IRO raises a challenge");
        });
    }

    @Test
    void shouldRefuseAnIroWhoDoesNotChairThisChildsReviewsAndAuditTheDenial() {
        assertThatThrownBy(() -> challenges.raise(otherIro, child, today, "CARE_PLAN", "Detail"))
                .isInstanceOf(AccessDenied.class);
        assertThat(count()).isZero();
        assertThat(audit(otherIro)).singleElement().satisfies(e -> assertThat(e.get("outcome")).isEqualTo("DENIED"));
    }

    @Test
    void shouldRefuseAWorkerWithNoRelationshipReadingTheLogAndAuditTheDenial() {
        challenges.raise(iro, child, today, "CARE_PLAN", "Detail");
        assertThatThrownBy(() -> challenges.forChild(stranger, child, "curious")).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("no working relationship");
        assertThat(audit(stranger)).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("part")).isEqualTo("iro-challenges");
            assertThat(e.get("purpose")).isEqualTo("curious");
        });
        assertThat(challenges.forChildren(stranger, List.of(child), "my reviews")).isEmpty();
    }

    @Test
    void shouldRefuseTheSocialWorkerEscalatingOrClosingTheIrosChallenge() {
        Challenge c = challenges.raise(iro, child, today, "CARE_PLAN", "Detail");
        assertThatThrownBy(() -> challenges.escalate(worker, child, c.id(), 0, ChallengeStage.TEAM_MANAGER, today,
                "TM", "why")).hasMessageContaining("only the IRO");
        assertThatThrownBy(() -> challenges.close(worker, child, c.id(), 0, true, today, "Closed by me"))
                .hasMessageContaining("only the IRO");
        assertThat(challenges.one(iro, child, c.id(), "check").isOpen()).isTrue();
    }

    @Test
    void shouldRefuseAStaleEscalationAndSaveNothing() {
        Challenge c = challenges.raise(iro, child, today.minusDays(3), "CARE_PLAN", "Detail");
        challenges.escalate(iro, child, c.id(), 0, ChallengeStage.TEAM_MANAGER, today.minusDays(2), "TM", "why");
        assertThatThrownBy(() -> challenges.escalate(iro, child, c.id(), 0, ChallengeStage.SERVICE_MANAGER, today,
                "SM", "why")).isInstanceOf(HearthProblem.class).hasMessageContaining("Someone recorded a step");
        assertThat(challenges.one(iro, child, c.id(), "check").escalations()).hasSize(1);
    }

    @Test
    void shouldRefuseAnEscalationThatBreaksTheRulesAndSaveNothing() {
        Challenge c = challenges.raise(iro, child, today.minusDays(3), "CARE_PLAN", "Detail");
        c = challenges.close(iro, child, c.id(), 0, false, today, "Not agreed; plan stands");
        Challenge closed = c;
        assertThatThrownBy(() -> challenges.escalate(iro, child, closed.id(), closed.version(),
                ChallengeStage.TEAM_MANAGER, today, "TM", "why")).isInstanceOf(ChallengeRefused.class);
        assertThat(challenges.one(iro, child, c.id(), "check").escalations()).isEmpty();
        assertThat(audit(iro)).filteredOn(e -> "escalate an IRO challenge".equals(e.get("purpose")))
                .singleElement().satisfies(e -> assertThat(e.get("outcome")).isEqualTo("REFUSED"));
    }

    @Test
    void shouldNotFindAChallengeOfAnotherChild() {
        UUID other = fixtures.child(LocalDate.of(2015, 1, 1), worker.username(), today.minusMonths(1));
        fixtures.allocate(other, iro.username(), "IRO", today.minusMonths(1));
        Challenge c = challenges.raise(iro, other, today, "HEALTH", "Health assessment overdue");
        assertThatThrownBy(() -> challenges.escalate(iro, child, c.id(), 0, ChallengeStage.TEAM_MANAGER, today, "TM",
                "why")).isInstanceOf(HearthProblem.class).hasMessageContaining("not found");
    }

    @Test
    void shouldShowTheLogOnTheChildsRecordReadThroughTheSeamOnlyWhenThereIsOne() {
        org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();
        shown(worker, model);
        assertThat((List<?>) model.get("iroChallenges")).isEmpty();
        assertThat(model.get("iroCanRaise")).isEqualTo(false);
        assertThat(audit(worker)).extracting(e -> e.get("part")).containsExactly("record");

        challenges.raise(iro, child, today, "EDUCATION", "No PEP this term");
        shown(iro, model);
        assertThat((List<?>) model.get("iroChallenges")).hasSize(1);
        assertThat(model.get("iroCanRaise")).isEqualTo(true);
        assertThat(model.get("iroNames")).isEqualTo("Test " + iro.username());
        assertThat(audit(iro)).extracting(e -> e.get("part") + ":" + e.get("action"))
                .containsExactly("iro-challenges:WRITE", "record:READ", "iro-challenges:READ");
    }

    /** The section as the child's page adds it: under the view the page's read of the record judged. */
    private void shown(org.hearth.access.Actor who, org.springframework.ui.Model model) {
        journeys.readJudged(who, child, "record", "casework", (viewed, judged) -> {
            section.addTo(who, viewed.journey(), judged, model);
            return null;
        });
    }

    int count() {
        return jdbc.queryForObject("SELECT count(*) FROM iro_challenge WHERE chal_person_id = ?", Integer.class, child);
    }
}
