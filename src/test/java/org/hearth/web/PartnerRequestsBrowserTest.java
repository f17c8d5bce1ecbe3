package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.referral.Contact;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Requests between agencies in a real headless Chromium, axe at 375 and 1280 px: a school's referral reaching the
 * front door and its outcome returning to the school; and a MASH request for information answered by health within its
 * time, the answer showing on the contact with its source.
 */
class PartnerRequestsBrowserTest extends BrowserTest {
    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    UserDirectory users;
    @Autowired
    PasswordEncoder encoder;

    String worker;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
    }

    private String organisation(String type, String name) {
        String id = "T-" + type + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
        String urn = "SCHOOL".equals(type) ? Integer.toString(100_000 + (int) (System.nanoTime() % 800_000 + 800_000) % 800_000) : null;
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, ?, ?, ?)", id, name, type, urn);
        return id;
    }

    private String partnerUser(Role role, String organisation, String name) {
        String username = "partner-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
        users.addPartnerUser(username, name, role, organisation, encoder.encode(TestFixtures.PASSWORD));
        return username;
    }

    /** A number as lower-case letters, for a surname no other test uses. */
    static String letters(long n) {
        StringBuilder s = new StringBuilder();
        for (long v = Math.abs(n) % 1_000_000_000L; v > 0; v /= 26) {
            s.append((char) ('a' + v % 26));
        }
        return s.toString();
    }

    private void accessibleAt375And1280(String name) {
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, name + "-" + width);
        }
        page.setViewportSize(1280, 900);
    }

    private void click(String link) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link)).first().click();
    }

    @Test
    void shouldTakeASchoolsReferralToTheFrontDoorAndReturnTheOutcomeToTheSchool() {
        String n = Integer.toString(SEQ.incrementAndGet());
        String surname = "Brookfield" + letters(System.nanoTime());
        String schoolName = "Hillside Test Academy " + n;
        String school = organisation("SCHOOL", schoolName);
        String teacher = partnerUser(Role.PARTNER, school, "Pat Teacher");
        String otherSchool = partnerUser(Role.PARTNER, organisation("SCHOOL", "Other Test School " + n), "Olly Other");

        // The school refers from its home: refused without why consent was not sought, then sent
        signIn(teacher);
        click("Refer a child to the front door");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Refer a child to the front door"))).isVisible();
        page.getByLabel("Your role").fill("Designated safeguarding lead");
        page.getByLabel("Phone number").fill("01632 960001");
        page.getByLabel("Email address").fill("pat.teacher@example.org");
        page.getByLabel("First name").fill("Maya");
        page.getByLabel("Last name").fill(surname);
        fillDate("childDob", LocalDate.now().minusYears(9));
        page.getByLabel("Female").check();
        page.getByLabel("What are you worried about?").fill("Maya came in with bruises on both arms and said her dad hit her");
        page.getByLabel("Consent not sought: asking would put the child at risk").check();
        accessibleAt375And1280("partner-referral-form");
        save("Send referral");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say why asking the family for consent would put the child at risk");
        Browser.assertAccessible(page);
        page.getByLabel("If consent was not sought or was refused, why are you referring?").fill("Dad may harm her if he learns she told");
        save("Send referral");
        assertThat(page.getByText("Referral sent to the front door")).isVisible();
        Locator mine = page.locator(".hearth-partner-referral").filter(new Locator.FilterOptions().setHasText(surname));
        assertThat(mine.locator(".hearth-referral-status")).hasText("Received: waiting for the front door");
        accessibleAt375And1280("partner-referrals-received");

        // Another school sees nothing of it
        signInAfresh(otherSchool);
        page.navigate(url("/partner/referrals"));
        assertThat(page.locator("main")).not().containsText(surname);

        // The front door takes it in (no likely match: a new record), sees who referred and the consent, and decides
        signInAfresh(worker);
        page.navigate(url("/front-door"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Referrals from partners"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maya " + surname)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referral about Maya " + surname))).isVisible();
        assertThat(page.locator("main")).containsText("Dad may harm her if he learns she told");
        accessibleAt375And1280("front-door-partner-referral");
        save("Take in as a contact");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the child's record, or a new record");
        page.getByLabel("A new record: this child is not on Hearth").check();
        save("Take in as a contact");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Decide on a contact"))).isVisible();
        assertThat(page.locator(".hearth-contact-panel").first()).containsText("Referred by " + schoolName + " through Hearth");
        assertThat(page.locator("main")).containsText("Consent not sought: asking would put the child at risk");
        accessibleAt375And1280("front-door-decide-partner-referral");

        // Meanwhile the school sees it accepted as a contact
        signInAfresh(teacher);
        page.navigate(url("/partner/referrals"));
        mine = page.locator(".hearth-partner-referral").filter(new Locator.FilterOptions().setHasText(surname));
        assertThat(mine.locator(".hearth-referral-status")).hasText("Accepted as a contact: the front door is deciding");

        signInAfresh(worker);
        page.navigate(url("/front-door"));
        Locator item = page.locator(".hearth-queue-item").filter(new Locator.FilterOptions().setHasText(surname));
        assertThat(item).hasCount(1);
        assertThat(item).containsText("Schools");
        item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Decide"))).click();
        page.getByLabel("Referral to children's social care").check();
        page.locator("input[name=primaryNeed]").first().check();
        page.getByLabel("Reasons for the decision").fill("A social worker will see Maya at school today and speak to her mother");
        save("Save decision");
        assertThat(page.getByText("Decision recorded")).isVisible();

        // The outcome, with its reasons, returns to the school, and no more of the record than that
        signInAfresh(teacher);
        page.navigate(url("/partner/referrals"));
        mine = page.locator(".hearth-partner-referral").filter(new Locator.FilterOptions().setHasText(surname));
        assertThat(mine.locator(".hearth-referral-status")).hasText("Accepted as a referral to children's social care");
        assertThat(mine.locator(".hearth-referral-reasons")).hasText("A social worker will see Maya at school today and speak to her mother");
        accessibleAt375And1280("partner-referrals-outcome");
        UUID child = jdbc.queryForObject("SELECT pref_child_id FROM partner_referrals r JOIN ssd_person p ON "
                + "p.pers_person_id = r.pref_child_id WHERE p.pers_surname = ?", UUID.class, surname);
        com.microsoft.playwright.Response r = page.navigate(url("/children/" + child));
        org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void shouldHaveHealthAnswerAMashRequestForInformationWithinItsTime() {
        String n = Integer.toString(SEQ.incrementAndGet());
        String trustName = "Example Test Hospitals " + n;
        String trust = organisation("NHS_TRUST", trustName);
        String nurse = partnerUser(Role.HEALTH_PARTNER, trust, "Nina Nurse");
        String police = partnerUser(Role.PARTNER, organisation("POLICE_FORCE", "Test Valley Police " + n), "Pc Test");
        UUID child = fixtures.child(LocalDate.now().minusYears(6), worker, LocalDate.now().minusMonths(1));
        UUID contactId = UUID.randomUUID();
        fixtures.history(child, new Contact(contactId, child, LocalDate.now(), "3E", null, null,
                "Seen at A&E with a burn on the hand"));

        // The front door asks health, due in 4 hours
        signIn(worker);
        page.navigate(url("/children/" + child + "/contacts/" + contactId + "/decide"));
        Locator information = page.locator(".hearth-contact-panel").filter(new Locator.FilterOptions().setHasText("Information from partners"));
        assertThat(information).containsText("No organisation has been asked yet.");
        click("Ask an organisation for information");
        save("Send request");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the organisation to ask");
        page.getByLabel(trustName + " (NHS trust)").check();
        page.getByLabel("Your question").fill("Has the child been seen at A&E or by the health visitor before? Any concerns?");
        page.getByLabel("Within 4 hours (urgent)").check();
        accessibleAt375And1280("ask-for-information");
        save("Send request");
        information = page.locator(".hearth-contact-panel").filter(new Locator.FilterOptions().setHasText("Information from partners"));
        assertThat(information).containsText("Waiting for the answer, due by");
        assertThat(information.locator(".govuk-tag")).hasText("On time");
        UUID request = jdbc.queryForObject("SELECT inrq_request_id FROM information_requests WHERE inrq_person_id = ?",
                UUID.class, child);

        // Another organisation cannot read or answer it
        signInAfresh(police);
        com.microsoft.playwright.Response refused = page.navigate(url("/partner/information-requests/" + request));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);

        // Health answers from their home: only who the child is and the question
        signInAfresh(nurse);
        Locator task = page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Request for information from the front door"));
        assertThat(task).hasCount(1);
        assertThat(page.locator("main")).containsText("Requests waiting for your answer");
        task.click();
        assertThat(page.locator(".hearth-request-child")).hasText("Test Child");
        assertThat(page.locator(".hearth-request-question")).containsText("Has the child been seen at A&E");
        assertThat(page.locator(".hearth-request-rag")).hasText("On time");
        assertThat(page.locator("main")).not().containsText("burn on the hand");
        accessibleAt375And1280("partner-information-request");
        save("Send answer");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your answer");
        page.getByLabel("Your answer").fill("Seen at A&E twice this year: a scald in May and this burn; health visitor concerned about supervision");
        save("Send answer");
        assertThat(page.getByText("Answer sent to the front door")).isVisible();
        assertThat(page.locator(".hearth-request-rag")).hasText("Answered in time");
        accessibleAt375And1280("partner-information-answered");
        // Answered once: the request leaves their home
        page.navigate(url("/"));
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Request for information from the front door"))).hasCount(0);

        // The answer lands on the contact with its source, green, and in the chronology
        signInAfresh(worker);
        page.navigate(url("/children/" + child + "/contacts/" + contactId + "/decide"));
        information = page.locator(".hearth-contact-panel").filter(new Locator.FilterOptions().setHasText("Information from partners"));
        assertThat(information).containsText("Information from " + trustName + " (Nina Nurse");
        assertThat(information).containsText("a scald in May and this burn");
        assertThat(information.locator(".govuk-tag")).hasText("Answered in time");
        assertThat(information.locator(".govuk-tag")).hasClass(java.util.regex.Pattern.compile("govuk-tag--green"));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList("SELECT chro_summary FROM chronology_entry WHERE "
                + "chro_person_id = ?", String.class, child)).anyMatch(s -> s.startsWith("Information from " + trustName));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList("SELECT purpose FROM audit_entry WHERE person_id = ? "
                + "AND actor = ?", String.class, child, nurse)).contains("MASH information request");
    }

    @Test
    void shouldRecordTheAgenciesInvolvedAndNameASchoolsPractitionerLeadForFamilyHelp() {
        String n = Integer.toString(SEQ.incrementAndGet());
        String schoolName = "Meadow Test Primary " + n;
        organisation("SCHOOL", schoolName);
        UUID child = fixtures.child(LocalDate.now().minusYears(7), worker, LocalDate.now().minusMonths(1));
        fixtures.history(child, new org.hearth.earlyhelp.EarlyHelpEpisode(null, child, LocalDate.now().minusDays(10),
                null, "Parenting support", null, null, null));

        signIn(worker);
        page.navigate(url("/children/" + child + "/involvements"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agencies involved"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record an agency involved")).click();
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the organisation");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the practitioner's name");
        Browser.assertAccessible(page);
        page.getByLabel(schoolName + " (School or academy)").check();
        page.getByLabel("Education (school, college, early years)").check();
        page.getByLabel("Practitioner").fill("Ms Amara Head");
        page.getByLabel("Their role").fill("Designated safeguarding lead");
        page.getByLabel("Phone number").fill("01632 960123");
        fillDate("startDate", LocalDate.now().minusMonths(6));
        fillDate("lastContactDate", LocalDate.now().minusDays(21));
        accessibleAt375And1280("involvement-form");
        save("Save");
        assertThat(page.getByText("Agency involvement recorded")).isVisible();
        Locator card = page.locator(".hearth-involvement").filter(new Locator.FilterOptions().setHasText(schoolName));
        assertThat(card.locator(".hearth-recency")).containsText("last contact 3 weeks ago");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Name as lead practitioner"))).click();
        assertThat(page.getByText("Lead practitioner named")).isVisible();
        assertThat(card.locator(".hearth-lead")).hasText("Lead practitioner");
        accessibleAt375And1280("involvements");

        page.navigate(url("/children/" + child));
        assertThat(page.locator(".hearth-agencies-panel")).containsText(schoolName);
        assertThat(page.locator(".hearth-agencies-panel")).containsText("Lead practitioner");
        assertThat(page.locator(".hearth-agencies-panel")).containsText("Ms Amara Head, last contact 3 weeks ago");
    }
}
