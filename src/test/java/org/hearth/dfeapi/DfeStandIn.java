package org.hearth.dfeapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the DfE's children's social care API, in the test JVM (as {@code TestIssuer} stands in for the
 * council's identity provider): a token endpoint for the client credentials grant, and the children endpoint, which
 * checks the contract of data flows spec 0.8 — a bearer token it issued, the supplier key, a JSON array of 1 to 100
 * children, every field named as the spec names it with the spec's type, length and code list, the required fields
 * present and no nulls — and answers each record: a receipt ("date_time_id"), or an error for a child the test
 * asks it to reject. A batch breaking the contract is refused with 400 naming the records ("[i] field: problem"). It
 * can be told to answer the next requests with a status (503, 429…) first. Written from the spec's text, not from
 * Hearth's code, so it checks the payload independently.
 */
final class DfeStandIn implements AutoCloseable {
    static final String CLIENT_ID = "hearth-la-999";
    static final String CLIENT_SECRET = "s3cret-not-for-logs";
    static final String SCOPE = "api://dfe-csc/.default";
    static final String SUPPLIER_KEY = "supplier-key-123";
    static final String LA = "999";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,36}");

    private final HttpServer server;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger childrenRequests = new AtomicInteger();
    private final Deque<Integer> scripted = new ArrayDeque<>();
    private final Set<String> rejectLaChildIds = ConcurrentHashMap.newKeySet();
    /** Batches that passed the contract, as received. */
    final List<List<Map<String, Object>>> batches = new CopyOnWriteArrayList<>();
    /** Every contract violation found, "[i] path: problem". */
    final List<String> violations = new CopyOnWriteArrayList<>();

    DfeStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", this::token);
        server.createContext("/children_social_care_data/", this::children);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    DfeApiSettings settings(int batchSize) {
        return new DfeApiSettings(base(), LA, base() + "/oauth2/token", CLIENT_ID, CLIENT_SECRET, SCOPE, SUPPLIER_KEY,
                "client_secret_post", batchSize, 3, java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(10));
    }

    synchronized void answerNext(int... statuses) {
        for (int s : statuses) {
            scripted.add(s);
        }
    }

    void reject(String laChildId) {
        rejectLaChildIds.add(laChildId);
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    int childrenRequests() {
        return childrenRequests.get();
    }

    /** Every child record received (in batches that passed the contract), by la_child_id. */
    Map<String, List<Map<String, Object>>> received() {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        for (List<Map<String, Object>> b : batches) {
            for (Map<String, Object> child : b) {
                out.computeIfAbsent((String) child.get("la_child_id"), k -> new ArrayList<>()).add(child);
            }
        }
        return out;
    }

    private void token(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) {
            send(ex, 405, "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String basic = ex.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] idSecret = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            form.putIfAbsent("client_id", URLDecoder.decode(idSecret[0], StandardCharsets.UTF_8));
            form.putIfAbsent("client_secret", URLDecoder.decode(idSecret[1], StandardCharsets.UTF_8));
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            send(ex, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(ex, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if (!SCOPE.equals(form.get("scope"))) {
            send(ex, 400, "{\"error\":\"invalid_scope\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        tokensIssued.incrementAndGet();
        send(ex, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void children(HttpExchange ex) throws IOException {
        childrenRequests.incrementAndGet();
        byte[] body = ex.getRequestBody().readAllBytes();
        if (!ex.getRequestMethod().equals("POST")
                || !ex.getRequestURI().getPath().equals("/children_social_care_data/" + LA + "/children")) {
            send(ex, 404, "{\"error\":\"not found\"}");
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
            send(ex, 401, "{\"error\":\"invalid token\"}");
            return;
        }
        if (!SUPPLIER_KEY.equals(ex.getRequestHeaders().getFirst("SupplierKey"))) {
            send(ex, 403, "{\"error\":\"supplier key\"}");
            return;
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            send(ex, 415, "{\"error\":\"json only\"}");
            return;
        }
        Integer status;
        synchronized (this) {
            status = scripted.poll();
        }
        if (status != null) {
            ex.getResponseHeaders().add("Retry-After", "0");
            send(ex, status, "{\"error\":\"scripted " + status + "\"}");
            return;
        }
        List<Object> records;
        try {
            records = JSON.readValue(body, new TypeReference<List<Object>>() {});
        } catch (RuntimeException e) {
            violations.add("body: not a JSON array");
            send(ex, 400, "Malformed payload: not a JSON array");
            return;
        }
        if (records.isEmpty() || records.size() > 100) {
            violations.add("body: " + records.size() + " children in one request");
            send(ex, 413, "A request holds 1 to 100 children, not " + records.size());
            return;
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            new Checker(i, found).child(records.get(i));
        }
        if (!found.isEmpty()) {
            violations.addAll(found);
            send(ex, 400, String.join("\n", found));
            return;
        }
        List<Map<String, Object>> batch = new ArrayList<>();
        StringBuilder answer = new StringBuilder("[");
        for (Object o : records) {
            @SuppressWarnings("unchecked")
            Map<String, Object> child = (Map<String, Object>) o;
            batch.add(child);
            if (answer.length() > 1) {
                answer.append(',');
            }
            if (rejectLaChildIds.contains((String) child.get("la_child_id"))) {
                answer.append("{\"error\":\"child_details.unique_pupil_number: already held for another child\"}");
            } else {
                answer.append('"').append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HH:mm:ss.SSSSSS")))
                        .append('_').append(UUID.randomUUID()).append('"');
            }
        }
        batches.add(batch);
        send(ex, 200, answer.append(']').toString());
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("{") || body.startsWith("[")
                ? "application/json" : "text/plain");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The spec's contract for one child record, written from the spec's field list. */
    static final class Checker {
        private final int index;
        private final List<String> found;

        /** Every contract violation of one child record, "[0] path: problem". */
        static List<String> check(Object record) {
            List<String> found = new ArrayList<>();
            new Checker(0, found).child(record);
            return found;
        }

        Checker(int index, List<String> found) {
            this.index = index;
            this.found = found;
        }

        void problem(String path, String what) {
            found.add("[" + index + "] " + path + ": " + what);
        }

        void child(Object o) {
            Map<String, Object> c = object("", o);
            if (c == null) {
                return;
            }
            id("la_child_id", c.get("la_child_id"), true);
            id("mis_child_id", c.get("mis_child_id"), true);
            bool("purge", c.get("purge"), true);
            if (Boolean.TRUE.equals(c.get("purge"))) {
                only("", c, Set.of("la_child_id", "mis_child_id", "purge"));
                return;
            }
            only("", c, Set.of("la_child_id", "mis_child_id", "purge", "child_details", "health_and_wellbeing",
                    "social_care_episodes"));
            details(c.get("child_details"));
            if (c.containsKey("health_and_wellbeing")) {
                health(c.get("health_and_wellbeing"));
            }
            List<Object> episodes = list("social_care_episodes", c.get("social_care_episodes"), true);
            for (int i = 0; episodes != null && i < episodes.size(); i++) {
                episode("social_care_episodes[" + i + "]", episodes.get(i));
            }
        }

        void details(Object o) {
            Map<String, Object> d = object("child_details", o);
            if (d == null) {
                problem("child_details", "required");
                return;
            }
            only("child_details", d, Set.of("unique_pupil_number", "former_unique_pupil_number",
                    "unique_pupil_number_unknown_reason", "first_name", "surname", "date_of_birth",
                    "expected_date_of_birth", "sex", "ethnicity", "disabilities", "postcode", "uasc_flag",
                    "uasc_end_date", "purge"));
            pattern("child_details.unique_pupil_number", d.get("unique_pupil_number"), "[A-Z0-9]{13}", false);
            pattern("child_details.former_unique_pupil_number", d.get("former_unique_pupil_number"), "[A-Z0-9]{13}", false);
            pattern("child_details.unique_pupil_number_unknown_reason", d.get("unique_pupil_number_unknown_reason"),
                    "UN([1-9]|10)", false);
            text("child_details.first_name", d.get("first_name"), 128, false);
            text("child_details.surname", d.get("surname"), 128, false);
            date("child_details.date_of_birth", d.get("date_of_birth"), false);
            date("child_details.expected_date_of_birth", d.get("expected_date_of_birth"), false);
            if (d.get("date_of_birth") == null && d.get("expected_date_of_birth") == null) {
                problem("child_details", "a date of birth or an expected date of birth is required");
            }
            pattern("child_details.sex", d.get("sex"), "[MFU]", true);
            text("child_details.ethnicity", d.get("ethnicity"), 4, false);
            List<Object> dis = list("child_details.disabilities", d.get("disabilities"), false);
            for (int i = 0; dis != null && i < dis.size(); i++) {
                text("child_details.disabilities[" + i + "]", dis.get(i), 4, true);
            }
            text("child_details.postcode", d.get("postcode"), 8, false);
            bool("child_details.uasc_flag", d.get("uasc_flag"), true);
            date("child_details.uasc_end_date", d.get("uasc_end_date"), false);
            bool("child_details.purge", d.get("purge"), true);
        }

        void health(Object o) {
            Map<String, Object> h = object("health_and_wellbeing", o);
            if (h == null) {
                return;
            }
            only("health_and_wellbeing", h, Set.of("sdq_assessments", "purge"));
            bool("health_and_wellbeing.purge", h.get("purge"), true);
            List<Object> sdqs = list("health_and_wellbeing.sdq_assessments", h.get("sdq_assessments"), false);
            for (int i = 0; sdqs != null && i < sdqs.size(); i++) {
                String p = "health_and_wellbeing.sdq_assessments[" + i + "]";
                Map<String, Object> s = object(p, sdqs.get(i));
                if (s != null) {
                    only(p, s, Set.of("date", "score"));
                    date(p + ".date", s.get("date"), true);
                    if (!(s.get("score") instanceof Integer score) || score < 0 || score > 40) {
                        problem(p + ".score", "a whole number 0 to 40 is required");
                    }
                }
            }
        }

        void episode(String p, Object o) {
            Map<String, Object> e = object(p, o);
            if (e == null) {
                return;
            }
            id(p + ".social_care_episode_id", e.get("social_care_episode_id"), true);
            bool(p + ".purge", e.get("purge"), true);
            if (Boolean.TRUE.equals(e.get("purge"))) {
                only(p, e, Set.of("social_care_episode_id", "purge"));
                return;
            }
            only(p, e, Set.of("social_care_episode_id", "referral_date", "referral_source",
                    "referral_no_further_action_flag", "closure_date", "closure_reason", "care_worker_details",
                    "child_and_family_assessments", "child_in_need_plans", "section_47_assessments",
                    "child_protection_plans", "child_looked_after_placements", "adoption", "care_leavers", "purge"));
            date(p + ".referral_date", e.get("referral_date"), true);
            text(p + ".referral_source", e.get("referral_source"), 2, false);
            bool(p + ".referral_no_further_action_flag", e.get("referral_no_further_action_flag"), false);
            date(p + ".closure_date", e.get("closure_date"), false);
            pattern(p + ".closure_reason", e.get("closure_reason"), "RC[1-9]", false);
            items(p, e, "care_worker_details", null, Set.of("worker_id", "start_date", "end_date"), (q, m) -> {
                pattern(q + ".worker_id", m.get("worker_id"), "[A-Za-z0-9_-]{1,12}", true);
                date(q + ".start_date", m.get("start_date"), true);
                date(q + ".end_date", m.get("end_date"), false);
            });
            items(p, e, "child_and_family_assessments", "child_and_family_assessment_id",
                    Set.of("start_date", "authorisation_date", "factors"), (q, m) -> {
                        date(q + ".start_date", m.get("start_date"), false);
                        date(q + ".authorisation_date", m.get("authorisation_date"), false);
                        List<Object> f = list(q + ".factors", m.get("factors"), false);
                        for (int i = 0; f != null && i < f.size(); i++) {
                            pattern(q + ".factors[" + i + "]", f.get(i), "[0-9]{1,2}[A-Z]?", true);
                        }
                    });
            items(p, e, "child_in_need_plans", "child_in_need_plan_id", Set.of("start_date", "end_date"), (q, m) -> {
                date(q + ".start_date", m.get("start_date"), true);
                date(q + ".end_date", m.get("end_date"), false);
            });
            items(p, e, "section_47_assessments", "section_47_assessment_id",
                    Set.of("start_date", "icpc_required_flag", "icpc_date", "end_date"), (q, m) -> {
                        date(q + ".start_date", m.get("start_date"), true);
                        bool(q + ".icpc_required_flag", m.get("icpc_required_flag"), false);
                        date(q + ".icpc_date", m.get("icpc_date"), false);
                        date(q + ".end_date", m.get("end_date"), false);
                    });
            items(p, e, "child_protection_plans", "child_protection_plan_id", Set.of("start_date", "end_date"), (q, m) -> {
                date(q + ".start_date", m.get("start_date"), true);
                date(q + ".end_date", m.get("end_date"), false);
            });
            items(p, e, "child_looked_after_placements", "child_looked_after_placement_id",
                    Set.of("start_date", "start_reason", "placement_type", "postcode", "end_date", "end_reason",
                            "change_reason"), (q, m) -> {
                        date(q + ".start_date", m.get("start_date"), true);
                        pattern(q + ".start_reason", m.get("start_reason"), "[SLPTBU]", false);
                        text(q + ".placement_type", m.get("placement_type"), 2, false);
                        text(q + ".postcode", m.get("postcode"), 8, false);
                        date(q + ".end_date", m.get("end_date"), false);
                        text(q + ".end_reason", m.get("end_reason"), 3, false);
                        text(q + ".change_reason", m.get("change_reason"), 6, false);
                    });
            single(p + ".adoption", e.get("adoption"), Set.of("initial_decision_date", "matched_date", "placed_date"),
                    m -> {
                        date(p + ".adoption.initial_decision_date", m.get("initial_decision_date"), false);
                        date(p + ".adoption.matched_date", m.get("matched_date"), false);
                        date(p + ".adoption.placed_date", m.get("placed_date"), false);
                    });
            single(p + ".care_leavers", e.get("care_leavers"), Set.of("contact_date", "activity", "accommodation"), m -> {
                date(p + ".care_leavers.contact_date", m.get("contact_date"), true);
                pattern(p + ".care_leavers.activity", m.get("activity"), "F1|P1|F2|P2|F4|P4|F5|P5|G4|G5|G6", false);
                pattern(p + ".care_leavers.accommodation", m.get("accommodation"), "[BCDEGHKRSTUV]", false);
            });
        }

        /** A list of records with an id (null: no id) and purge; a purge entry carries its id and purge only. */
        void items(String p, Map<String, Object> e, String key, String idKey, Set<String> fields,
                   java.util.function.BiConsumer<String, Map<String, Object>> check) {
            List<Object> items = list(p + "." + key, e.get(key), false);
            for (int i = 0; items != null && i < items.size(); i++) {
                String q = p + "." + key + "[" + i + "]";
                Map<String, Object> m = object(q, items.get(i));
                if (m == null) {
                    continue;
                }
                java.util.Set<String> allowed = new java.util.HashSet<>(fields);
                if (idKey != null) {
                    id(q + "." + idKey, m.get(idKey), true);
                    bool(q + ".purge", m.get("purge"), true);
                    allowed.add(idKey);
                    allowed.add("purge");
                    if (Boolean.TRUE.equals(m.get("purge"))) {
                        only(q, m, Set.of(idKey, "purge"));
                        continue;
                    }
                }
                only(q, m, allowed);
                check.accept(q, m);
            }
        }

        void single(String p, Object o, Set<String> fields, java.util.function.Consumer<Map<String, Object>> check) {
            if (o == null) {
                return;
            }
            Map<String, Object> m = object(p, o);
            if (m == null) {
                return;
            }
            bool(p + ".purge", m.get("purge"), true);
            if (Boolean.TRUE.equals(m.get("purge"))) {
                only(p, m, Set.of("purge"));
                return;
            }
            java.util.Set<String> allowed = new java.util.HashSet<>(fields);
            allowed.add("purge");
            only(p, m, allowed);
            check.accept(m);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(String p, Object o) {
            if (o instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> en : m.entrySet()) {
                    if (en.getValue() == null) {
                        problem(p + "." + en.getKey(), "null is not a value: leave the field out");
                    }
                }
                return (Map<String, Object>) m;
            }
            if (o != null) {
                problem(p, "an object is required");
            }
            return null;
        }

        void only(String p, Map<String, Object> m, Set<String> allowed) {
            for (String k : m.keySet()) {
                if (!allowed.contains(k)) {
                    problem(p + "." + k, "not a field of the spec");
                }
            }
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String p, Object o, boolean required) {
            if (o == null) {
                if (required) {
                    problem(p, "required");
                }
                return null;
            }
            if (!(o instanceof List<?>)) {
                problem(p, "a list is required");
                return null;
            }
            return (List<Object>) o;
        }

        void id(String p, Object o, boolean required) {
            pattern(p, o, ID.pattern(), required);
        }

        void bool(String p, Object o, boolean required) {
            if (o == null ? required : !(o instanceof Boolean)) {
                problem(p, o == null ? "required" : "true or false is required");
            }
        }

        void text(String p, Object o, int max, boolean required) {
            if (o == null) {
                if (required) {
                    problem(p, "required");
                }
            } else if (!(o instanceof String s) || s.isBlank() || s.length() > max) {
                problem(p, "text of 1 to " + max + " characters is required");
            }
        }

        void pattern(String p, Object o, String regex, boolean required) {
            if (o == null) {
                if (required) {
                    problem(p, "required");
                }
            } else if (!(o instanceof String s) || !s.matches(regex)) {
                problem(p, "'" + o + "' does not match " + regex);
            }
        }

        void date(String p, Object o, boolean required) {
            if (o == null) {
                if (required) {
                    problem(p, "required");
                }
                return;
            }
            try {
                if (!(o instanceof String s) || !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not YYYY-MM-DD", String.valueOf(o), 0);
                }
                LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem(p, "an ISO 8601 date (YYYY-MM-DD) is required, not '" + o + "'");
            }
        }
    }
}
