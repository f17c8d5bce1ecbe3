package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault injection: a real Hearth (a child JVM on a loopback port) takes a bounded load of visits through the API,
 * is killed with SIGKILL mid-stream, and restarts. Every write the API acknowledged (201) must still be there, and
 * the audit must verify, against its anchor, after the restart stopped the server the killed JVM left behind.
 */
class CrashRecoveryTest {
    private static final int WRITERS = 4;
    private static final int ACKS_BEFORE_KILL = 120;
    private static final int MAX_WRITES = 400;

    @TempDir
    Path tmp;

    @Test
    void shouldLoseNoAcknowledgedWriteWhenHearthIsKilledUnderLoad() throws Exception {
        Path dataDir = tmp.resolve("data");
        int port = freePort();
        long t0 = System.nanoTime();
        Process hearth = java(tmp.resolve("serve.log"), "serve", "--data-dir", dataDir.toString(), "--port",
                Integer.toString(port), "--hearth.demo.children=40", "--hearth.demo.seed=7", "--logging.level.org.hearth=WARN");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitHealthy(http, port, hearth, tmp.resolve("serve.log"));
            long started = System.nanoTime();
            List<String> children = children(http, port);
            assertThat(children).hasSizeGreaterThanOrEqualTo(WRITERS);

            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                String child = children.get(w);
                writers.submit(() -> {
                    for (int i = 0; i < MAX_WRITES / WRITERS && !killed.get(); i++) {
                        String body = "{\"date\":\"" + LocalDate.now().minusDays(i % 20) + "\","
                                + "\"context\":\"CIN\",\"seen\":true}";
                        try {
                            HttpResponse<String> r = http.send(request(port, "/api/children/" + child + "/visits")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) { // acknowledged: it must survive
                                acknowledged.add(r.body().replaceAll(
                                        "(?s).*\"kind\":\"visits\",\"id\":\"([0-9a-f-]{36})\".*", "$1"));
                            }
                        } catch (IOException | InterruptedException e) {
                            return; // the server died under this request: not acknowledged
                        }
                    }
                });
            }
            while (acknowledged.size() < ACKS_BEFORE_KILL && System.nanoTime() - started < 30_000_000_000L) {
                Thread.sleep(5);
            }
            hearth.destroyForcibly(); // SIGKILL, with writes in flight
            killed.set(true);
            hearth.waitFor(10, TimeUnit.SECONDS);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            hearth.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        // The killed JVM's PostgreSQL is still running: the restart must recognise it as an orphan and stop it.
        assertThat(StalePostgres.runningOwner(dataDir.resolve("pg"))).isEmpty();

        Path verifyLog = tmp.resolve("verify.log");
        Process verify = java(verifyLog, "audit", "verify", "--data-dir", dataDir.toString());
        assertThat(verify.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(verifyLog);
        assertThat(verify.exitValue()).as(out).isZero();
        assertThat(out).contains("Audit chain intact");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, false, Map.of())) {
            JdbcTemplate jdbc = new JdbcTemplate(db.ownerDataSource());
            List<String> lost = new ArrayList<>();
            for (String id : acknowledged) {
                if (jdbc.queryForObject("SELECT count(*) FROM visits WHERE visi_visit_id = ?", Integer.class,
                        UUID.fromString(id)) != 1) {
                    lost.add(id);
                }
            }
            assertThat(lost).as("acknowledged visits lost after kill -9 (of %d)", acknowledged.size()).isEmpty();
        }
        System.out.printf("CrashRecoveryTest: %d acknowledged writes, none lost; %.1f s in all%n",
                acknowledged.size(), (System.nanoTime() - t0) / 1e9);
    }

    private static Process java(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.hearth.HearthApplication"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "sw.demo:hearth-demo".getBytes(StandardCharsets.UTF_8)));
    }

    private static void awaitHealthy(HttpClient http, int port, Process hearth, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!hearth.isAlive()) {
                throw new AssertionError("Hearth exited while starting:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Hearth did not start in time:\n" + Files.readString(log));
    }

    private static List<String> children(HttpClient http, int port) throws Exception {
        HttpResponse<String> r = http.send(request(port, "/api/caseload").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"childId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(r.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
