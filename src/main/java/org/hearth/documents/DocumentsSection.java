package org.hearth.documents;

import org.hearth.access.View;

/** Whether the child's record shows the way to the documents: only to someone whose view opens them. */
public final class DocumentsSection {
    private DocumentsSection() {}

    /**
     * Asked by the child's page with the view it read (and audited) the record under; this discloses nothing more,
     * and asks the seam nothing again.
     */
    public static boolean shown(View view) {
        return view.canRead(DocumentService.PART);
    }
}
