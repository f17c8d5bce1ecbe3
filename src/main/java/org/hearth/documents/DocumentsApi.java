package org.hearth.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents over HTTP: a multipart upload running the same command as the page, the list (and search), a download. */
@RestController
@RequestMapping("/api/children/{childId}/documents")
@Tag(name = "Documents", description = "Documents kept with the child's record")
class DocumentsApi {
    private final DocumentService documents;
    private final CurrentActor currentActor;

    DocumentsApi(DocumentService documents, CurrentActor currentActor) {
        this.documents = documents;
        this.currentActor = currentActor;
    }

    /** A document as the API lists it (version 1). */
    record DocumentV1(UUID id, String kind, String kindLabel, String title, LocalDate date, boolean confidential,
                      String stepKind, UUID stepId, String fileName, String mediaType, int sizeBytes, String sha256,
                      String uploadedBy, String uploadedAt, String content) {
        static DocumentV1 of(UUID childId, Document d) {
            return new DocumentV1(d.id(), d.documentKind(), DocumentPages.kindLabel(d.documentKind()),
                    d.documentTitle(), d.documentDate(), d.restricted(), d.stepKind(), d.stepId(), d.fileName(),
                    d.mediaType(), d.sizeBytes(), d.sha256(), d.uploadedBy(), d.uploadedAt(),
                    "/api/children/" + childId + "/documents/" + d.id() + "/content");
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a document",
            description = "Multipart: file, kind (DOCUMENT_KIND code), title, date (yyyy-mm-dd), confidential "
                    + "(true/false), and optionally stepKind and stepId (a record on this child's journey). The type "
                    + "is detected from the content: PDF, DOCX, DOC, ODT, plain text, JPEG, PNG or HEIC.")
    ResponseEntity<CommandApi.Result> add(@PathVariable UUID childId,
                                          @RequestParam(required = false) MultipartFile file,
                                          @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) String title,
                                          @RequestParam(required = false) String date,
                                          @RequestParam(defaultValue = "false") boolean confidential,
                                          @RequestParam(required = false) String stepKind,
                                          @RequestParam(required = false) UUID stepId,
                                          @RequestParam(defaultValue = "add a document") String purpose) {
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check your answers",
                        "date must be a date written yyyy-mm-dd", List.of(Map.of("pointer", "/date",
                        "detail", "date must be a date written yyyy-mm-dd")));
            }
        }
        byte[] bytes = bytes(file);
        JourneyService.Recorded recorded;
        try {
            recorded = documents.attach(currentActor.get(), childId, new DocumentService.Answers(kind, title, day,
                    confidential, stepKind, stepId), bytes, purpose);
        } catch (RuleViolations v) {
            Map<String, String> fields = Map.of("file", "/file", "documentKind", "/kind", "documentTitle", "/title",
                    "documentDate", "/date", "step", "/stepId");
            throw new RuleViolations(v.violations(), violation -> violation.field() == null ? ""
                    : fields.getOrDefault(violation.field(), ""));
        }
        List<CommandApi.Saved> saved = recorded.records().stream()
                .map(r -> new CommandApi.Saved(DocumentService.PART, r.id())).toList();
        return ResponseEntity.created(java.net.URI.create("/api/children/" + childId + "/documents/"
                        + saved.get(0).id() + "/content"))
                .eTag(CommandApi.etag(recorded.version())).body(new CommandApi.Result(recorded.version(), saved));
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Upload not received",
                    "The file did not arrive whole. Try again");
        }
    }

    @GetMapping
    @Operation(summary = "The child's documents",
            description = "Newest first; with q, only those whose text or title holds its words (English stemming).")
    List<DocumentV1> list(@PathVariable UUID childId, @RequestParam(required = false) String q,
                          @RequestParam(defaultValue = "casework: documents") String purpose) {
        return documents.list(currentActor.get(), childId, q, purpose).documents().stream()
                .map(d -> DocumentV1.of(childId, d)).toList();
    }

    @GetMapping("/{documentId}/content")
    @Operation(summary = "Download a document",
            description = "Sent as an attachment with a name Hearth made, its detected type and nosniff; audited with "
                    + "the document's id and the purpose.")
    ResponseEntity<byte[]> content(@PathVariable UUID childId, @PathVariable UUID documentId,
                                   @RequestParam(defaultValue = "casework: download a document") String purpose) {
        return DocumentPages.send(documents.download(currentActor.get(), childId, documentId, purpose));
    }
}
