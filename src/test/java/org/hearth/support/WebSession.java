package org.hearth.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A web-app session over real HTTP: signs in through the sign-in page (with its CSRF token) and keeps the cookie. */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    private WebSession(int port) {
        this.port = port;
    }

    public static WebSession signIn(int port, String username) {
        WebSession s = new WebSession(port);
        Matcher m = CSRF.matcher(s.get("/sign-in").body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(TestFixtures.PASSWORD) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed for " + username);
        }
        return s;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with request headers of the caller's (name, value, name, value…), e.g. Accept-Language. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).headers(headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits a form as the browser would: opens {@code page} for its CSRF token, then posts {@code form} to
     * {@code action} (redirects are not followed, so a 302 and its Location can be checked).
     */
    public HttpResponse<String> submit(String page, String action, java.util.Map<String, String> form) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        StringBuilder body = new StringBuilder("_csrf=" + enc(m.group(1)));
        form.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form exactly as given (its {@code _csrf} and any other hidden fields included by the caller). */
    public HttpResponse<String> post(String action, java.util.Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the hidden field {@code name} on the page's HTML, or null. */
    public static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]+)\"").matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*?value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    public HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
