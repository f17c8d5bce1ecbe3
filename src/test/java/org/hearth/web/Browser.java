package org.hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium, headless, driven by Playwright (its own browser download is switched off: this machine reaches
 * only package registries). One browser per JVM; each test takes a fresh context (cookies, session).
 */
final class Browser {
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    private Browser() {}

    static synchronized com.microsoft.playwright.Browser get() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("hearth.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            // Two cores shared with other builds: give a draft's save and a page's load time to land. Set here, once
            // per JVM, so every browser test waits alike whichever class happens to run first.
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Waits until the page is as a person sees it: loaded, its stylesheets applied and its fonts ready. A browser paints
     * nothing before its stylesheets arrive, but a script that measures the page (axe) lays it out with whatever has
     * arrived: on a busy machine, a page whose heading was already visible was measured without hearth.css, and its
     * header links were 17 px high (issue 15's target-size failure on a first run under load).
     */
    static void ready(Page page) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction("() => document.readyState === 'complete' && Array.from(document.querySelectorAll("
                + "'link[rel=stylesheet]')).every(l => l.sheet !== null)");
        page.evaluate("() => document.fonts.ready.then(() => true)");
    }

    /** Every page must pass axe-core's WCAG 2.x A and AA rules with no violation. */
    static void assertAccessible(Page page) {
        ready(page);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        assertThat(results.getViolations())
                .as(() -> page.url() + " has accessibility violations: " + results.getViolations().stream()
                        .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /**
     * A forename no other test uses, in letters only: a word with digits in it is read by Find a child as an LA id
     * when it is mostly digits, so a random name must not have any.
     */
    static String uniqueName(String start, java.util.UUID id) {
        long n = Math.floorMod(id.getMostSignificantBits(), 308_915_776L); // 26^6
        StringBuilder sb = new StringBuilder(start);
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        }
        return sb.toString();
    }

    /** Signs in through the sign-in page with a local test account. */
    static void signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(org.hearth.support.TestFixtures.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
