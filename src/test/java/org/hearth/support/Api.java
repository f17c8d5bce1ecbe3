package org.hearth.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny HTTP client for API tests: real HTTP against the running test server, signed in as a test user. */
public final class Api {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public HttpResponse<String> call(String method, String path, String user, String body) {
        return call(method, path, user, body, null);
    }

    public HttpResponse<String> call(String method, String path, String user, String body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String user) {
        return call("GET", path, user, null);
    }
}
