package org.hearth.documents;

import java.util.List;
import java.util.Map;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.Stage;

/**
 * Documents kept with the child's record. Not a step of the journey itself but kept beside every step, so it comes
 * last and builds on no other stage. The child's record leads to the documents page from its Documents card (not the
 * list of steps to record: a document is added beside any step).
 */
public final class DocumentsStage implements Stage {
    public static final EpisodeKind<Document> DOCUMENTS = EpisodeKind.of(30, "documents", "Document",
            Document.class, "documents", "docu_", "docu_document_id").preBirth()
            .coded("documentKind", "DOCUMENT_KIND", Document::documentKind);

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(DOCUMENTS);
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("document", "Document added");
    }
}
