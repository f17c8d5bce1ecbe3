package org.hearth.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents with the child's record: adding one (its type detected and its text extracted first, then the record
 * written through {@link JourneyService#execute} and the bytes stored in the same transaction), finding a child's
 * documents by a word inside them, and downloading one (audited with its id and the purpose).
 */
public class DocumentService {
    static final String PART = DocumentsStage.DOCUMENTS.name();

    /** What the user said about the document (the form's or the API's answers). */
    public record Answers(String kind, String title, LocalDate date, boolean confidential, String stepKind,
                         UUID stepId) {}

    /** A document to send: its record (for the safe name and type) and its verified bytes. */
    public record Download(Document document, byte[] content) {}

    private final JourneyService journeys;
    private final AccessSeam seam;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ContentInspector inspector;
    private final DocumentStore store;
    private final Map<String, DocumentStore> readable;
    private final long maxBytes;

    DocumentService(JourneyService journeys, AccessSeam seam, JdbcTemplate jdbc, TransactionTemplate tx,
                    ContentInspector inspector, DocumentStore store, Map<String, DocumentStore> readable,
                    long maxBytes) {
        this.journeys = journeys;
        this.seam = seam;
        this.jdbc = jdbc;
        this.tx = tx;
        this.inspector = inspector;
        this.store = store;
        this.readable = Map.copyOf(readable);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Adds a document to the child's record. The content's type is detected and its text extracted (bounded) before
     * anything is written; then, in one transaction, the command records the document through the seam and the bytes
     * and text are stored. A refusal (the seam's, the command's or the rules') leaves nothing behind.
     *
     * @param content the file's bytes; null when no file was chosen
     */
    public JourneyService.Recorded attach(Actor actor, UUID childId, Answers answers, byte[] content, String purpose) {
        AttachDocument.Content facts = null;
        ContentInspector.Extracted text = new ContentInspector.Extracted("", false, false);
        if (content != null) {
            String type = content.length == 0 || content.length > maxBytes ? null : inspector.detect(content);
            facts = new AttachDocument.Content(type, content.length, DocumentStore.sha256(content), store.name(),
                    DocumentStore.newKey(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            if (type != null && UploadRules.allowed(type)) {
                text = inspector.text(content, type);
            }
        }
        AttachDocument command = new AttachDocument(answers.kind(), answers.title(), answers.date(),
                answers.confidential(), answers.stepKind(), answers.stepId(), facts, maxBytes);
        ContentInspector.Extracted found = text;
        return tx.execute(status -> {
            JourneyService.Recorded recorded = journeys.execute(actor, childId, null, command, purpose);
            Document saved = (Document) recorded.records().get(0);
            store.put(saved.storageKey(), content, saved.mediaType());
            jdbc.update("INSERT INTO document_text (document_id, person_id, extracted, truncated, search) "
                    + "VALUES (?, ?, ?, ?, to_tsvector('english', ? || ' ' || ?))", saved.id(), childId, found.text(),
                    found.truncated(), saved.documentTitle(), found.text());
            return recorded;
        });
    }

    /** What the documents page and the API list: the documents the user's view shows, and whether they may add one. */
    public record Listing(ChildJourney journey, List<Document> documents, boolean mayAdd, String query) {}

    /**
     * The child's documents the user may see, newest first; with {@code query}, only those whose text or title holds
     * its words (PostgreSQL full-text search, English stemming: "assessed" finds "assessment").
     */
    public Listing list(Actor actor, UUID childId, String query, String purpose) {
        String q = query == null ? "" : query.strip();
        if (q.length() > 200 || !AccessSeam.isText(q)) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check your search",
                    "Search for a few words, in at most 200 characters");
        }
        JourneyService.Viewed viewed = journeys.readWithView(actor, childId, PART, purpose);
        List<Document> shown = viewed.journey().all(DocumentsStage.DOCUMENTS).stream()
                .sorted(Comparator.comparing(Document::documentDate).thenComparing(Document::uploadedAt).reversed())
                .toList();
        if (!q.isEmpty()) {
            Set<UUID> matching = Set.copyOf(jdbc.queryForList("SELECT document_id FROM document_text "
                    + "WHERE person_id = ? AND search @@ websearch_to_tsquery('english', ?)", UUID.class, childId, q));
            shown = shown.stream().filter(d -> matching.contains(d.id())).toList();
        }
        return new Listing(viewed.journey(), shown, viewed.view().canWrite(PART), q);
    }

    /** The names of the staff who added documents, as the pages show them (never a username). */
    public Map<String, String> names(java.util.Collection<String> usernames) {
        Map<String, String> out = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.query("SELECT username, display_name FROM hearth_user WHERE username = ANY(?)",
                    rs -> { out.put(rs.getString(1), rs.getString(2)); },
                    (Object) usernames.toArray(String[]::new));
        }
        return out;
    }

    /**
     * One document's content, for download: a read of the documents part audited with the document's id and the
     * purpose given. A document of another child, or one the user's view withholds (confidential), is not found; a
     * content whose SHA-256 no longer matches is not sent.
     */
    public Download download(Actor actor, UUID childId, UUID documentId, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Say why",
                    "Say why you are opening the document (purpose): every download is recorded with its purpose");
        }
        return seam.readItem(actor, childId, PART, "document " + documentId, purpose, view -> {
            Optional<Document> found = jdbc.query(DocumentsStage.DOCUMENTS.table().selectById(),
                            DocumentsStage.DOCUMENTS.table().rowMapper(), documentId).stream()
                    .filter(d -> childId.equals(d.personId()))
                    .filter(d -> view.showsKind(PART) && view.shows(d)).findFirst();
            Document d = found.orElseThrow(() -> HearthProblem.notFound("The document"));
            DocumentStore from = readable.get(d.storage());
            if (from == null) {
                throw new HearthProblem(HttpStatus.SERVICE_UNAVAILABLE, "Document store not available",
                        "This document is kept in an object store Hearth is not set up to reach. Tell your "
                                + "administrator");
            }
            byte[] bytes = from.get(d.storageKey()).orElseThrow(() -> new HearthProblem(HttpStatus.CONFLICT,
                    "Document content missing", "The document's content is missing from its store. Tell your "
                    + "administrator"));
            if (!DocumentStore.sha256(bytes).equals(d.sha256())) {
                throw new HearthProblem(HttpStatus.CONFLICT, "Document failed its check",
                        "The document's content is not what was added (its SHA-256 differs), so Hearth will not send "
                                + "it. Tell your administrator");
            }
            return new Download(d, bytes);
        });
    }
}
