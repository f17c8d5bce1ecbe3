package org.hearth.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.platform.pdf.ReadPdf;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case notes through the web app and the API, against a real database: written and read back, corrected beside the
 * original, and refused for another child's note, a stale version and a restricted note the view may not see.
 */
class CaseNotesTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    String worker;
    String otherWorker;
    String iro;
    UUID child;
    UUID otherChild;
    Api api;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        otherWorker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        iro = fixtures.user(Role.IRO, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(6));
        otherChild = fixtures.child(LocalDate.of(2014, 2, 1), otherWorker, LocalDate.now().minusMonths(6));
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusMonths(3));
        api = new Api(port);
    }

    private UUID saved(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private UUID note(UUID onChild, String as, String text, boolean restricted) {
        return saved(api.call("POST", "/api/children/" + onChild + "/case-notes", as, "{\"date\":\"" + LocalDate.now()
                + "\",\"kind\":\"PHONE_CALL\",\"seen\":\"Mother\",\"text\":\"" + text + "\",\"restricted\":" + restricted + "}"));
    }

    private long version(UUID onChild, String as) {
        HttpResponse<String> r = api.get("/api/children/" + onChild, as);
        return Long.parseLong(r.headers().firstValue("ETag").orElseThrow().replace("\"", "").replace("W/", ""));
    }

    @Test
    void shouldPointTheLocationOfAWrittenNoteAtTheNoteItself() {
        HttpResponse<String> written = api.call("POST", "/api/children/" + child + "/case-notes", worker,
                "{\"date\":\"" + LocalDate.now() + "\",\"kind\":\"PHONE_CALL\",\"text\":\"Rang the school\"}");
        UUID note = saved(written);
        String location = written.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/children/" + child + "/case-notes/" + note);
        HttpResponse<String> read = api.get(location, worker);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"id\":\"" + note + "\"", "Rang the school", "\"kindLabel\":\"Phone call\"");
        assertThat(api.get("/api/children/" + otherChild + "/case-notes/" + note, otherWorker).statusCode())
                .as("the note through another child's record").isEqualTo(404);
        assertThat(api.get(location, otherWorker).statusCode()).as("another worker's child").isEqualTo(403);
    }

    @Test
    void shouldWriteANoteAboutAVisitAndReadItBackWithItsStep() {
        UUID visit = saved(api.call("POST", "/api/children/" + child + "/visits", worker, "{\"date\":\""
                + LocalDate.now().minusDays(1) + "\",\"context\":\"CIN\",\"seen\":true,\"seenAlone\":true,"
                + "\"note\":\"Amy showed me her new bike\"}"));
        saved(api.call("POST", "/api/children/" + child + "/case-notes", worker, "{\"date\":\"" + LocalDate.now()
                + "\",\"kind\":\"DIRECT_WORK\",\"text\":\"Life story work\",\"step\":\"" + visit + "\"}"));

        String list = api.get("/api/children/" + child + "/case-notes", worker).body();
        assertThat(list).contains("\"kindLabel\":\"Direct work with the child\"", "\"stepKind\":\"visits\"",
                "Life story work");
        WebSession web = WebSession.signIn(port, worker);
        HttpResponse<String> visitEntry = web.get("/children/" + child + "/chronology/record/" + visit);
        assertThat(visitEntry.statusCode()).isEqualTo(302);
        String page = web.get(visitEntry.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("Amy showed me her new bike", "Life story work", "Child in need plan");
    }

    @Test
    void shouldCorrectANoteBesideTheOriginalWithWhoAndWhy() {
        UUID note = note(child, worker, "Spoke to mum about schol", false);
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/case-notes/" + note + "/corrections",
                worker, "{\"text\":\"Spoke to mum about school\",\"reason\":\"typing error\"}",
                "\"" + version(child, worker) + "\"");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        String list = api.get("/api/children/" + child + "/case-notes", worker).body();
        assertThat(list).contains("\"text\":\"Spoke to mum about school\"", "\"originalText\":\"Spoke to mum about schol\"",
                "\"reason\":\"typing error\"", "\"correctedBy\":\"" + worker + "\"");
        assertThat(jdbc.queryForObject("SELECT note_note_text FROM case_notes WHERE note_note_id = ?", String.class, note))
                .as("the original is never overwritten").isEqualTo("Spoke to mum about schol");
    }

    @Test
    void shouldRefuseACorrectionOfAnotherChildsNote() {
        UUID theirs = note(otherChild, otherWorker, "About the other child", false);

        HttpResponse<String> viaMyChild = api.call("POST", "/api/children/" + child + "/case-notes/" + theirs
                + "/corrections", worker, "{\"text\":\"Changed\",\"reason\":\"why\"}", "\"" + version(child, worker) + "\"");
        assertThat(viaMyChild.statusCode()).isEqualTo(422);
        assertThat(viaMyChild.body()).contains("There is no such case note on this child's record");

        HttpResponse<String> viaTheirChild = api.call("POST", "/api/children/" + otherChild + "/case-notes/" + theirs
                + "/corrections", worker, "{\"text\":\"Changed\",\"reason\":\"why\"}", "\"1\"");
        assertThat(viaTheirChild.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_note_amendments WHERE amnd_note_id = ?", Integer.class,
                theirs)).isZero();
    }

    @Test
    void shouldRefuseAStaleCorrectionAndOneWithNoVersion() {
        UUID note = note(child, worker, "First words", false);
        long read = version(child, worker);
        note(child, worker, "Someone else wrote since", false);

        HttpResponse<String> stale = api.call("POST", "/api/children/" + child + "/case-notes/" + note + "/corrections",
                worker, "{\"text\":\"Second words\",\"reason\":\"clearer\"}", "\"" + read + "\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> none = api.call("POST", "/api/children/" + child + "/case-notes/" + note + "/corrections",
                worker, "{\"text\":\"Second words\",\"reason\":\"clearer\"}");
        assertThat(none.statusCode()).isEqualTo(428);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_note_amendments WHERE amnd_note_id = ?", Integer.class,
                note)).isZero();
    }

    @Test
    void shouldRefuseBadNotesWithTheirFieldsAndNothingSaved() {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/case-notes", worker, "{\"date\":\""
                + LocalDate.now().plusDays(2) + "\",\"kind\":\"GOSSIP\",\"text\":\"" + "x".repeat(20_001) + "\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("/date", "/kind", "/text");
        HttpResponse<String> supervision = api.call("POST", "/api/children/" + child + "/case-notes", worker,
                "{\"date\":\"" + LocalDate.now() + "\",\"kind\":\"SUPERVISION_DECISION\",\"text\":\"Close the case\"}");
        assertThat(supervision.statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_notes WHERE note_person_id = ?", Integer.class, child))
                .isZero();
    }

    @Test
    void shouldHideARestrictedNoteFromTheIroEverywhereButShowItToTheWorker() {
        UUID open = note(child, worker, "An ordinary call", false);
        UUID secret = note(child, worker, "Mother is at the refuge", true);

        assertThat(api.get("/api/children/" + child + "/case-notes", worker).body()).contains("Mother is at the refuge");
        String iroList = api.get("/api/children/" + child + "/case-notes", iro).body();
        assertThat(iroList).contains("An ordinary call").doesNotContain("refuge").doesNotContain(secret.toString());

        WebSession iroWeb = WebSession.signIn(port, iro);
        assertThat(iroWeb.get("/children/" + child + "/chronology/record/" + secret).statusCode()).isEqualTo(404);
        Long secretEntry = jdbc.queryForObject("SELECT chro_entry_id FROM chronology_entry WHERE chro_record_id = ?",
                Long.class, secret);
        assertThat(iroWeb.get("/children/" + child + "/chronology/" + secretEntry).statusCode()).isEqualTo(404);
        assertThat(iroWeb.get("/children/" + child + "/chronology/record/" + open).statusCode()).isEqualTo(302);
        assertThat(iroWeb.get("/children/" + child).body()).doesNotContain("/chronology/" + secretEntry + "\"");
        assertThat(new ReadPdf(iroWeb.bytes("/children/" + child + "/chronology.pdf").body()).flat)
                .contains("Case note: phone call with Mother").doesNotContain("refuge");
        long iroCopyCount = countOf(new ReadPdf(iroWeb.bytes("/children/" + child + "/chronology.pdf").body()).flat);
        long workerCopyCount = countOf(new ReadPdf(WebSession.signIn(port, worker)
                .bytes("/children/" + child + "/chronology.pdf").body()).flat);
        assertThat(iroCopyCount).isEqualTo(1);
        assertThat(workerCopyCount).isEqualTo(2);
        assertThat(WebSession.signIn(port, worker).get("/children/" + child + "/chronology/" + secretEntry).body())
                .contains("Mother is at the refuge", "Restricted");
    }

    private static long countOf(String text) {
        return Pattern.compile("Case note: phone call with Mother").matcher(text).results().count();
    }

    @Test
    void shouldMarkAndUnmarkASignificantEventAuditedAndOnlyForWhoMayChangeTheRecord() {
        UUID note = note(child, worker, "Police called about a fight at home", false);
        long entry = jdbc.queryForObject("SELECT chro_entry_id FROM chronology_entry WHERE chro_record_id = ?",
                Long.class, note);
        WebSession web = WebSession.signIn(port, worker);
        String page = "/children/" + child + "/chronology/" + entry;

        HttpResponse<String> empty = web.submit(page, page + "/significant", Map.of("significance", " "));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Say why this event is significant");
        HttpResponse<String> marked = web.submit(page, page + "/significant", Map.of("significance", "First police call"));
        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(web.get(page).body()).contains("First police call", "Remove from significant events");
        assertThat(new ReadPdf(web.bytes("/children/" + child + "/chronology.pdf?significant=1").body()).flat)
                .contains("Significant events chronology", "First police call");

        HttpResponse<String> byIro = WebSession.signIn(port, iro).submit(page, page + "/not-significant", Map.of());
        assertThat(byIro.statusCode()).isEqualTo(403);
        assertThat(web.submit(page, page + "/not-significant", Map.of()).statusCode()).isEqualTo(302);
        assertThat(web.get(page).body()).doesNotContain("First police call");
        assertThat(jdbc.queryForList("SELECT purpose FROM audit_entry WHERE actor = ? AND person_id = ? AND action = 'WRITE'",
                String.class, worker, child)).anyMatch(p -> p.startsWith("mark a chronology entry as a significant event"))
                .anyMatch(p -> p.startsWith("unmark a significant event"));

        HttpResponse<String> otherChilds = WebSession.signIn(port, otherWorker).submit("/children/" + otherChild,
                "/children/" + otherChild + "/chronology/" + entry + "/significant", Map.of("significance", "x"));
        assertThat(otherChilds.statusCode()).isEqualTo(404);
    }
}
