package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.platform.web.HearthProblem;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.StatementCounter;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seam reads what judges a child (whether the child exists, the user's assignments in force, who is allocated
 * today and, for a partner, the sharing decisions) in one statement (issue 15), and judges each case as before:
 * these tests count the statements of one judgement, so a later change cannot silently split it again, and cover
 * the edges of that statement.
 */
class AccessSeamJudgementTest extends HearthIntegrationTest {
    static final String PART = RecordParts.INVOLVEMENTS;

    @Autowired
    AccessSeam seam;
    @Autowired
    UserDirectory users;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    String team;
    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        child = fixtures.child(LocalDate.of(2016, 5, 5), worker, LocalDate.now().minusMonths(2));
    }

    Actor actor(String username) {
        return users.find(username).orElseThrow();
    }

    /** The statements a read runs before its work: the judgement (the audit comes after the work). */
    List<String> judgementOfARead(Actor actor, UUID id) {
        List<String> before = new ArrayList<>();
        StatementCounter.during(() -> seam.read(actor, id, PART, "counted", () -> before.addAll(StatementCounter.sofar())));
        return before;
    }

    List<Map<String, Object>> audit(UUID id, String actor) {
        return jdbc.queryForList("SELECT action, outcome, basis, detail FROM audit_entry WHERE person_id = ? "
                + "AND actor = ? ORDER BY seq", id, actor);
    }

    void grant(String holder, String grantType, String validFrom, String validTo) {
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, "
                + "valid_from, valid_to, reason, granted_by) VALUES (?, ?, ?, 'CHILD', ?, ?, now() + " + validFrom
                + "::interval, " + (validTo == null ? "NULL" : "now() + " + validTo + "::interval")
                + ", 'Test grant', 'test')", UUID.randomUUID(), holder,
                "EXCLUDED".equals(grantType) ? "EXCLUDED" : "GRANTEE", child.toString(), grantType);
    }

    @Test
    void shouldJudgeAReadOfOneChildInOneStatement() {
        List<String> judgement = judgementOfARead(actor(worker), child);

        assertThat(judgement).as("existence, assignments and allocations in one statement").hasSize(1);
        assertThat(judgement.get(0)).contains("ssd_person").contains("role_assignment").contains("ssd_involvements");
    }

    @Test
    void shouldJudgeAWriteAndAViewInOneStatementEach() {
        Actor allocated = actor(worker);
        List<String> before = new ArrayList<>();
        StatementCounter.during(() -> seam.write(allocated, child, PART, "counted",
                () -> before.addAll(StatementCounter.sofar())));
        assertThat(before).hasSize(1);
        assertThat(StatementCounter.during(() -> seam.view(allocated, child))).hasSize(1);
    }

    @Test
    void shouldJudgeManyChildrenInOneStatementWhateverTheirNumber() {
        List<UUID> children = new ArrayList<>(List.of(child));
        for (int i = 0; i < 4; i++) {
            children.add(fixtures.child(LocalDate.of(2015, 1, 1 + i), worker, LocalDate.now().minusDays(3)));
        }
        Actor allocated = actor(worker);
        List<String> before = new ArrayList<>();
        StatementCounter.during(() -> seam.readEachView(allocated, children, PART, "caseload", views -> {
            before.addAll(StatementCounter.sofar());
            return new ArrayList<>(views.keySet());
        }));
        assertThat(before).hasSize(1);
    }

    @Test
    void shouldAnswer404ForAChildThatDoesNotExistInOneStatementAndAuditNothing() {
        UUID nobody = UUID.randomUUID();
        Actor allocated = actor(worker);
        List<String> run = StatementCounter.during(() -> assertThatThrownBy(() -> seam.read(allocated, nobody, PART,
                "looking", () -> "never")).isInstanceOfSatisfying(HearthProblem.class,
                p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND)));

        assertThat(run).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE person_id = ?", Integer.class, nobody))
                .isZero();
    }

    @Test
    void shouldAnswer404ForAChildThatDoesNotExistToAnAnalystToo() {
        String analyst = fixtures.user(Role.DATA_ANALYST, null);
        assertThatThrownBy(() -> seam.read(actor(analyst), UUID.randomUUID(), PART, "looking", () -> "never"))
                .isInstanceOfSatisfying(HearthProblem.class,
                        p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> seam.read(actor(analyst), child, PART, "looking", () -> "never"))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void shouldRefuseAUserWithNoAssignmentsAtAllAndAuditTheRefusal() {
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());

        assertThat(seam.view(actor(stranger), child).isEmpty()).isTrue();
        assertThatThrownBy(() -> seam.read(actor(stranger), child, PART, "curious", () -> "never"))
                .isInstanceOf(AccessDenied.class).hasMessage(AccessPolicy.NO_RELATIONSHIP);
        assertThat(audit(child, stranger)).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("detail")).isEqualTo(AccessPolicy.NO_RELATIONSHIP);
        });
    }

    @Test
    void shouldReadThroughAGrantInForceButNotOneExpiredOrNotYetBegun() {
        String expired = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String future = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String current = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        grant(expired, "SPECIFIC", "'-5 days'", "'-1 minute'");
        grant(future, "SPECIFIC", "'1 day'", "'5 days'");
        grant(current, "SPECIFIC", "'-1 day'", "'5 days'");

        assertThat(seam.view(actor(expired), child).isEmpty()).as("expired").isTrue();
        assertThat(seam.view(actor(future), child).isEmpty()).as("not yet begun").isTrue();
        View granted = seam.view(actor(current), child);
        assertThat(granted.canRead(PART)).isTrue();
        assertThat(granted.basis()).isEqualTo(AccessPolicy.Basis.GRANT);
        assertThat(granted.via().validTo()).as("read back to the instant").isAfter(java.time.Instant.now());
    }

    @Test
    void shouldLetAnExcludedGrantBeatTheAllocationItIsReadWith() {
        grant(worker, "EXCLUDED", "'-1 day'", null);

        View view = seam.view(actor(worker), child);
        assertThat(view.canRead(PART)).isFalse();
        assertThat(view.basis()).isEqualTo(AccessPolicy.Basis.EXCLUDED);
        assertThatThrownBy(() -> seam.read(actor(worker), child, PART, "visit", () -> "never"))
                .isInstanceOf(AccessDenied.class);
        assertThat(audit(child, worker)).singleElement().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("basis")).isEqualTo("EXCLUDED");
        });
    }

    @Test
    void shouldJudgeAChildWithNoAllocationAsNobodysButReadTheOthersInTheSameStatement() {
        String manager = fixtures.user(Role.TEAM_MANAGER, team);
        UUID unallocated = fixtures.child(LocalDate.of(2017, 3, 3), null, null);

        Map<UUID, View> views = seam.views(actor(manager), List.of(unallocated, child));
        assertThat(views.get(unallocated).isEmpty()).isTrue();
        assertThat(views.get(child).basis()).isEqualTo(AccessPolicy.Basis.TEAM_MANAGER);
        assertThat(seam.readEach(actor(manager), List.of(unallocated, child), PART, "caseload", ids -> ids))
                .containsExactly(child);
        assertThat(audit(unallocated, manager)).extracting(e -> e.get("outcome")).containsExactly("DENIED");
        assertThat(audit(child, manager)).extracting(e -> e.get("outcome")).containsExactly("ALLOWED");
    }

    @Test
    void shouldShowAPartnerOnlyAChildSharedWithTheirOrganisationInOneStatement() {
        String teacher = fixtures.partnerUser("Test School", "SCHOOL", "Pat Teacher");
        Actor partner = actor(teacher);
        assertThat(partner.organisationId()).isNotNull();
        LocalDate inCare = LocalDate.now().minusMonths(1); // sharing follows an open episode
        fixtures.history(child, new org.hearth.care.CarePeriod(null, child, inCare, null, null, "N1"),
                new org.hearth.care.LegalStatus(null, child, "C2", inCare, null),
                new org.hearth.care.Placement(null, child, inCare, null, "U1", "PR1", "LS1 4AP", null, null, null));

        assertThat(seam.view(partner, child).isEmpty()).as("no sharing decision").isTrue();
        assertThatThrownBy(() -> seam.read(partner, child, PART, "school", () -> "never"))
                .isInstanceOf(AccessDenied.class).hasMessage(AccessPolicy.NO_SHARING);

        HttpResponse<String> shared = new Api(port).call("POST", "/api/children/" + child + "/sharing", worker,
                "{\"organisationId\":\"" + partner.organisationId() + "\",\"purpose\":\"EDUCATION\",\"lawfulBasis\":"
                        + "\"CONSENT\",\"consentSought\":true,\"consentGiven\":true,\"endsOn\":\""
                        + LocalDate.now().plusMonths(3) + "\",\"parts\":[\"" + PART + "\"]}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);

        View view = seam.view(partner, child);
        assertThat(view.canRead(PART)).isTrue();
        assertThat(view.shared()).isNotNull();
        assertThat(view.shared().lawfulBasis()).isEqualTo("CONSENT");
        assertThat(view.shared().consentGiven()).isTrue();
        assertThat(view.shared().endsOn()).isEqualTo(LocalDate.now().plusMonths(3));
        List<String> judgement = judgementOfARead(partner, child);
        assertThat(judgement).singleElement().asString().contains("sharing_decision");
        assertThat(audit(child, teacher)).last().satisfies(e -> assertThat(e.get("outcome")).isEqualTo("ALLOWED"));

        jdbc.update("UPDATE sharing_decision SET consent_withdrawn_on = current_date WHERE person_id = ?", child);
        assertThatThrownBy(() -> seam.read(partner, child, PART, "school", () -> "never"))
                .isInstanceOf(AccessDenied.class);
        assertThat(audit(child, teacher)).last().satisfies(e -> assertThat(e.get("outcome")).isEqualTo("DENIED"));
    }
}
