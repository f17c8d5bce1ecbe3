package org.hearth.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A document is added to the child's record, optionally to one of its steps: its kind, title, the date it bears and
 * whether it is confidential, with the facts about its content that Hearth worked out before (the type detected from
 * the bytes, the size, the SHA-256 and where the bytes are kept). The bytes are stored in the same transaction as
 * this record (see {@link DocumentService}).
 *
 * <p>The date is the document's own (a report written last month), so it may be before today, but never in the future;
 * the step it belongs to must be a record on this child's journey. The type and size follow {@link UploadRules}.
 */
public record AttachDocument(String kind, String title, LocalDate date, boolean confidential, String stepKind,
                             UUID stepId, Content content, long maxBytes) implements JourneyCommand {
    static final String KIND = DocumentsStage.DOCUMENTS.name();
    static final int MAX_TITLE = 200;

    /**
     * What Hearth knows of the file before it is stored.
     *
     * @param mediaType the type detected from the content (null when there was no file)
     * @param size      its length in bytes
     */
    public record Content(String mediaType, long size, String sha256, String storage, String storageKey,
                          String uploadedAt) {}

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        List<Violation> out = new ArrayList<>();
        if (content == null || content.size() <= 0) {
            out.add(refusal("document-file", "file", content == null ? "Select a document to add"
                    : UploadRules.sizeProblem(content.size(), maxBytes).orElseThrow()));
        } else {
            UploadRules.sizeProblem(content.size(), maxBytes).ifPresent(p -> out.add(refusal("document-size", "file", p)));
            if (out.isEmpty()) {
                UploadRules.typeProblem(content.mediaType()).ifPresent(p -> out.add(refusal("document-type", "file", p)));
            }
        }
        if (kind == null || kind.isBlank()) {
            out.add(refusal("document-kind", "documentKind", "Select what kind of document this is"));
        } else if (!CodeLists.standard().list("DOCUMENT_KIND", CollectionYear.containing(c.today())).contains(kind)) {
            out.add(refusal("document-kind", "documentKind", "Select a kind of document from the list"));
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            out.add(refusal("document-title", "documentTitle", "Enter a title for the document"));
        } else if (t.length() > MAX_TITLE) {
            out.add(refusal("document-title", "documentTitle", "Enter a title of " + MAX_TITLE + " characters or fewer"));
        } else if (!AccessSeam.isText(t) || t.contains("\n") || t.contains("\r") || t.contains("\t")) {
            out.add(refusal("document-title", "documentTitle", "Enter the title as one line of text"));
        }
        if (date == null) {
            out.add(refusal("document-date", "documentDate", "Enter the date of the document as a real date, for "
                    + "example 27 3 2025"));
        } else if (date.isAfter(c.today())) {
            out.add(refusal("document-date", "documentDate", "The date of the document must be today or in the past"));
        } else if (date.isBefore(LocalDate.of(1900, 1, 1))) {
            out.add(refusal("document-date", "documentDate", "Enter the date of the document as a real date, for "
                    + "example 27 3 2025"));
        }
        if (stepId != null || stepKind != null && !stepKind.isBlank()) {
            boolean found = stepId != null && stepKind != null && j.kinds().stream()
                    .filter(k -> k.name().equals(stepKind) && !k.name().equals(KIND))
                    .anyMatch(k -> has(j, k, stepId));
            if (!found) {
                out.add(refusal("document-step", "step", "The step you chose is not on this child's record. Choose "
                        + "one from the list, or none"));
            }
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        Objects.requireNonNull(content.storageKey());
        return Decision.of(JourneyChange.of(DocumentsStage.DOCUMENTS, new Document(null, j.child().id(), kind, t, date,
                confidential, stepId == null ? null : stepKind, stepId, SafeFileName.of(t, content.mediaType()),
                UploadRules.base(content.mediaType()), Math.toIntExact(content.size()), content.sha256(),
                content.storage(), content.storageKey(), c.actor().username(), content.uploadedAt())));
    }

    private static <T extends Record & org.hearth.journey.JourneyRecord> boolean has(ChildJourney j, EpisodeKind<T> k,
                                                                                   UUID id) {
        return j.find(k, id).isPresent();
    }

    private static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
