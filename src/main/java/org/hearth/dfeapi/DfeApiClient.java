package org.hearth.dfeapi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Posts batches of children to the DfE's endpoint with a bearer token from the OAuth2 client credentials grant
 * (Spring Security's OAuth2 client fetches it, keeps it while it is valid and fetches another when it expires), and
 * reads back a result for each record.
 *
 * <p>A 429 or a 5xx (or no answer at all) is tried again after a growing pause (the backoff, doubled each time, or
 * the seconds a Retry-After asks for, whichever is longer), up to the attempts configured; any other 4xx is not tried
 * again — the same request would be refused the same way. The token, the client secret and the supplier key are never
 * logged or put in a result.
 */
public class DfeApiClient {
    /** The outcome of one record of a batch. */
    public enum Status { ACCEPTED, REJECTED, FAILED }

    public record RecordResult(Status status, String receipt, String message) {}

    /** A batch's outcome: the last HTTP status (0 when nothing answered), the attempts made, a result per record. */
    public record BatchResult(int httpStatus, int attempts, List<RecordResult> records) {}

    /** Pauses between attempts; tests pass one that records the pauses instead of waiting. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private static final int MESSAGE_LIMIT = 2_000;
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,3})]");

    private final DfeApiSettings settings;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager tokens;

    public DfeApiClient(DfeApiSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        ClientRegistration registration = ClientRegistration.withRegistrationId("dfe-api")
                .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(settings.clientAuthentication().equals("client_secret_basic")
                        ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC : ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .tokenUri(settings.tokenUri()).scope(settings.scopes()).build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
    }

    public static DfeApiClient waiting(DfeApiSettings settings) {
        return new DfeApiClient(settings, d -> Thread.sleep(d.toMillis()));
    }

    /** A valid access token (the one held while it lasts). */
    String token() {
        OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("dfe-api")
                .principal("hearth").build());
        if (client == null) {
            throw new IllegalStateException("the token endpoint gave no token");
        }
        return client.getAccessToken().getTokenValue();
    }

    /** Posts one batch (a JSON array of the records' bodies) and reads a result for each record. */
    public BatchResult post(List<Map<String, Object>> bodies) throws InterruptedException {
        byte[] json = Json.bytes(bodies);
        int attempt = 0;
        Duration pause = settings.backoff();
        while (true) {
            attempt++;
            int status = 0;
            String text;
            Duration asked = Duration.ZERO;
            try {
                String token;
                try {
                    token = token();
                } catch (RuntimeException e) {
                    // The token endpoint refused or failed: no batch can go until that is put right.
                    return failedAll(bodies.size(), 0, attempt, "no access token from the token endpoint: "
                            + oneLine(e.getMessage()));
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(settings.childrenUri())
                        .timeout(settings.timeout())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json));
                if (!settings.supplierKey().isEmpty()) {
                    request.header("SupplierKey", settings.supplierKey());
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                text = response.body() == null ? "" : response.body();
                asked = response.headers().firstValue("Retry-After").map(DfeApiClient::seconds).orElse(Duration.ZERO);
            } catch (IOException e) {
                text = "no answer from the DfE endpoint: " + e.getClass().getSimpleName();
            }
            if (status >= 200 && status < 300) {
                return accepted(bodies.size(), status, attempt, text);
            }
            boolean transientFailure = status == 0 || status == 429 || status >= 500;
            if (!transientFailure) {
                return refused(bodies.size(), status, attempt, text);
            }
            if (attempt >= settings.maxAttempts()) {
                return failedAll(bodies.size(), status, attempt, (status == 0 ? text : "HTTP " + status)
                        + " after " + attempt + " attempts");
            }
            sleeper.sleep(asked.compareTo(pause) > 0 ? asked : pause);
            pause = pause.multipliedBy(2);
        }
    }

    /**
     * A 2xx: a JSON array with one entry per record, in order. A string is the DfE's receipt for an accepted record
     * (the data flows' "date_time_id"); an object with "error" or "errors" is a record refused, with why.
     */
    private static BatchResult accepted(int size, int status, int attempts, String text) {
        List<Object> items;
        try {
            items = Json.array(text);
        } catch (RuntimeException e) {
            return failedAll(size, status, attempts, "the DfE's answer was not the JSON list expected");
        }
        if (items.size() != size) {
            return failedAll(size, status, attempts, "the DfE answered for " + items.size() + " records, not " + size);
        }
        List<RecordResult> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String receipt) {
                out.add(new RecordResult(Status.ACCEPTED, clip(receipt), null));
            } else if (item instanceof Map<?, ?> m && (m.containsKey("error") || m.containsKey("errors"))) {
                Object why = m.containsKey("errors") ? m.get("errors") : m.get("error");
                out.add(new RecordResult(Status.REJECTED, null, clip(why instanceof String s ? s : Json.text(why))));
            } else if (item instanceof Map<?, ?> m) {
                out.add(new RecordResult(Status.ACCEPTED, clip(Json.text(m)), null));
            } else {
                out.add(new RecordResult(Status.FAILED, null, "the DfE's answer for this record was not understood"));
            }
        }
        return new BatchResult(status, attempts, out);
    }

    /**
     * A 4xx other than 429: nothing in the batch was taken. Records the answer names by position ("[3]") are
     * rejected with its words; the rest failed with the batch and go again next time.
     */
    private static BatchResult refused(int size, int status, int attempts, String text) {
        if (status == 401 || status == 403) {
            return failedAll(size, status, attempts, "the DfE refused Hearth's credentials (HTTP " + status + ")");
        }
        java.util.Set<Integer> named = new java.util.HashSet<>();
        Matcher m = INDEX.matcher(text);
        while (m.find()) {
            named.add(Integer.parseInt(m.group(1)));
        }
        List<RecordResult> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(named.contains(i)
                    ? new RecordResult(Status.REJECTED, null, "HTTP " + status + ": " + clip(text))
                    : new RecordResult(Status.FAILED, null, "HTTP " + status + ": the batch was refused"
                            + (named.isEmpty() ? ": " + clip(text) : " for other records")));
        }
        return new BatchResult(status, attempts, out);
    }

    private static BatchResult failedAll(int size, int status, int attempts, String why) {
        List<RecordResult> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(new RecordResult(Status.FAILED, null, why));
        }
        return new BatchResult(status, attempts, out);
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.min(300, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static String clip(String s) {
        return s == null ? null : s.length() <= MESSAGE_LIMIT ? s : s.substring(0, MESSAGE_LIMIT) + "…";
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
