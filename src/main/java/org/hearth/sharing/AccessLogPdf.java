package org.hearth.sharing;

import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.hearth.platform.pdf.TaggedPdf;
import org.hearth.platform.pdf.TaggedPdf.Weight;

/** The child's access log as a tagged A4 PDF for a subject access request: a title, then one paragraph per access. */
final class AccessLogPdf {
    private static final float MARGIN = 50;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;

    private AccessLogPdf() {}

    static byte[] render(String childName, String council, List<AccessLog.Entry> entries) {
        String title = "Who has seen " + childName + "'s record";
        try (TaggedPdf pdf = new TaggedPdf(title, "en-GB")) {
            float width = TaggedPdf.WIDTH - 2 * MARGIN;
            TaggedPdf.Page page = pdf.newPage();
            PDStructureElement doc = pdf.document();
            float y = TaggedPdf.HEIGHT - 60;
            pdf.text(page, pdf.element(StandardStructureTypes.H1, doc), Weight.BOLD, 16, MARGIN, y, 20, List.of(title), 0);
            y -= 24;
            List<String> intro = pdf.wrap(Weight.REGULAR, "Every time someone at " + council + " or a partner "
                    + "organisation opened, changed or was refused a part of the record, newest first ("
                    + entries.size() + " entries).", SIZE, width);
            pdf.text(page, pdf.element(StandardStructureTypes.P, doc), Weight.REGULAR, SIZE, MARGIN, y, LEADING, intro, 0);
            y -= LEADING * intro.size() + 8;
            for (AccessLog.Entry e : entries) {
                List<String> lines = pdf.wrap(Weight.REGULAR, e.when() + " — " + e.who() + " (" + e.agency() + ") "
                        + e.did() + " " + e.part() + (e.why().isEmpty() ? "" : ". Why: " + e.why()), SIZE, width);
                if (y - LEADING * lines.size() < 50) {
                    page = pdf.newPage();
                    y = TaggedPdf.HEIGHT - 60;
                }
                pdf.text(page, pdf.element(StandardStructureTypes.P, doc), Weight.REGULAR, SIZE, MARGIN, y, LEADING,
                        lines, 0);
                y -= LEADING * lines.size() + 4;
            }
            return pdf.toBytes();
        }
    }
}
