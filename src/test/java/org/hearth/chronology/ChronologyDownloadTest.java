package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
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

/** The chronology downloaded as PDF through the web app: filtered like the page, read through the seam, audited. */
class ChronologyDownloadTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    String worker;
    UUID child;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(6));
        Api api = new Api(port);
        record(api, "visits", "{\"date\":\"" + LocalDate.now().minusDays(20) + "\",\"context\":\"CIN\",\"seen\":true,\"seenAlone\":true}");
        record(api, "visits", "{\"date\":\"" + LocalDate.now().minusDays(5) + "\",\"context\":\"CIN\",\"seen\":false,\"notSeenReason\":\"The family were out\"}");
        record(api, "people-who-matter", "{\"name\":\"Biscuit (the dog)\",\"kind\":\"PET\",\"relationship\":\"Dog\","
                + "\"childsWords\":\"He sleeps on my bed\",\"from\":\"" + LocalDate.now().minusDays(30) + "\"}");
    }

    private void record(Api api, String kind, String body) {
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/" + kind, worker, body);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    }

    @Test
    void shouldDownloadTheWholeChronologyAsAWellFormedPdf() {
        HttpResponse<byte[]> r = WebSession.signIn(port, worker).bytes("/children/" + child + "/chronology.pdf");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains(".pdf");
        assertThat(new String(r.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        ReadPdf pdf = new ReadPdf(r.body());
        assertThat(pdf.flat).contains("Test Child", "OFFICIAL-SENSITIVE", "Visit (child in need plan): child seen alone",
                "Visit (child in need plan): child not seen", "Pet who matters: Biscuit \u0028the dog\u0029",
                "Showing: All kinds of event (3 events), oldest first");
    }

    @Test
    void shouldApplyTheSameFilterAsThePage() {
        WebSession web = WebSession.signIn(port, worker);
        ReadPdf pdf = new ReadPdf(web.bytes("/children/" + child + "/chronology.pdf?kind=visits").body());
        assertThat(pdf.flat).contains("Visit (child in need plan): child seen alone").doesNotContain("Biscuit");
        assertThat(pdf.flat).contains("Showing: Visits (2 events), oldest first");

        String page = web.get("/children/" + child + "?kind=visits").body();
        assertThat(page).contains("Visit (child in need plan): child not seen").doesNotContain("Pet who matters: Biscuit")
                .contains("/children/" + child + "/chronology.pdf?kind=visits")
                .contains("Showing 2 events, newest first: visits");
    }

    @Test
    void shouldAuditTheDownloadAsARead() {
        WebSession.signIn(port, worker).bytes("/children/" + child + "/chronology.pdf");
        assertThat(jdbc.queryForList("SELECT action, purpose, outcome FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND part = 'chronology'", worker, child))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("action")).isEqualTo("READ");
                    assertThat(e.get("outcome")).isEqualTo("ALLOWED");
                    assertThat((String) e.get("purpose")).contains("download").contains("a read");
                });
    }

    @Test
    void shouldRefuseADownloadToAWorkerWithNoRelationshipToTheChild() {
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        HttpResponse<byte[]> r = WebSession.signIn(port, stranger).bytes("/children/" + child + "/chronology.pdf");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotStartWith("%PDF")
                .contains("You do not have access").doesNotContain("child seen alone");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND outcome = 'DENIED' AND purpose LIKE 'download%'", Long.class, stranger, child)).isEqualTo(1);
    }

    @Test
    void shouldSendSomeoneNotSignedInToSignIn() {
        HttpResponse<String> r = new Api(port).get("/children/" + child + "/chronology.pdf", null);
        assertThat(r.statusCode()).isIn(302, 401);
    }
}
