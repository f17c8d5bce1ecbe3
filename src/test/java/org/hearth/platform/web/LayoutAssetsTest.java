package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: two GOV.UK font files answered 404 on every first visit. Every stylesheet, script and icon the layout
 * links, and every file those stylesheets ask for ({@code url(...)}), must answer 200.
 */
class LayoutAssetsTest extends HearthIntegrationTest {
    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg|ico|png))\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerEveryFileTheLayoutAndItsStylesheetsAskFor() {
        String page = get("/sign-in").body();
        Set<String> linked = new LinkedHashSet<>();
        Matcher m = LINKED.matcher(page);
        while (m.find()) {
            linked.add(m.group(1));
        }
        assertThat(linked).anyMatch(p -> p.contains("govuk-frontend")).anyMatch(p -> p.startsWith("/hearth/hearth") && p.endsWith(".css"));

        List<String> missing = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>(linked);
        for (String path : linked) {
            HttpResponse<String> r = get(path);
            if (r.statusCode() != 200) {
                missing.add(r.statusCode() + " " + path);
            }
            if (path.endsWith(".css")) {
                Matcher u = CSS_URL.matcher(r.body());
                while (u.find()) {
                    String ref = u.group(1);
                    if (!ref.startsWith("data:")) {
                        asked.add(URI.create(path).resolve(ref).getPath());
                    }
                }
            }
        }
        for (String path : asked) {
            int status = get(path).statusCode();
            if (status != 200) {
                missing.add(status + " " + path);
            }
        }
        assertThat(asked).as("files the stylesheets ask for").hasSizeGreaterThan(linked.size());
        assertThat(missing).as("files the pages ask for that do not answer 200").isEmpty();
    }

    @Test
    void shouldServeGovukFrontendWithoutTheTypefaceHearthMayNotUse() {
        String css = get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").body();
        assertThat(css).contains(".govuk-button").doesNotContain("@font-face").doesNotContain("/assets/fonts/");
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
