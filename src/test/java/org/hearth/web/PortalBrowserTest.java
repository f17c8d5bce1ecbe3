package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The child's own space in a real headless Chromium, at a phone's width (375 px) and a desktop's (1280 px), axe on
 * every page: the child answering before their review and the IRO's review form starting from their views and the
 * participation they chose; a pet and a past carer who stay after a placement move; another child's record and the
 * third-party details of their own refused; the worker's invitation, the one-time code, the PIN, and pausing.
 */
class PortalBrowserTest extends BrowserTest {
    String worker;
    String iro;
    String childUser;
    UUID child;
    UUID otherChild;
    LocalDate start;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        iro = fixtures.user(Role.IRO, fixtures.team());
        start = LocalDate.now().minusMonths(5);
        child = fixtures.child(LocalDate.now().minusYears(12).minusDays(40), worker, start);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Maya', pers_surname = ? WHERE pers_person_id = ?",
                Browser.uniqueName("Portal", child), child);
        fixtures.allocate(child, iro, "IRO", start);
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(null, child, start, null, "U4", "PR1", "LS1 4AP", null, null, null));
        otherChild = fixtures.child(LocalDate.now().minusYears(10), fixtures.user(Role.SOCIAL_WORKER, team), start);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Zed', pers_surname = 'Otherchild' WHERE pers_person_id = ?",
                otherChild);
        childUser = fixtures.user(Role.CHILD, null);
        jdbc.update("UPDATE hearth_user SET display_name = 'Maya' WHERE username = ?", childUser);
        jdbc.update("INSERT INTO portal_account (username, child_id, invited_by, verified_at) VALUES (?, ?, ?, now())",
                childUser, child, worker);
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                + "grant_type, valid_from, reason) VALUES (?, 'USER', ?, 'SELF', 'CHILD', ?, 'STANDARD', now() - "
                + "interval '1 minute', 'test')", UUID.randomUUID(), childUser, child.toString());
    }

    void width(int px) {
        page.setViewportSize(px, px < 600 ? 812 : 900);
    }

    void signInAsChild(String username) {
        Browser.signIn(page, url(""), username);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hi Maya"))).isVisible();
    }

    void freshContext() {
        context.close();
        context = Browser.get().newContext();
        page = context.newPage();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void shouldPutTheChildsViewsAndChosenParticipationOnTheirReviewForm(int px) {
        width(px);
        signInAsChild(childUser);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "portal-home-" + px);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Say what I think")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My review meeting")).click();
        Browser.assertAccessible(page);

        // Nothing chosen: asked in the child's words, nothing kept
        save("Send to my worker");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose how you will take part in your review");
        Browser.assertAccessible(page);

        page.locator("#feelHome-5").check();
        page.locator("#feelSchool-2").check();
        page.getByLabel("I will not go. What I wrote here can tell them what I think").check();
        page.getByLabel("What do you want the people at the meeting to know?").fill(
                "I want to stay with my carers. I miss my brother.");
        Browser.screenshot(page, "portal-say-" + px);
        save("Send to my worker");
        assertThat(page.getByText("Thank you. Your worker will see it.")).isVisible();

        // The IRO opens the review form: the child's words and the participation they chose are there
        freshContext();
        width(px);
        signIn(iro);
        page.navigate(url("/children/" + child + "/care-reviews/new"));
        assertThat(page.locator("#own-words")).containsText("I want to stay with my carers. I miss my brother.");
        assertThat(page.locator("#own-words")).containsText("Child does not attend but conveys their views by another means");
        assertThat(page.locator("#views")).hasValue(Pattern.compile("^I want to stay with my carers\\. I miss my brother\\."));
        assertThat(page.locator("input[name=participation][value=PN6]")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "portal-review-form-" + px);
        page.getByLabel("What the review decided").fill("The plan continues; contact with her brother weekly.");
        save("Save review");
        assertThat(page.getByText("Looked-after review recorded")).isVisible();
        assertThat(jdbc.queryForObject("SELECT clar_cla_review_participation FROM ssd_cla_reviews WHERE "
                + "clar_person_id = ?", String.class, child)).isEqualTo("PN6");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void shouldKeepAPetAndAPastCarerAfterAPlacementMove(int px) {
        width(px);
        signInAsChild(childUser);
        page.navigate(url("/me/people"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add someone")).click();
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("Write their name");
        Browser.assertAccessible(page);
        page.getByLabel("A pet").check();
        page.getByLabel("Their name").fill("Biscuit");
        page.getByLabel("Who are they to you?").fill("my dog");
        page.getByLabel("What do you want to say about them?").fill("He sleeps on my bed 🐶");
        save("Save");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add someone")).click();
        page.getByLabel("A person").check();
        page.getByLabel("Their name").fill("Auntie Jo");
        page.getByLabel("Who are they to you?").fill("my old foster carer");
        page.getByLabel("I want to keep seeing them. Please ask my worker.").check();
        save("Save");
        assertThat(page.locator("#my-people")).containsText("Biscuit");
        assertThat(page.locator("#my-people")).containsText("Auntie Jo");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "portal-people-" + px);

        // The worker is asked to act on the wish to keep in touch, then moves the child to a new placement
        freshContext();
        width(px);
        signIn(worker);
        assertThat(page.locator("main")).containsText("wants to keep seeing someone who matters to them");
        page.navigate(url("/children/" + child + "/portal"));
        assertThat(page.locator("#people ~ table")).containsText("Auntie Jo");
        Browser.assertAccessible(page);
        page.navigate(url("/children/" + child + "/placements/change"));
        fillDate("date", LocalDate.now().minusDays(1));
        page.getByLabel("Change to or implementing the care plan (CARPL)").check();
        page.getByLabel("(U4)").check();
        page.getByLabel("Own local authority provision (PR1)").check();
        page.getByLabel("Postcode of the placement").fill("LS2 7EW");
        save("Save change of placement");
        assertThat(page.getByText("Change of placement recorded")).isVisible();

        // After the move, the child's people are all still theirs
        freshContext();
        width(px);
        signInAsChild(childUser);
        page.navigate(url("/me/people"));
        assertThat(page.locator("#my-people")).containsText("Biscuit");
        assertThat(page.locator("#my-people")).containsText("my old foster carer");
        assertThat(page.locator("#my-people")).containsText("I want to keep seeing them.");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void shouldRefuseAnotherChildsRecordAndTheThirdPartyDetailsOfTheirOwn(int px) {
        width(px);
        signInAsChild(childUser);
        // another child's record, its people and its API: refused, nothing of it shown
        for (String path : new String[] {"/children/" + otherChild, "/children/" + otherChild + "/portal",
                "/children/" + otherChild + "/people/family"}) {
            Response r = page.navigate(url(path));
            assertThat(r.status()).as(path).isIn(403, 404);
            assertThat(page.content()).as(path).doesNotContain("Otherchild");
        }
        // their own record's pages hold other people's details (family, the referral's source, case notes): refused
        for (String path : new String[] {"/children/" + child, "/children/" + child + "/people/family",
                "/children/" + child + "/care-reviews/new", "/children/" + child + "/portal"}) {
            Response r = page.navigate(url(path));
            assertThat(r.status()).as(path).isIn(403, 404);
        }
        Browser.assertAccessible(page);
        Api api = new Api(port);
        assertThat(api.get("/api/children/" + child, childUser).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/children/" + otherChild, childUser).statusCode()).isEqualTo(403);
        // their own space shows what is theirs and no one else's
        page.navigate(url("/me/plan"));
        assertThat(page.locator("main")).not().containsText("Otherchild");
        assertThat(page.locator("#contacts")).containsText("My social worker");
        assertThat(page.locator("#contacts")).containsText("My IRO");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "portal-plan-" + px);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void shouldInviteWithACodeSetAPinAndEndTheSessionWhenPaused(int px) {
        UUID invited = fixtures.child(LocalDate.now().minusYears(11), worker, start);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Maya' WHERE pers_person_id = ?", invited);
        String phone = "07700" + String.format("%06d", Math.abs(invited.hashCode()) % 1_000_000);
        width(px);
        signIn(worker);
        page.navigate(url("/children/" + invited + "/portal"));
        page.getByLabel("Invite the child: their mobile number or email").fill("12345");
        save("Send invitation");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the child's UK mobile number");
        page.getByLabel("Invite the child: their mobile number or email").fill(phone);
        save("Send invitation");
        assertThat(page.locator("#outbox")).containsText("Your code to sign in to Hearth is");
        Browser.assertAccessible(page);
        Matcher m = Pattern.compile("is (\\d{6})\\.").matcher(page.locator("#outbox").innerText());
        assertThat(m.find()).isTrue();
        String code = m.group(1);

        // The child signs in with the code, chooses a PIN, and later signs in with it (never their LA number)
        freshContext();
        width(px);
        page.navigate(url("/me/sign-in/code"));
        Browser.assertAccessible(page);
        page.getByLabel("My phone number or email").fill(phone);
        save("Send me a code");
        page.getByLabel("My code").fill("000000".equals(code) ? "111111" : "000000");
        save("Sign in");
        assertThat(page.locator(".govuk-error-summary")).containsText("That code is not right");
        page.getByLabel("My code").fill(code);
        save("Sign in");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a PIN"))).isVisible();
        page.getByLabel("My PIN").fill("1234");
        page.getByLabel("Type it again").fill("1234");
        save("Save my PIN");
        assertThat(page.locator(".govuk-error-summary")).containsText("harder to guess");
        page.getByLabel("My PIN").fill("4821");
        page.getByLabel("Type it again").fill("4821");
        save("Save my PIN");
        assertThat(page.getByText("Your PIN is set.")).isVisible();
        save("Sign out");
        page.navigate(url("/me/sign-in"));
        page.getByLabel("My phone number or email").fill(phone);
        page.getByLabel("My PIN").fill("4821");
        save("Sign in");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hi Maya"))).isVisible();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account WHERE child_id = ? AND pin_hash LIKE '$2%'",
                Integer.class, invited)).isEqualTo(1);

        // Keyboard only: share good news
        page.navigate(url("/me/good-news"));
        for (int i = 0; i < 25 && !"words".equals(page.evaluate("() => document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().type("I got into the football team");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Thank you. Your worker will see it.")).isVisible();

        // The worker pauses access: the child's very next request ends their session
        var workerContext = Browser.get().newContext();
        Page workerPage = workerContext.newPage();
        Browser.signIn(workerPage, url(""), worker);
        workerPage.navigate(url("/children/" + invited + "/portal"));
        assertThat(workerPage.locator("#said ~ .govuk-summary-card").first()).containsText("I got into the football team");
        workerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause access now")).click();
        assertThat(workerPage.getByText("Access paused: the child is signed out now")).isVisible();
        workerContext.close();
        page.navigate(url("/me/plan"));
        assertThat(page).hasURL(Pattern.compile(".*/me/sign-in.*"));
        assertThat(page.getByText("You were signed out")).isVisible();
        assertThat(page.locator("main")).not().containsText("What we want for you");
        Browser.assertAccessible(page);
        // and the PIN no longer opens it
        page.getByLabel("My phone number or email").fill(phone);
        page.getByLabel("My PIN").fill("4821");
        save("Sign in");
        assertThat(page.locator(".govuk-error-summary")).containsText("That PIN is not right");
    }
}
