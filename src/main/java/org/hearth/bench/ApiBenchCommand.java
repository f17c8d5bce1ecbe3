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
    /** The other users' pages (partners', children's and carers'), each family from its own bench class. */
    private final org.springframework.beans.factory.ObjectProvider<PageFamily> families;

    ApiBenchCommand(JdbcTemplate jdbc, DemoData demo, Environment env,
                    org.springframework.beans.factory.ObjectProvider<PageFamily> families) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.env = env;
        this.families = families;
    }

    /**
     * The families of pages {@code bench web --pages} measures, in the order their rows are printed. {@code floor} is
     * not a family of users but the practitioners' signed-in {@code GET /keep-alive}: every filter, the session read
     * and a 204 with nothing read or drawn, so what any page costs at least (the stack's ceiling) is measured beside
     * the pages; {@code all} leaves it out.
     */
    static final List<String> PAGE_FAMILIES = List.of("practitioner", "partner", "portal", "floor");

    /** The families that use the practitioners' sign-ins. */
    private static boolean practitioners(List<String> families) {
        return families.contains("practitioner") || families.contains("floor");
    }

    /**
     * {@code --pages practitioner,partner,portal} (or {@code all}): which users' pages to measure in one run, beside
     * each other. Practitioner pages alone when not given, as before, so older scripts get the same run.
     */
    static List<String> pageFamilies(String option) {
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (String part : option.split(",", -1)) {
            String p = part.trim().toLowerCase(java.util.Locale.ROOT);
            if (p.equals("all")) {
                asked.addAll(List.of("practitioner", "partner", "portal"));
            } else if (PAGE_FAMILIES.contains(p)) {
                asked.add(p);
            } else {
                throw new IllegalArgumentException("--pages: '" + part.trim() + "' is not a family of pages; choose "
                        + String.join(", ", PAGE_FAMILIES) + " or all, separated by commas");
            }
        }
        return PAGE_FAMILIES.stream().filter(asked::contains).toList();
    }

    /**
     * One family of pages other than the practitioners': makes its users if they are not there yet (idempotently,
     * through the real commands), signs each in through the page a person would use, and gives the pages to time.
     * Declared here, with the client below, so that this file alone still builds in an older revision
     * ({@code bench/web-before-after.sh} puts it in place of the base's own): such a build has no families.
     */
    interface PageFamily {
        String name();

        List<Page> prepare(WebClient client, int users, long seed) throws Exception;
    }

    /** A page to time: its row's name, and the next request (chosen before the clock starts). */
    record Page(String name, IntFunction<HttpRequest> next) {}

    /** The bench's view of the server: signing in through a form and asking for pages with a session's cookies. */
    record WebClient(HttpClient http, int port) {
        HttpRequest page(String path, String cookie) {
            return ApiBenchCommand.page(port, path, cookie);
        }

        /** Signs a member of staff, a partner's practitioner or a carer in at /sign-in; the session's cookies. */
        String signIn(String user) throws Exception {
            return ApiBenchCommand.signIn(http, port, user);
        }

        /**
         * Opens {@code formPage} (cookies and CSRF token, as a browser does), posts {@code fields} to {@code action}
         * and returns the session's cookies if the answer is a redirect whose Location satisfies {@code ok}.
         * {@code cookies} may carry a session already (null for a new one).
         */
        String submit(String formPage, String action, java.util.Map<String, String> fields, String cookies,
                      java.util.function.Predicate<String> ok) throws Exception {
            java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
            if (cookies != null && !cookies.isBlank()) {
                for (String c : cookies.split(";\\s*")) {
                    int eq = c.indexOf('=');
                    if (eq > 0) {
                        jar.put(c.substring(0, eq), c.substring(eq + 1));
                    }
                }
            }
            HttpRequest.Builder get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + formPage)).GET();
            if (!jar.isEmpty()) {
                get.header("Cookie", cookieHeader(jar));
            }
            HttpResponse<String> form = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
            if (form.statusCode() != 200) {
                throw new IllegalStateException(formPage + " answered " + form.statusCode());
            }
            keepCookies(form, jar);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on " + formPage);
            }
            StringBuilder body = new StringBuilder("_csrf=" + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
            fields.forEach((k, v) -> body.append('&').append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookieHeader(jar))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || !ok.test(location)) {
                throw new IllegalStateException(action + " was refused (" + r.statusCode() + " " + location + ")");
            }
            keepCookies(r, jar);
            return cookieHeader(jar);
        }

        /** A page's HTML, as the session sees it (for what a person reads off it). */
        String read(String path, String cookie) throws Exception {
            HttpResponse<String> r = http.send(page(path, cookie), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body();
        }

        /** Runs {@code task} for each item on a few threads (sign-ins: BCrypt, deliberately slow); fails on the first failure. */
        <T, R> java.util.Map<T, R> each(List<T> items, Task<T, R> task) throws Exception {
            java.util.Map<T, R> out = new java.util.concurrent.ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(16, items.size())));
            try {
                List<Future<?>> done = new ArrayList<>();
                for (T item : items) {
                    done.add(pool.submit(() -> {
                        out.put(item, task.run(item));
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw e.getCause() instanceof Exception x ? x : e;
                    }
                }
            } finally {
                pool.shutdown();
            }
            return out;
        }
    }

    interface Task<T, R> {
        R run(T item) throws Exception;
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

    /**
     * {@code --think-ms 5000,0}: the pages are measured with each think time in turn, in the same process after the
     * same sign-ins (web only), so a working day and a stress run share one start-up and one warm-up.
     */
    private List<Integer> thinkTimes = List.of(0);

    static List<Integer> thinkTimes(String option) {
        List<Integer> out = new ArrayList<>();
        for (String part : option.split(",")) {
            int ms = Integer.parseInt(part.trim());
            if (ms < 0) {
                throw new IllegalArgumentException("--think-ms must not be negative");
            }
            out.add(ms);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--think-ms needs a number of milliseconds");
        }
        return List.copyOf(out);
    }

    @Override
    public int run(Options options) {
        int children = options.getInt("children", 100_000);
        long seed = options.getInt("seed", 42);
        int requests = options.getInt("requests", 2_000);
        int concurrency = options.getInt("concurrency", mode() == Mode.FHIR ? 50 : 8);
        thinkTimes = thinkTimes(options.get("think-ms", "0"));
        thinkMs = thinkTimes.get(0);
        List<String> pages;
        try {
            pages = mode() == Mode.WEB ? pageFamilies(options.get("pages", "practitioner")) : List.of("practitioner");
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            return 2;
        }
        for (String family : pages) {
            if (!family.equals("practitioner") && !family.equals("floor") && family(family) == null) {
                System.err.println("bench: this build cannot measure " + family + " pages");
                return 2;
            }
        }
        warmUp = options.getInt("warm-up", WARM_UP_DEFAULT);
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
        if (practitioners(pages)) {
            demo.publishDemoPassword(workers); // only the README's accounts have it otherwise
        }
        java.util.Set<String> signedIn = java.util.Set.copyOf(workers);
        pairs.removeIf(p -> !signedIn.contains(p.worker()));
        long total = jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_legacy_id IS NOT NULL", Long.class);
        System.out.printf("Database: %d children, %d workers with caseloads (mean %.1f children each), %d audit entries%n",
                total, allWorkers.size(), jdbc.queryForObject("SELECT count(*) FROM ssd_involvements WHERE "
                        + "invo_professional_role_id = 'SW' AND invo_involvement_end_date IS NULL", Long.class)
                        / (double) Math.max(1, allWorkers.size()),
                jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class));
        System.out.printf("Signed-in users sampled: %d%s%n", workers.size(), pages.equals(List.of("practitioner"))
                ? "" : " practitioners (if measured), " + options.getInt("users", 200) + " of each other family; pages: "
                + String.join(", ", pages));
        System.out.println("Machine: " + machine() + "; Java " + Runtime.version() + ", heap max "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        System.out.printf("Measuring %d requests per call, %d concurrent clients, %s, on http://localhost:%d%n",
                requests, concurrency, thinkTimes.stream().map(t -> t == 0 ? "no think time" : "mean think time " + t
                        + " ms").collect(java.util.stream.Collectors.joining(", then ")), port);

        if (mode() == Mode.WEB) {
            return web(port, pages, practitioners(pages) ? workers : List.of(), pairs, requests, concurrency,
                    seed, options.getInt("users", 200));
        }
        if (mode() == Mode.FHIR) {
            return fhir(port, requests, concurrency, seed);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
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

    /**
     * Each user signs in through the sign-in page and then browses with their own session cookie, as a browser
     * would. One HTTP client carries every user's requests (its connection pool and one selector thread), each with
     * that user's cookie: a client per user would add a selector thread per user to the two cores the server has,
     * and its stalls would be counted as the server's.
     */
    private PageFamily family(String name) {
        return families.orderedStream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private int web(int port, List<String> families, List<String> workers, List<Pair> pairs, int requests,
                    int concurrency, long seed, int users) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        java.util.Map<String, String> sessions = new java.util.concurrent.ConcurrentHashMap<>();
        List<Stats> results = new ArrayList<>();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, 16));
        List<Future<?>> done = new ArrayList<>();
        for (String user : workers) {
            done.add(pool.submit(() -> sessions.put(user, signIn(http, port, user))));
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
        if (!workers.isEmpty()) {
            System.out.printf("Signed in %d users through the sign-in page in %.1f s%n", sessions.size(),
                    (System.nanoTime() - t0) / 1e9);
        }
        List<Page> measured = new ArrayList<>();
        Random rnd = new Random(seed);
        java.util.Map<String, List<Pair>> byWorker = new java.util.HashMap<>();
        pairs.forEach(p -> byWorker.computeIfAbsent(p.worker(), k -> new ArrayList<>()).add(p));
        java.util.Map<UUID, String> names = searchTerms(pairs);
        List<String> signedIn = List.copyOf(new java.util.TreeSet<>(sessions.keySet()));
        IntFunction<HttpRequest> myWork = i -> page(port, "/", sessions.get(signedIn.get(rnd.nextInt(signedIn.size()))));
        IntFunction<HttpRequest> record = i -> {
            String u = signedIn.get(rnd.nextInt(signedIn.size()));
            List<Pair> own = byWorker.get(u);
            return page(port, "/children/" + own.get(rnd.nextInt(own.size())).child(), sessions.get(u));
        };
        // Find a child by the name a worker has to hand: one of their own children's, as the page is used before
        // opening a record or adding a child (the search runs over every child in the council).
        IntFunction<HttpRequest> find = i -> {
            String u = signedIn.get(rnd.nextInt(signedIn.size()));
            List<Pair> own = byWorker.get(u);
            String q = names.get(own.get(rnd.nextInt(own.size())).child());
            return page(port, "/children?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8), sessions.get(u));
        };
        if (families.contains("practitioner")) {
            measured.add(new Page("GET / (My work)", myWork));
            measured.add(new Page("GET /children/{id}", record));
            measured.add(new Page("GET /children?q= (find)", find));
        }
        if (families.contains("floor")) {
            measured.add(new Page("GET /keep-alive (floor)", i -> page(port, "/keep-alive",
                    sessions.get(signedIn.get(rnd.nextInt(signedIn.size()))))));
        }
        WebClient client = new WebClient(http, port);
        for (String name : families) {
            if (name.equals("practitioner") || name.equals("floor")) {
                continue;
            }
            long f0 = System.nanoTime();
            try {
                List<Page> more = family(name).prepare(client, users, seed);
                if (more.isEmpty()) {
                    System.err.println("bench: no " + name + " pages could be prepared on this data");
                    return 1;
                }
                measured.addAll(more);
            } catch (Exception e) {
                System.err.println("bench: preparing the " + name + " pages failed: " + e.getMessage());
                return 1;
            }
            System.out.printf("Prepared the %s pages (users made if missing, and signed in) in %.1f s%n", name,
                    (System.nanoTime() - f0) / 1e9);
        }
        warmUp(http, measured.stream().map(p -> java.util.Map.entry(p.name(), p.next())).toList(), concurrency);
        waitForQuiet();
        for (int think : thinkTimes) {
            thinkMs = think;
            System.out.println(think == 0 ? "No think time:" : "Mean think time " + think + " ms:");
            for (Page p : measured) {
                results.add(measure(http, p.name(), p.next(), requests, concurrency, true));
            }
        }
        print(results);
        return results.stream().mapToInt(Stats::errors).sum() == 0 ? 0 : 1;
    }

    /** Requests per page before any is measured ({@code --warm-up N}). */
    static final int WARM_UP_DEFAULT = 1_000;
    /** Warm-up goes on, a round at a time, while the JIT still compiles this much in a round (milliseconds). */
    static final long JIT_SETTLED_MS = 250;
    private int warmUp = WARM_UP_DEFAULT;

    /**
     * Every page, {@code --warm-up} requests each (1,000 by default) with no think time, then further rounds of 250
     * while a round still cost the JIT more than {@link #JIT_SETTLED_MS} of compiling (at most five; the JIT's time is
     * its threads' elapsed time, so on a loaded machine it may never settle and the cap is what stops it): on two
     * cores, C2 compiling the pages' code competes with the pages themselves, and a first measured run right after a
     * 300-request warm-up was measuring the compiler as much as Hearth. Prints what it did.
     */
    private void warmUp(HttpClient http, List<java.util.Map.Entry<String, IntFunction<HttpRequest>>> pages,
                        int concurrency) {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long jitStart = jit.getTotalCompilationTime();
        long t0 = System.nanoTime();
        int total = 0;
        for (var page : pages) {
            measure(http, page.getKey(), page.getValue(), warmUp, concurrency, false);
            total += warmUp;
        }
        int extra = 0;
        long round;
        do {
            extra++;
            long before = jit.getTotalCompilationTime();
            for (var page : pages) {
                measure(http, page.getKey(), page.getValue(), 250, concurrency, false);
                total += 250;
            }
            round = jit.getTotalCompilationTime() - before;
        } while (round > JIT_SETTLED_MS && extra < 5);
        System.out.printf("Warm-up: %d requests over %d pages in %.1f s (%d per page, then %d rounds of 250); JIT "
                        + "compiling %d ms in all, %d ms in the last round%n", total, pages.size(),
                (System.nanoTime() - t0) / 1e9, warmUp, extra, jit.getTotalCompilationTime() - jitStart, round);
    }

    /**
     * Waits (up to two minutes) for work that is not the pages' to finish before anything is measured, and says what
     * it waited for: PostgreSQL's autovacuum (after a bulk load it analyses and vacuums the big tables for minutes),
     * the audit sealer catching up with the warm-up's entries, the ONS postcode directory loading in the background,
     * and the JIT's compile queue (compile time still growing). Detected, not slept: it polls every half second and
     * goes as soon as all are quiet for two polls in a row.
     */
    private void waitForQuiet() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long t0 = System.nanoTime();
        long deadline = t0 + 120_000_000_000L;
        java.util.Set<String> waitedFor = new java.util.TreeSet<>();
        int quietPolls = 0;
        long lastJit = jit.getTotalCompilationTime();
        while (quietPolls < 2 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            java.util.List<String> busy = new ArrayList<>();
            Long vacuums = jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
                    + "'autovacuum worker'", Long.class);
            if (vacuums != null && vacuums > 0) {
                busy.add("PostgreSQL autovacuum");
            }
            Long unsealed = jdbc.queryForObject("SELECT count(*) FROM audit_entry e WHERE e.seq > (SELECT "
                    + "coalesce(max(entry_seq), 0) FROM audit_seal)", Long.class);
            if (unsealed != null && unsealed > 0) {
                busy.add("audit sealer");
            }
            if (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("postcode-directory"))) {
                busy.add("postcode directory");
            }
            long jitNow = jit.getTotalCompilationTime();
            if (jitNow - lastJit > 50) { // more than 50 ms of compiling in half a second
                busy.add("JIT compiling");
            }
            lastJit = jitNow;
            waitedFor.addAll(busy);
            quietPolls = busy.isEmpty() ? quietPolls + 1 : 0;
        }
        System.out.printf("Waited %.1f s for background work to finish (%s)%s%n", (System.nanoTime() - t0) / 1e9,
                waitedFor.isEmpty() ? "none was running" : String.join(", ", waitedFor),
                quietPolls < 2 ? "; still busy after two minutes, measuring anyway" : "");
    }

    /** What a worker types to find each of these children: their forename and surname. */
    private java.util.Map<UUID, String> searchTerms(List<Pair> pairs) {
        java.util.Map<UUID, String> out = new java.util.HashMap<>();
        List<UUID> ids = pairs.stream().map(Pair::child).distinct().toList();
        jdbc.query("SELECT pers_person_id, pers_forename, pers_surname FROM ssd_person WHERE pers_person_id = ANY (?)",
                rs -> {
                    out.put(rs.getObject(1, UUID.class), (java.util.Objects.requireNonNullElse(rs.getString(2), "") + " "
                            + java.util.Objects.requireNonNullElse(rs.getString(3), "")).trim());
                }, (Object) ids.toArray(UUID[]::new));
        return out;
    }

    private static HttpRequest page(int port, String path, String cookie) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie).GET()
                .build();
    }

    /** Signs in as a browser does (the sign-in page's CSRF token, then the form); returns the session's cookies. */
    private static String signIn(HttpClient client, int port, String user) throws Exception {
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        HttpResponse<String> signInPage = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sign-in")).GET().build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(signInPage, cookies);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(signInPage.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(DemoData.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookieHeader(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
        keepCookies(r, cookies); // the session id changes on sign-in
        return cookieHeader(cookies);
    }

    private static void keepCookies(HttpResponse<?> r, java.util.Map<String, String> cookies) {
        for (String set : r.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static String cookieHeader(java.util.Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
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
                    .GET().build(); // no per-request timer: it takes the client's lock (see measure)
        };
        measure(http, "warm-up", lookUp, Math.min(300, requests), concurrency, false);
        Stats flags = measure(http, "GET /fhir/Flag?patient.identifier", lookUp, requests, concurrency, true);
        print(List.of(flags));
        return flags.errors == 0 ? 0 : 1;
    }

    /**
     * The table, then one tab-separated RESULT line per call for scripts ({@code bench/web-before-after.sh}), and the
     * machine's load: on a shared machine a figure means little without it.
     */
    private static void print(List<Stats> results) {
        System.out.println();
        System.out.printf("%-28s %7s %8s %8s %8s %8s %8s %9s  %s%n", "call", "think", "median", "p95", "p99", "max",
                "errors", "req/s", "GC (server and client JVM)");
        for (Stats s : results) {
            System.out.printf("%-28s %5dms %6.1fms %6.1fms %6.1fms %6.0fms %8d %9.1f  %d collections, %d ms%n", s.name,
                    s.thinkMs, s.median, s.p95, s.p99, s.max, s.errors, s.rate, s.gcCount, s.gcMillis);
        }
        System.out.println("Machine: " + machine());
        // Scripts read these: call, median, p95, p99, max, errors, req/s, load average (1 5 15), then think time.
        for (Stats s : results) {
            System.out.printf(java.util.Locale.ROOT, "RESULT\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%.1f\t%s\t%d%n", s.name,
                    s.median, s.p95, s.p99, s.max, s.errors, s.rate, s.load, s.thinkMs);
        }
    }

    /** Cores and load average (1, 5, 15 minutes) of the machine, as {@code uptime} gives them. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage();
    }

    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(java.util.Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static HttpRequest request(int port, String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoData.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
    }

    /** Users (client threads) per HTTP client. */
    static final int USERS_PER_CLIENT = 25;

    /** Fixed, so two builds measured with the same options meet the same pauses. */
    static final long PAUSE_SEED = 0x5EED_7_1A_4EL;

    /**
     * One user's next think time in milliseconds: exponential with mean {@code meanMs} (people read a page for very
     * different times), drawn from that user's own stream. Each user's stream is split from one generator: before,
     * each had {@code new Random(userNumber)}, and java.util.Random's first double for seeds 0, 1, 2… is almost
     * the same, so all 200 users "thought" between 6.39 and 6.81 s and then asked together: a burst, not a working day.
     */
    static List<java.util.SplittableRandom> userPauses(int users) {
        java.util.SplittableRandom all = new java.util.SplittableRandom(PAUSE_SEED);
        List<java.util.SplittableRandom> out = new ArrayList<>(users);
        for (int u = 0; u < users; u++) {
            out.add(all.split());
        }
        return out;
    }

    static long thinkPause(java.util.SplittableRandom user, int meanMs) {
        return (long) (-meanMs * Math.log(1 - user.nextDouble()));
    }

    record Stats(String name, double median, double p95, double p99, double max, int errors, double rate,
                 long gcCount, long gcMillis, String load, int thinkMs) {}

    private final java.util.Map<HttpClient, List<HttpClient>> clientsOf = new java.util.HashMap<>();

    /**
     * The HTTP clients {@code concurrency} users share: {@code http} and one more per {@link #USERS_PER_CLIENT}
     * users, made once and kept for every phase, as a browser keeps its connections: before, each phase made new
     * ones, so every phase's first requests opened connections inside the timed region (and the old clients' selector
     * threads lived on).
     */
    private List<HttpClient> clients(HttpClient http, int concurrency) {
        List<HttpClient> clients = clientsOf.computeIfAbsent(http, h -> new ArrayList<>(List.of(h)));
        while (clients.size() < (concurrency + USERS_PER_CLIENT - 1) / USERS_PER_CLIENT) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
        }
        return clients;
    }

    /**
     * Runs {@code count} calls from {@code concurrency} clients. The calls are made up before the clock starts, so no
     * client waits for another to choose its next page. A call is timed from just before it is sent to its last byte
     * read: a user's think time is not counted. Clients share a few HTTP clients (one per {@link #USERS_PER_CLIENT}),
     * each with its own connection pool and selector thread, and no per-request timer (a timer is registered under
     * the client's lock; with 200 users that lock was the bench's own stall).
     */
    private Stats measure(HttpClient http, String name, IntFunction<HttpRequest> next, int count, int concurrency,
                          boolean report) {
        List<HttpRequest> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            calls.add(next.apply(i));
        }
        List<HttpClient> clients = clients(http, concurrency);
        double[] millis = new double[count];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger issued = new AtomicInteger();
        long[] gcBefore = gc();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        List<java.util.SplittableRandom> userPauses = userPauses(concurrency);
        for (int t = 0; t < concurrency; t++) {
            HttpClient client = clients.get(t % clients.size());
            java.util.SplittableRandom pause = userPauses.get(t);
            done.add(pool.submit(() -> {
                int i;
                while ((i = issued.getAndIncrement()) < count) {
                    if (report && thinkMs > 0) {
                        try {
                            Thread.sleep(thinkPause(pause, thinkMs));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    long t0 = System.nanoTime();
                    java.util.concurrent.CompletableFuture<HttpResponse<Void>> sent =
                            client.sendAsync(calls.get(i), HttpResponse.BodyHandlers.discarding());
                    try {
                        // 2xx: the keep-alive floor answers 204 No Content; a redirect (a signed-out session) or
                        // any refusal is an error.
                        if (sent.get(120, java.util.concurrent.TimeUnit.SECONDS).statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        sent.cancel(true);
                        errors.incrementAndGet();
                    }
                    millis[i] = (System.nanoTime() - t0) / 1e6;
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
        long[] gcAfter = gc();
        List<Double> sorted = new ArrayList<>(count);
        for (double m : millis) {
            sorted.add(m);
        }
        Collections.sort(sorted);
        Stats s = new Stats(name, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), pct(sorted, 100), errors.get(),
                count / seconds, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], loadAverage(),
                report ? thinkMs : 0);
        if (report) {
            System.out.printf("  %s: %d requests in %.1f s (load average %s)%n", name, count, seconds, s.load());
        }
        return s;
    }

    /** Garbage collections so far in this JVM (server and client alike): how many, and milliseconds spent. */
    private static long[] gc() {
        long n = 0;
        long ms = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] {n, ms};
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
        Fhir(JdbcTemplate jdbc, DemoData demo, Environment env,
             org.springframework.beans.factory.ObjectProvider<PageFamily> families) {
            super(jdbc, demo, env, families);
        }

        @Override
        Mode mode() {
            return Mode.FHIR;
        }
    }

    /** {@code ./hearth bench web}: the same data, measured as pages with 200 signed-in users at once. */
    @Component
    static class Web extends ApiBenchCommand {
        Web(JdbcTemplate jdbc, DemoData demo, Environment env,
            org.springframework.beans.factory.ObjectProvider<PageFamily> families) {
            super(jdbc, demo, env, families);
        }

        @Override
        Mode mode() {
            return Mode.WEB;
        }
    }
}
