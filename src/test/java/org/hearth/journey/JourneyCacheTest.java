package org.hearth.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.allocation.AllocationStage;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loaded journeys are reused only while the record is unchanged, whoever changed it and however; every read still
 * passes the seam and is cut to the reader's view.
 */
class JourneyCacheTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired UserDirectory users;
    @Autowired JourneyService journeys;
    @Autowired JourneyCache cache;
    @Autowired StageRegistry stages;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void shouldHaveAChangeStampTriggerOnEveryTableAJourneyIsReadFrom() {
        // JourneyRepository.loadAll reads the person, their disabilities and every kind's table: a write to any of
        // them must move the child's stamp, or a held journey would outlive its record.
        Set<String> touched = Set.copyOf(jdbc.queryForList("SELECT c.relname || ':' || t.tgtype || ':' "
                + "|| encode(t.tgargs, 'escape') FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                + "JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'hearth_journey_touched'", String.class));
        Set<String> tables = touched.stream().map(s -> s.substring(0, s.indexOf(':'))).collect(Collectors.toSet());
        for (EpisodeKind<?> kind : stages.kinds()) {
            String table = kind.table().table();
            assertThat(touched.stream().filter(s -> s.startsWith(table + ":")
                    && s.endsWith(":" + kind.table().personColumn() + "\\000")).count())
                    .as("%s (%s): insert, update and delete triggers naming %s", table, kind.name(),
                            kind.table().personColumn()).isEqualTo(3);
        }
        assertThat(tables).contains("ssd_disability");
        Set<String> truncated = Set.copyOf(jdbc.queryForList("SELECT c.relname FROM pg_trigger t JOIN pg_class c "
                + "ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'hearth_journey_truncated'",
                String.class));
        assertThat(truncated).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_trigger WHERE tgname = 'ssd_person_touched'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void shouldReuseAHeldJourneyWhileItsRecordIsUnchanged() {
        Actor worker = worker(fixtures.team());
        UUID child = fixtures.child(TODAY.minusYears(8), worker.username(), TODAY.minusDays(3));

        ChildJourney first = journeys.read(worker, child, "caseload", "caseload");
        ChildJourney second = journeys.read(worker, child, "caseload", "caseload");

        assertThat(second).isSameAs(first);
    }

    @Test
    void shouldShowAChangeMadeOutsideTheJourneySeamAtOnce() {
        String team = fixtures.team();
        Actor worker = worker(team);
        UUID child = fixtures.child(TODAY.minusYears(8), worker.username(), TODAY.minusDays(3));
        assertThat(journeys.readEach(worker, List.of(child), "caseload", "caseload").get(0)
                .all(AllocationStage.ALLOCATIONS)).hasSize(1);

        // a plain INSERT, as an import or a hand-run fix would write it: no version bumped by the application
        fixtures.allocate(child, fixtures.user(Role.SOCIAL_WORKER, team), "SW", TODAY.minusDays(1));

        assertThat(journeys.readEach(worker, List.of(child), "caseload", "caseload").get(0)
                .all(AllocationStage.ALLOCATIONS)).hasSize(2);
        jdbc.update("DELETE FROM ssd_involvements WHERE invo_person_id = ? AND invo_involvement_start_date = ?", child,
                java.sql.Date.valueOf(TODAY.minusDays(1)));
        assertThat(journeys.read(worker, child, "caseload", "caseload").all(AllocationStage.ALLOCATIONS)).hasSize(1);
        jdbc.update("INSERT INTO ssd_disability (disa_table_id, disa_person_id, disa_disability_code) VALUES (?, ?, ?)",
                UUID.randomUUID(), child, "HEAR");
        assertThat(journeys.read(worker, child, "caseload", "caseload").child().disabilities()).containsExactly("HEAR");
    }

    @Test
    void shouldShowAChangeThroughACommandAtOnce() {
        Actor worker = worker(fixtures.team());
        UUID child = fixtures.child(TODAY.minusYears(8), worker.username(), TODAY.minusDays(3));
        ChildJourney before = journeys.read(worker, child, "caseload", "caseload");

        journeys.updatePerson(worker, child, before.version(), p -> new org.hearth.journey.child.Person(p.id(),
                p.legacyId(), p.kind(), "Renamed", p.surname(), p.knownAs(), p.sex(), p.gender(), p.ethnicity(), p.dob(),
                p.expectedDob(), p.deathDate(), p.nhsNumber(), p.upn(), p.upnUnknown(), p.formerUpn(), p.nationality(),
                p.firstLanguage(), p.religion(), p.immigrationStatus(), p.uasc(), p.isMother(), p.disabilities(),
                p.interpreterNeeded()), "casework");

        ChildJourney after = journeys.readEach(worker, List.of(child), "caseload", "caseload").get(0);
        assertThat(after.child().forename()).isEqualTo("Renamed");
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void shouldNotKeepWhatARolledBackTransactionRead() {
        String team = fixtures.team();
        Actor worker = worker(team);
        UUID child = fixtures.child(TODAY.minusYears(8), worker.username(), TODAY.minusDays(3));
        String other = fixtures.user(Role.SOCIAL_WORKER, team);
        journeys.read(worker, child, "caseload", "caseload");

        tx.executeWithoutResult(status -> {
            fixtures.allocate(child, other, "SW", TODAY.minusDays(1));
            assertThat(journeys.read(worker, child, "caseload", "caseload").all(AllocationStage.ALLOCATIONS)).hasSize(2);
            status.setRollbackOnly();
        });

        assertThat(journeys.read(worker, child, "caseload", "caseload").all(AllocationStage.ALLOCATIONS)).hasSize(1);
    }

    @Test
    void shouldCutAHeldJourneyToEachReadersViewAndStillRefuseOthers() {
        String team = fixtures.team();
        Actor worker = worker(team);
        Actor earlyHelp = users.find(fixtures.user(Role.EARLY_HELP_WORKER, team)).orElseThrow();
        Actor stranger = worker(fixtures.team());
        UUID child = fixtures.child(TODAY.minusYears(8), worker.username(), TODAY.minusDays(3));
        fixtures.allocate(child, earlyHelp.username(), "EHW", TODAY.minusDays(2));
        long audited = audited(child);

        ChildJourney whole = journeys.read(worker, child, "caseload", "caseload");
        ChildJourney cut = journeys.read(earlyHelp, child, "caseload", "caseload");

        assertThat(whole.all(AllocationStage.ALLOCATIONS)).hasSize(2);
        assertThat(cut.all(AllocationStage.ALLOCATIONS)).as("allocations are not a family help part").isEmpty();
        assertThat(journeys.read(worker, child, "caseload", "caseload").all(AllocationStage.ALLOCATIONS))
                .as("the held journey is not changed by cutting it").hasSize(2);
        assertThatThrownBy(() -> journeys.read(stranger, child, "caseload", "caseload"))
                .isInstanceOf(AccessDenied.class);
        assertThat(journeys.readEach(stranger, List.of(child), "caseload", "caseload")).isEmpty();
        assertThat(audited(child)).as("every read audited, held or not").isGreaterThanOrEqualTo(audited + 3);
    }

    @Test
    void shouldShowAChangeToAChildOnMyWorkAtOnce() {
        Actor worker = worker(fixtures.team());
        UUID child = fixtures.child(TODAY.minusYears(8), worker.username(), TODAY.minusDays(3));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Ada', pers_surname = 'Quill' WHERE pers_person_id = ?", child);
        org.hearth.support.WebSession session = org.hearth.support.WebSession.signIn(port, worker.username());
        assertThat(session.get("/").body()).contains("Ada Quill").doesNotContain("Bea Quill");
        assertThat(session.get("/").body()).contains("Ada Quill"); // held now

        jdbc.update("UPDATE ssd_person SET pers_forename = 'Bea' WHERE pers_person_id = ?", child);

        assertThat(session.get("/").body()).contains("Bea Quill").doesNotContain("Ada Quill");
    }

    private Actor worker(String team) {
        return users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
    }

    private long audited(UUID child) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE person_id = ?", Long.class, child);
    }
}
