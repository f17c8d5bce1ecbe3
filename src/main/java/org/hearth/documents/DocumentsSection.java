package org.hearth.documents;

import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.CurrentActor;
import org.springframework.stereotype.Component;

/** Whether the child's record shows the way to the documents: only to someone whose view opens them. */
@Component("documentsSection")
public class DocumentsSection {
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    DocumentsSection(AccessSeam seam, CurrentActor currentActor) {
        this.seam = seam;
        this.currentActor = currentActor;
    }

    /** Asked by the child's page, which has read and audited the record already; this discloses nothing more. */
    public boolean shown(UUID childId) {
        return seam.view(currentActor.get(), childId).canRead(DocumentService.PART);
    }
}
