package org.hearth.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.hearth.demo.DemoData;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ./hearth bench api}: loads demo children if the database has fewer than asked for, then measures, over
 * real HTTP against this process's own server, the latency of reading a child's record (as their allocated
 * worker) and a worker's caseload. Reports median, p95 and p99 per call. A command, not a timed test.
 */
@Component
class ApiBenchCommand implements HearthCommand {
    /** API calls with HTTP Basic, or pages with a signed-in session per user (cookie and CSRF, as a browser). */
    enum Mode { API, WEB, FHIR }

    private final JdbcTemplate jdbc;
    private final DemoData demo;
    private final Environment env;

    ApiBenchCommand(JdbcTemplate jdbc, DemoData demo, Environment env) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.env = env;
    }

    Mode mode() {
        return Mode.API;
    }

    @Override
    public String name() {
        return switch (mode()) {
            case API -> "bench api";
            case WEB -> "bench web";
            case FHIR -> "bench fhir";
        };
    }

    record Pair(String worker, UUID child) {}

    /**
     * Mean pause between one user's pages (exponentially distributed), as people read a page before the next; 0
     * makes every client ask again at once, a stress test of throughput rather than of a working day.
     */
    private int thinkMs;

    @Override
    public int run(Options options) {
        int children = options.getInt("children", 100_000);
        long seed = options.getInt("seed", 42);
        int requests = options.getInt("requests", 2_000);
        int concurrency = options.getInt("concurrency", mode() == Mode.FHIR ? 50 : 8);
        thinkMs = options.getInt("think-ms", 0);
        long have = jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_legacy_id IS NOT NULL", Long.class);
        if (have < children) {
            if (have > 0) {
                System.err.println("bench: the database has " + have + " children, fewer than " + children
                        + "; use an empty --data-dir");
                return 2;
            }
            long t0 = System.nanoTime();
            System.out.println("Loading " + children + " demo children (seed " + seed + ")…");
            demo.load(children, seed);
            System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        int port = Integer.parseInt(env.getProperty("local.server.port", "0"));
        List<Pair> pairs = jdbc.query("SELECT invo_professional_id, invo_person_id FROM ssd_involvements "
                        + "WHERE invo_professional_role_id = 'SW' AND invo_involvement_end_date IS NULL",
                (rs, n) -> new Pair(rs.getString(1), rs.getObject(2, UUID.class)));
        // Up to 200 signed-in workers, as a busy morning might have; each signs in once before measuring, because
        // a password is checked (BCrypt, deliberately slow) once per session, not on every page.
        List<String> allWorkers = pairs.stream().map(Pair::worker).distinct().sorted().toList();
        List<String> workers = new ArrayList<>(allWorkers);
        Collections.shuffle(workers, new Random(seed));
        workers = List.copyOf(workers.subList(0, Math.min(options.getInt("users", 200), workers.size())));
        demo.publishDemoPassword(workers); // only the README's accounts have it otherwise
        java.util.Set<String> signedIn = java.util.Set.copyOf(workers);
        pairs.removeIf(p -> !signedIn.contains(p.worker()));
        long total = jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_legacy_id IS NOT NULL", Long.class);
        System.out.printf("Database: %d children, %d workers with caseloads (mean %.1f children each), %d audit entries%n",
                total, allWorkers.size(), jdbc.queryForObject("SELECT count(*) FROM ssd_involvements WHERE "
                        + "invo_professional_role_id = 'SW' AND invo_involvement_end_date IS NULL", Long.class)
                        / (double) Math.max(1, allWorkers.size()),
                jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class));
        System.out.printf("Signed-in users sampled: %d%n", workers.size());
        System.out.printf("Measuring %d requests per call, %d concurrent clients, %s, on http://localhost:%d%n",
                requests, concurrency, thinkMs == 0 ? "no think time" : "mean think time " + thinkMs + " ms", port);

        if (mode() == Mode.WEB) {
            return web(port, workers, pairs, requests, concurrency, seed);
        }
        if (mode() == Mode.FHIR) {
            return fhir(port, requests, concurrency, seed);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Random rnd = new Random(seed);
        IntFunction<HttpRequest> childRead = i -> {
            Pair p = pairs.get(rnd.nextInt(pairs.size()));
            return request(port, "/api/children/" + p.child() + "?purpose=benchmark", p.worker());
        };
        List<String> users = workers;
        IntFunction<HttpRequest> caseload = i -> request(port, "/api/caseload", users.get(rnd.nextInt(users.size())));
        IntFunction<HttpRequest> signIn = i -> request(port, "/api/caseload", users.get(i));
        measure(http, "sign-in", signIn, users.size(), concurrency, false);
        measure(http, "warm-up", childRead, 300, concurrency, false);
        Stats record = measure(http, "GET /api/children/{id}", childRead, requests, concurrency, true);
        Stats load = measure(http, "GET /api/caseload", caseload, requests, concurrency, true);
        print(List.of(record, load));
        return record.errors + load.errors == 0 ? 0 : 1;
    }

    /** Each user signs in through the sign-in page and then browses with their own session, all at once. */
    private int web(int port, List<String> workers, List<Pair> pairs, int requests, int concurrency, long seed) {
        java.util.Map<String, HttpClient> sessions = new java.util.concurrent.ConcurrentHashMap<>();
        List<Stats> results = new ArrayList<>();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, 16));
        List<Future<?>> done = new ArrayList<>();
        for (String user : workers) {
            done.add(pool.submit(() -> sessions.put(user, signIn(port, user))));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (Exception e) {
                System.err.println("bench: a sign-in failed: " + e.getMessage());
                return 1;
            }
        }
        pool.shutdown();
        System.out.printf("Signed in %d users through the sign-in page in %.1f s%n", sessions.size(), (System.nanoTime() - t0) / 1e9);
        Random rnd = new Random(seed);
        java.util.Map<String, List<Pair>> byWorker = new java.util.HashMap<>();
        pairs.forEach(p -> byWorker.computeIfAbsent(p.worker(), k -> new ArrayList<>()).add(p));
        List<String> users = List.copyOf(sessions.keySet());
        record Call(HttpClient client, HttpRequest request) {}
        java.util.function.IntFunction<Call> myWork = i -> {
            String u = users.get(rnd.nextInt(users.size()));
            return new Call(sessions.get(u), HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .timeout(Duration.ofSeconds(120)).GET().build());
        };
        java.util.function.IntFunction<Call> record = i -> {
            String u = users.get(rnd.nextInt(users.size()));
            List<Pair> own = byWorker.get(u);
            Pair p = own.get(rnd.nextInt(own.size()));
            return new Call(sessions.get(u), HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/children/" + p.child()))
                    .timeout(Duration.ofSeconds(120)).GET().build());
        };
        for (var entry : List.of(java.util.Map.entry("GET / (My work)", myWork), java.util.Map.entry("GET /children/{id}", record))) {
            measureWith(entry.getKey(), i -> entry.getValue().apply(i), c -> ((Call) c).client(), c -> ((Call) c).request(),
                    Math.min(300, requests), concurrency, false);
            results.add(measureWith(entry.getKey(), i -> entry.getValue().apply(i), c -> ((Call) c).client(),
                    c -> ((Call) c).request(), requests, concurrency, true));
        }
        print(results);
        return results.stream().mapToInt(Stats::errors).sum() == 0 ? 0 : 1;
    }

    private static HttpClient signIn(int port, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(DemoData.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
        return client;
    }

    /**
     * Flag look-ups as the demo NHS trust's health.demo: half for children who carry a flag (a CP plan or looked
     * after), half for any child with an NHS number (most carry none: an empty Bundle). Every look-up is audited and
     * a disclosed flag notifies the council, as in use.
     */
    private int fhir(int port, int requests, int concurrency, long seed) {
        String partner = "health.demo";
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM hearth_user WHERE username = ?)",
                Boolean.class, partner);
        if (!Boolean.TRUE.equals(exists)) { // a database seeded before the health flag service
            org.hearth.health.HealthDemo.addPartner(jdbc, partner, "Hana Demo", null);
        }
        demo.publishDemoPassword(List.of(partner));
        List<String> flagged = jdbc.queryForList("SELECT p.pers_nhs_number FROM ssd_person p WHERE p.pers_nhs_number "
                + "IS NOT NULL AND (EXISTS (SELECT 1 FROM ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id AND "
                + "c.cppl_cp_plan_end_date IS NULL) OR EXISTS (SELECT 1 FROM cla_periods l WHERE l.clpe_person_id = "
                + "p.pers_person_id AND l.clpe_period_end_date IS NULL)) ORDER BY md5(p.pers_nhs_number) LIMIT 5000",
                String.class);
        List<String> any = jdbc.queryForList("SELECT pers_nhs_number FROM ssd_person WHERE pers_nhs_number IS NOT NULL "
                + "AND pers_kind = 'CHILD' ORDER BY md5(pers_nhs_number) LIMIT 5000", String.class);
        System.out.printf("NHS numbers sampled: %d of flagged children, %d of any child%n", flagged.size(), any.size());
        if (any.isEmpty()) {
            System.err.println("bench: no child has an NHS number");
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Random rnd = new Random(seed);
        IntFunction<HttpRequest> lookUp = i -> {
            List<String> from = (i % 2 == 0 && !flagged.isEmpty()) ? flagged : any;
            String nhs = from.get(rnd.nextInt(from.size()));
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/Flag?patient.identifier="
                            + java.net.URLEncoder.encode(org.hearth.health.LookupRequest.NHS_SYSTEM + "|" + nhs,
                            StandardCharsets.UTF_8)))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (partner + ":" + DemoData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header(org.hearth.health.LookupRequest.PURPOSE_HEADER, "ETREAT")
                    .header(org.hearth.health.LookupRequest.SETTING_HEADER, "EMERGENCY_DEPARTMENT")
                    .header("Accept", "application/fhir+json")
                    .timeout(Duration.ofSeconds(60)).GET().build();
        };
        measure(http, "warm-up", lookUp, Math.min(300, requests), concurrency, false);
        Stats flags = measure(http, "GET /fhir/Flag?patient.identifier", lookUp, requests, concurrency, true);
        print(List.of(flags));
        return flags.errors == 0 ? 0 : 1;
    }

    private static void print(List<Stats> results) {
        System.out.println();
        System.out.printf("%-26s %8s %8s %8s %8s %9s%n", "call", "median", "p95", "p99", "errors", "req/s");
        for (Stats s : results) {
            System.out.printf("%-26s %6.1fms %6.1fms %6.1fms %8d %9.0f%n", s.name, s.median, s.p95, s.p99, s.errors, s.rate);
        }
    }

    private static HttpRequest request(int port, String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    record Stats(String name, double median, double p95, double p99, int errors, double rate) {}

    private Stats measure(HttpClient http, String name, IntFunction<HttpRequest> next, int count,
                                 int concurrency, boolean report) {
        return measureWith(name, i -> next.apply(i), c -> http, c -> (HttpRequest) c, count, concurrency, report);
    }

    /** Runs {@code count} calls from {@code concurrency} clients; each call is made by {@code next} in turn. */
    private Stats measureWith(String name, IntFunction<Object> next, java.util.function.Function<Object, HttpClient> client,
                                     java.util.function.Function<Object, HttpRequest> request, int count, int concurrency,
                                     boolean report) {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger issued = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            done.add(pool.submit(() -> {
                int i;
                Random pause = new Random(Thread.currentThread().getId());
                while ((i = issued.getAndIncrement()) < count) {
                    if (report && thinkMs > 0) {
                        try {
                            Thread.sleep((long) (-thinkMs * Math.log(1 - pause.nextDouble())));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    Object call;
                    synchronized (next) {
                        call = next.apply(i);
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.apply(call).send(request.apply(call), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    millis.add((System.nanoTime() - t0) / 1e6);
                }
            }));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        Stats s = new Stats(name, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), errors.get(), count / seconds);
        if (report) {
            System.out.printf("  %s: %d requests in %.1f s%n", name, count, seconds);
        }
        return s;
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    /** {@code ./hearth bench fhir}: health flag look-ups per second and their p95, 50 callers at once by default. */
    @Component
    static class Fhir extends ApiBenchCommand {
        Fhir(JdbcTemplate jdbc, DemoData demo, Environment env) {
            super(jdbc, demo, env);
        }

        @Override
        Mode mode() {
            return Mode.FHIR;
        }
    }

    /** {@code ./hearth bench web}: the same data, measured as pages with 200 signed-in users at once. */
    @Component
    static class Web extends ApiBenchCommand {
        Web(JdbcTemplate jdbc, DemoData demo, Environment env) {
            super(jdbc, demo, env);
        }

        @Override
        Mode mode() {
            return Mode.WEB;
        }
    }
}
