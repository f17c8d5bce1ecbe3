package org.hearth.documents;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Restricted;
import org.hearth.journey.JourneyRecord;

/**
 * A document kept with the child's record (a report, a letter, a photograph, a signed plan), optionally belonging to a
 * step of the journey ({@code stepKind} and {@code stepId}, e.g. a CP plan). The content is not here: it is in the
 * document store under {@code storageKey}, hashed with SHA-256 so a changed file is found on reading. A confidential
 * document is shown only to those who may see "do not disclose" records (the allocated worker and their manager).
 *
 * @param fileName  a name Hearth made from the title and the detected type, never the name the client sent
 * @param mediaType the type Tika detected from the content
 */
public record Document(UUID id, UUID personId, String documentKind, String documentTitle, LocalDate documentDate,
                       Boolean confidential, String stepKind, UUID stepId, String fileName, String mediaType,
                       Integer sizeBytes, String sha256, String storage, String storageKey, String uploadedBy,
                       String uploadedAt) implements JourneyRecord, Restricted {
    public Document {
        confidential = Boolean.TRUE.equals(confidential);
    }

    @Override
    public boolean restricted() {
        return confidential;
    }

    @Override
    public LocalDate startDate() {
        return documentDate;
    }

    @Override
    public String summary() {
        return "Document added: " + documentTitle;
    }
}
