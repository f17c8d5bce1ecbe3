package org.hearth.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents through the API against the real application and PostgreSQL: added and found by a word inside them,
 * downloaded as attachments with every download audited, and refused for another child's document, a program renamed
 * as a PDF, an oversize file, and a confidential document for a view that may not see it.
 */
class DocumentsApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    String worker;
    String iro;
    UUID child;
    UUID otherChild;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        iro = fixtures.user(Role.IRO, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusMonths(1));
        otherChild = fixtures.child(LocalDate.of(2016, 2, 1), fixtures.user(Role.SOCIAL_WORKER, team),
                LocalDate.now().minusMonths(3));
    }

    @Test
    void shouldKeepAPdfAndFindItByAWordInside() throws Exception {
        String word = "hippocampine" + Math.abs(child.hashCode() % 1000);
        byte[] pdf = TestDocuments.pdf("The conference noted " + word + " in the family's account.");
        HttpResponse<String> added = upload(worker, child, fields("REPORT", "ICPC report", false), "report.pdf",
                "application/pdf", pdf);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("ETag")).isPresent();
        UUID id = UUID.fromString(first(added.body(), "\"id\":\"([0-9a-f-]{36})\""));

        assertThat(get(worker, "/api/children/" + child + "/documents?q=" + word).body())
                .contains(id.toString()).contains("\"kindLabel\":\"Report\"");
        assertThat(get(worker, "/api/children/" + child + "/documents?q=nosuchwordatall").body()).isEqualTo("[]");
        // The text is searched with English stemming and the title is searchable too.
        assertThat(get(worker, "/api/children/" + child + "/documents?q=conferences").body()).contains(id.toString());

        HttpResponse<byte[]> content = download(worker, child, id, "court bundle");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename=\"ICPC-report.pdf\"");
        assertThat(content.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(content.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(jdbc.queryForList("SELECT purpose, outcome, detail FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND part = 'documents' AND action = 'READ' AND detail = ?", worker, child, "document " + id))
                .hasSize(1).first().satisfies(e -> {
                    assertThat(e.get("purpose")).isEqualTo("court bundle");
                    assertThat(e.get("outcome")).isEqualTo("ALLOWED");
                });
        // Kept in PostgreSQL with the record, hashed.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_content c JOIN documents d "
                + "ON d.docu_storage_key = c.storage_key WHERE d.docu_document_id = ?", Long.class, id)).isOne();
    }

    @Test
    void shouldKeepADocxAndFindItByAWordInside() throws Exception {
        String word = "ptarmigans";
        HttpResponse<String> added = upload(worker, child, fields("LETTER", "Letter to the school", false), "letter.docx",
                "application/octet-stream", TestDocuments.docx("We discussed the " + word + " project."));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(get(worker, "/api/children/" + child + "/documents?q=ptarmigan").body())
                .contains("Letter to the school").contains("wordprocessingml");
    }

    @Test
    void shouldRefuseAnotherChildsDocumentAsNotFoundAndAuditTheAttempt() throws Exception {
        HttpResponse<String> added = upload(worker, child, fields("REPORT", "Report", false), "r.pdf", "application/pdf",
                TestDocuments.pdf("private words"));
        UUID id = UUID.fromString(first(added.body(), "\"id\":\"([0-9a-f-]{36})\""));
        String otherWorker = jdbc.queryForObject("SELECT invo_professional_id FROM ssd_involvements WHERE "
                + "invo_person_id = ? LIMIT 1", String.class, otherChild);
        // The other child's worker asks for this document through the child they hold: not found, and audited.
        HttpResponse<byte[]> wrong = download(otherWorker, otherChild, id, "casework");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).doesNotContain("private words");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND "
                + "part = 'documents' AND outcome = 'REFUSED' AND detail LIKE ?", Long.class, otherWorker, otherChild,
                "document " + id + "%")).isOne();
        // Through the right child, but without a relationship with it: refused by the seam.
        assertThat(download(otherWorker, child, id, "casework").statusCode()).isEqualTo(403);
        assertThat(download(worker, child, UUID.randomUUID(), "casework").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseAProgramRenamedAsAPdfAndAWebPageAndKeepNothing() throws Exception {
        long before = documentsOf(child);
        HttpResponse<String> exe = upload(worker, child, fields("REPORT", "Report", false), "report.pdf",
                "application/pdf", TestDocuments.windowsProgram());
        assertThat(exe.statusCode()).as(exe.body()).isEqualTo(422);
        assertThat(exe.body()).contains("The file is a program, whatever its name says").contains("/file");
        HttpResponse<String> html = upload(worker, child, fields("REPORT", "Report", false), "report.txt", "text/plain",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).as(html.body()).isEqualTo(422);
        assertThat(html.body()).contains("web page");
        assertThat(documentsOf(child)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_content c WHERE NOT EXISTS (SELECT 1 FROM "
                + "documents d WHERE d.docu_storage_key = c.storage_key)", Long.class)).isZero();
    }

    @Test
    void shouldRefuseAnOversizeFileInWordsNotA500() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> refused = upload(worker, child, fields("REPORT", "Big", false), "big.txt", "text/plain", big);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("The selected file must be smaller than 20 MB (it is 20.1 MB)");
        byte[] huge = new byte[23 * 1024 * 1024];
        HttpResponse<String> tooBig = upload(worker, child, fields("REPORT", "Huge", false), "huge.txt", "text/plain", huge);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(documentsOf(child)).isZero();
    }

    @Test
    void shouldHideAConfidentialDocumentFromTheIroButShowItToTheAllocatedWorker() throws Exception {
        HttpResponse<String> added = upload(worker, child, fields("REPORT", "Refuge address letter", true), "a.txt",
                "text/plain", "The family now lives at the refuge on Larkspur Lane.".getBytes(StandardCharsets.UTF_8));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        UUID id = UUID.fromString(first(added.body(), "\"id\":\"([0-9a-f-]{36})\""));
        HttpResponse<String> plain = upload(worker, child, fields("LETTER", "Ordinary letter", false), "b.txt",
                "text/plain", "Nothing secret about Larkspur here.".getBytes(StandardCharsets.UTF_8));
        assertThat(plain.statusCode()).isEqualTo(201);

        assertThat(get(worker, "/api/children/" + child + "/documents").body()).contains("Refuge address letter");
        String seenByIro = get(iro, "/api/children/" + child + "/documents?q=Larkspur").body();
        assertThat(seenByIro).contains("Ordinary letter").doesNotContain("Refuge address letter")
                .doesNotContain(id.toString());
        assertThat(download(iro, child, id, "review").statusCode()).isEqualTo(404);
        assertThat(download(worker, child, id, "casework").statusCode()).isEqualTo(200);
        // The IRO reads the record but adds no documents to it.
        assertThat(upload(iro, child, fields("REPORT", "IRO's note", false), "n.txt", "text/plain",
                "note".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseBadAnswersAndAStepOfAnotherChild() throws Exception {
        Map<String, String> f = fields("NOPE", "", false);
        f.put("date", "2999-01-01");
        HttpResponse<String> r = upload(worker, child, f, "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("/kind").contains("/title").contains("/date");
        Map<String, String> g = fields("REPORT", "T", false);
        g.put("date", "31-02-2025");
        assertThat(upload(worker, child, g, "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
        UUID otherStep = jdbc.queryForObject("SELECT invo_involvements_id FROM ssd_involvements WHERE invo_person_id = ? "
                + "LIMIT 1", UUID.class, otherChild);
        Map<String, String> h = fields("REPORT", "T", false);
        h.put("stepKind", "allocations");
        h.put("stepId", otherStep.toString());
        HttpResponse<String> step = upload(worker, child, h, "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(step.statusCode()).as(step.body()).isEqualTo(422);
        assertThat(step.body()).contains("not on this child's record");
        HttpResponse<String> noFile = upload(worker, child, fields("REPORT", "T", false), null, null, null);
        assertThat(noFile.statusCode()).isEqualTo(422);
        assertThat(noFile.body()).contains("Select a document to add");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    long documentsOf(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM documents WHERE docu_person_id = ?", Long.class, id);
    }

    static Map<String, String> fields(String kind, String title, boolean confidential) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", kind);
        f.put("title", title);
        f.put("date", LocalDate.now().minusDays(2).toString());
        f.put("confidential", Boolean.toString(confidential));
        return f;
    }

    static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestFixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth(user)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String user, UUID childId, UUID documentId, String purpose) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/children/" + childId
                        + "/documents/" + documentId + "/content?purpose=" + purpose.replace(" ", "%20")))
                .header("Authorization", auth(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> upload(String user, UUID childId, Map<String, String> fields, String fileName, String type,
                                byte[] content) throws Exception {
        String boundary = "----hearth" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n");
        }
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            body.write(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/children/" + childId
                            + "/documents")).header("Authorization", auth(user))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the upload's connection failed: " + e.getMessage(), e);
        }
    }

    static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
