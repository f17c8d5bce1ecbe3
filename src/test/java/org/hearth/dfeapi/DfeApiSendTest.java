package org.hearth.dfeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.referral.Referral;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data flow end to end: children's records in PostgreSQL, read through the seam, sent to a stand-in for the
 * DfE's API that checks the contract, with what it answered kept.
 */
class DfeApiSendTest extends HearthIntegrationTest {
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    DfeApiSender sender;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    DfeStandIn dfe;
    final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        dfe = new DfeStandIn();
        jdbc.update("DELETE FROM dfeapi_record_result");
        jdbc.update("DELETE FROM dfeapi_child_state");
        jdbc.update("DELETE FROM dfeapi_send_run");
    }

    @AfterEach
    void stop() {
        dfe.close();
    }

    DfeApiClient client(DfeApiSettings settings) {
        return new DfeApiClient(settings, pauses::add);
    }

    DfeApiSender.Summary send(SendPlan.Mode mode, LocalDate today, int batchSize) throws Exception {
        DfeApiSettings settings = dfe.settings(batchSize);
        return sender.send("tester", mode, false, null, today, settings, client(settings));
    }

    /** A child with an open CIN episode and plan; returns the child's id. */
    UUID childInNeed() {
        UUID child = fixtures.child(TODAY.minusYears(8), null, null);
        UUID referral = UUID.randomUUID();
        fixtures.history(child, new Referral(referral, child, null, TODAY.minusMonths(6), "1A", "N1",
                TODAY.minusMonths(6), false, null, null));
        fixtures.history(child, new CinPlan(UUID.randomUUID(), child, referral, TODAY.minusMonths(5), null));
        return child;
    }

    /** A child whose only CIN episode closed 23 months ago. */
    UUID childWhoseEpisodeClosed23MonthsAgo() {
        UUID child = fixtures.child(TODAY.minusYears(12), null, null);
        fixtures.history(child, new Referral(UUID.randomUUID(), child, null, TODAY.minusMonths(30), "2B", "N2",
                TODAY.minusMonths(30), false, "RC1", TODAY.minusMonths(23)));
        return child;
    }

    String laId(UUID child) {
        return jdbc.queryForObject("SELECT pers_legacy_id FROM ssd_person WHERE pers_person_id = ?", String.class, child);
    }

    @Test
    void shouldWriteTheBatchesOnADryRunAndSendNothing(@TempDir Path out) throws Exception {
        UUID a = childInNeed();
        DfeApiSettings settings = dfe.settings(100);
        DfeApiSender.Summary s = sender.send("tester", SendPlan.Mode.FULL, true, out, TODAY, settings, null);
        assertThat(s.outcome()).isEqualTo("DRY_RUN");
        assertThat(dfe.tokensIssued()).isZero();
        assertThat(dfe.childrenRequests()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dfeapi_child_state", Integer.class)).isZero();
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.sorted().toList();
        }
        assertThat(files).isNotEmpty().allMatch(f -> f.getFileName().toString().matches("batch-\\d{4}\\.json"));
        String all = String.join("\n", files.stream().map(f -> {
            try {
                return Files.readString(f);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
        assertThat(all).contains("\"la_child_id\" : \"" + laId(a) + "\"");
        for (Path f : files) {
            assertThat(Json.array(Files.readString(f))).hasSizeBetween(1, 100);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = 'system:tester' AND purpose = "
                + "'DfE children''s social care data flow (spec 0.8): full dry run'", Integer.class))
                .as("the disclosure is audited with its purpose").isEqualTo(1);
    }

    @Test
    void shouldSendEveryChildInTheFlowInBatchesWithOneTokenAndKeepEachAnswer() throws Exception {
        UUID a = childInNeed();
        UUID b = childWhoseEpisodeClosed23MonthsAgo();
        UUID tooOld = fixtures.child(TODAY.minusYears(40), null, null);
        DfeApiSender.Summary s = send(SendPlan.Mode.FULL, TODAY, 2);

        assertThat(dfe.violations).as("every record keeps the spec's contract").isEmpty();
        assertThat(s.failed()).isZero();
        assertThat(s.accepted()).isEqualTo(s.children()).isGreaterThanOrEqualTo(2);
        assertThat(dfe.batches).allMatch(batch -> batch.size() <= 2);
        assertThat(dfe.tokensIssued()).as("the token is kept while it is valid").isEqualTo(1);
        Map<String, List<Map<String, Object>>> got = dfe.received();
        assertThat(got).containsKeys(laId(a), laId(b)).doesNotContainKey(laId(tooOld));
        assertThat(got.get(laId(a)).get(0).get("mis_child_id")).isEqualTo(a.toString());
        assertThat(jdbc.queryForList("SELECT status FROM dfeapi_record_result WHERE person_id = ?", String.class, a))
                .containsExactly("ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT receipt FROM dfeapi_record_result WHERE person_id = ?", String.class, a))
                .matches("\\d{4}-\\d{2}-\\d{2}_\\d{2}:\\d{2}:\\d{2}\\.\\d{6}_[0-9a-f-]{36}");
        assertThat(jdbc.queryForObject("SELECT last_hash FROM dfeapi_child_state WHERE person_id = ?", String.class, a))
                .hasSize(64);
    }

    @Test
    void shouldSendOnlyTheChangedChildInAPartialWithTheSameIds() throws Exception {
        UUID a = childInNeed();
        UUID b = childInNeed();
        send(SendPlan.Mode.FULL, TODAY, 100);
        @SuppressWarnings("unchecked")
        String episodeId = (String) ((Map<String, Object>) ((List<Object>) dfe.received().get(laId(a)).get(0)
                .get("social_care_episodes")).get(0)).get("social_care_episode_id");
        dfe.batches.clear();

        assertThat(send(SendPlan.Mode.PARTIAL, TODAY, 100).children()).as("nothing changed").isZero();
        // Neither child is sent again. (Not "exactly one request": in the whole suite the shared database holds other
        // tests' children, and one leaving the flow between the two sends is purged in a request of its own.)
        assertThat(dfe.received()).doesNotContainKeys(laId(a), laId(b));

        UUID referral = UUID.fromString(episodeId);
        fixtures.history(a, new Assessment(UUID.randomUUID(), a, referral, TODAY.minusMonths(1), TODAY.minusMonths(1),
                null, List.of("2A"), null, null));
        DfeApiSender.Summary partial = send(SendPlan.Mode.PARTIAL, TODAY, 100);
        assertThat(partial.children()).isEqualTo(1);
        assertThat(dfe.received()).containsOnlyKeys(laId(a));
        @SuppressWarnings("unchecked")
        Map<String, Object> episode = (Map<String, Object>) ((List<Object>) dfe.received().get(laId(a)).get(0)
                .get("social_care_episodes")).get(0);
        assertThat(episode.get("social_care_episode_id")).as("ids are stable across runs").isEqualTo(episodeId);
        assertThat((List<?>) episode.get("child_and_family_assessments")).hasSize(1);
        assertThat(dfe.received()).doesNotContainKey(laId(b));
        assertThat(dfe.violations).isEmpty();
    }

    @Test
    void shouldPurgeAChildWhoLeftTheFlowAndOneWhoseRecordWasDeleted() throws Exception {
        UUID stays = childInNeed();
        UUID leaves = childWhoseEpisodeClosed23MonthsAgo();
        UUID deleted = childInNeed();
        String deletedLaId = laId(deleted);
        send(SendPlan.Mode.FULL, TODAY, 100);
        tx.executeWithoutResult(st -> {
            for (String table : List.of("ssd_cin_plans", "ssd_cin_episodes", "chronology_entry", "ssd_person")) {
                String column = switch (table) {
                    case "ssd_cin_plans" -> "cinp_person_id";
                    case "ssd_cin_episodes" -> "cine_person_id";
                    case "chronology_entry" -> "chro_person_id";
                    default -> "pers_person_id";
                };
                jdbc.update("DELETE FROM " + table + " WHERE " + column + " = ?", deleted);
            }
        });
        dfe.batches.clear();

        DfeApiSender.Summary s = send(SendPlan.Mode.PARTIAL, TODAY.plusMonths(2), 100);
        assertThat(dfe.violations).isEmpty();
        Map<String, List<Map<String, Object>>> got = dfe.received();
        assertThat(got.get(laId(leaves))).containsExactly(Map.of("la_child_id", laId(leaves), "mis_child_id",
                leaves.toString(), "purge", true));
        assertThat(got.get(deletedLaId)).containsExactly(Map.of("la_child_id", deletedLaId, "mis_child_id",
                deleted.toString(), "purge", true));
        assertThat(s.purges()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT purged FROM dfeapi_child_state WHERE person_id = ?", Boolean.class, leaves))
                .isTrue();
        dfe.batches.clear();
        send(SendPlan.Mode.PARTIAL, TODAY.plusMonths(2), 100);
        assertThat(dfe.received()).as("an accepted purge is not sent again").doesNotContainKeys(laId(leaves), deletedLaId);
        assertThat(laId(stays)).isNotNull();
    }

    @Test
    void shouldKeepARejectionAndSendThatChildAgainNextTime() throws Exception {
        UUID a = childInNeed();
        UUID b = childInNeed();
        dfe.reject(laId(b));
        DfeApiSender.Summary s = send(SendPlan.Mode.FULL, TODAY, 100);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status || ': ' || message FROM dfeapi_record_result WHERE person_id = ?",
                String.class, b)).isEqualTo("REJECTED: child_details.unique_pupil_number: already held for another child");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dfeapi_child_state WHERE person_id = ?", Integer.class, b))
                .isZero();
        dfe.batches.clear();
        send(SendPlan.Mode.PARTIAL, TODAY, 100);
        assertThat(dfe.received()).containsKey(laId(b)).doesNotContainKey(laId(a));
    }

    @Test
    void shouldTryA503AgainWithAGrowingPauseAndKeepTheAttempts() throws Exception {
        UUID a = childInNeed();
        dfe.answerNext(503, 503);
        DfeApiSender.Summary s = send(SendPlan.Mode.FULL, TODAY, 100);
        assertThat(s.failed()).isZero();
        assertThat(pauses).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(jdbc.queryForObject("SELECT attempts FROM dfeapi_record_result WHERE person_id = ?", Integer.class, a))
                .isEqualTo(3);
    }

    @Test
    void shouldGiveUpAfterTheAttemptsConfiguredAndSendTheChildrenAgainNextTime() throws Exception {
        UUID a = childInNeed();
        dfe.answerNext(503, 429, 502, 503, 503, 503, 503, 503, 503, 503, 503, 503);
        DfeApiSender.Summary s = send(SendPlan.Mode.FULL, TODAY, 100);
        assertThat(s.accepted()).isZero();
        assertThat(s.outcome()).isEqualTo("SENT_WITH_REFUSALS");
        assertThat(jdbc.queryForObject("SELECT status || ' ' || http_status || ' ' || attempts FROM dfeapi_record_result "
                + "WHERE person_id = ? AND batch_no = 1", String.class, a)).isEqualTo("FAILED 502 3");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dfeapi_child_state", Integer.class)).isZero();
    }

    @Test
    void shouldNotTryA400AgainAndShouldRejectOnlyTheRecordItNames() throws Exception {
        DfeApiSettings settings = dfe.settings(100);
        Map<String, Object> good = ChildPayload.purge("GOOD1", UUID.randomUUID().toString());
        Map<String, Object> bad = new java.util.LinkedHashMap<>(ChildPayload.purge("BAD1", UUID.randomUUID().toString()));
        bad.put("purge", false);
        bad.put("child_details", Map.of("sex", "X", "uasc_flag", true, "purge", false, "date_of_birth", "01/02/2015"));
        bad.put("social_care_episodes", List.of());
        DfeApiClient.BatchResult result = client(settings).post(List.of(good, bad));
        assertThat(result.httpStatus()).isEqualTo(400);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(pauses).isEmpty();
        assertThat(result.records().get(0).status()).isEqualTo(DfeApiClient.Status.FAILED);
        assertThat(result.records().get(1).status()).isEqualTo(DfeApiClient.Status.REJECTED);
        assertThat(result.records().get(1).message()).contains("[1] child_details.sex").contains("date_of_birth");
    }

    @Test
    void shouldRefuseToSendWithoutTheDfesSettingsAndNeverPrintTheSecret() {
        DfeApiSettings none = new DfeApiSettings("", "", "", "", "", "", "", "client_secret_post", 100, 4,
                Duration.ofSeconds(2), Duration.ofSeconds(60));
        assertThatThrownBy(() -> sender.send("tester", SendPlan.Mode.FULL, false, null, TODAY, none, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hearth.dfe-api.endpoint")
                .hasMessageContaining("client-secret");
        assertThat(dfe.settings(100).toString()).doesNotContain(DfeStandIn.CLIENT_SECRET)
                .doesNotContain(DfeStandIn.SUPPLIER_KEY).contains("clientSecret=(set)");
    }

    @Test
    void shouldFailEveryRecordWhenTheTokenEndpointRefusesTheClient() throws Exception {
        childInNeed();
        DfeApiSettings wrong = new DfeApiSettings(dfe.base(), DfeStandIn.LA, dfe.base() + "/oauth2/token",
                DfeStandIn.CLIENT_ID, "wrong-secret", DfeStandIn.SCOPE, DfeStandIn.SUPPLIER_KEY, "client_secret_post",
                100, 3, Duration.ofMillis(50), Duration.ofSeconds(10));
        DfeApiSender.Summary s = sender.send("tester", SendPlan.Mode.FULL, false, null, TODAY, wrong, client(wrong));
        assertThat(s.accepted()).isZero();
        assertThat(dfe.childrenRequests()).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT message FROM dfeapi_record_result", String.class))
                .allMatch(m -> m.startsWith("no access token from the token endpoint"))
                .noneMatch(m -> m.contains("wrong-secret"));
    }
}
