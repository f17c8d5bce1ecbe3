package org.hearth.chronology;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.platform.pdf.FontMetrics;
import org.hearth.platform.pdf.PdfDocument;
import org.hearth.platform.pdf.PdfDocument.Font;

/**
 * The chronology as a printable A4 document: a title block (the child's name, LA id and date of birth, when and by
 * whom it was printed, which kinds of event it shows), then every event in date order, each kept whole on a page.
 * Every page is marked OFFICIAL-SENSITIVE at top and bottom and numbered "Page n of m".
 */
public final class ChronologyPdf {
    public static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final float MARGIN = 50;
    private static final float TOP = PdfDocument.HEIGHT - 60;
    private static final float BOTTOM = 60;
    private static final float DATE_X = MARGIN;
    private static final float TEXT_X = MARGIN + 100;
    private static final float TEXT_WIDTH = PdfDocument.WIDTH - MARGIN - TEXT_X;

    /** Who the chronology is about and how it was asked for. */
    public record Heading(String childName, String laId, LocalDate dob, String council, String printedBy,
                          LocalDateTime printedAt, String showing) {}

    private ChronologyPdf() {}

    public static byte[] render(Heading h, List<Chronology.Entry> entries) {
        PdfDocument pdf = new PdfDocument("Chronology: " + h.childName());
        List<PdfDocument.Page> pages = new ArrayList<>();
        PdfDocument.Page page = pdf.newPage();
        pages.add(page);
        float y = TOP;
        page.text(Font.BOLD, 20, MARGIN, y, "Chronology");
        y -= 26;
        for (String line : FontMetrics.wrap(Font.BOLD, h.childName(), 14, PdfDocument.WIDTH - 2 * MARGIN)) {
            page.text(Font.BOLD, 14, MARGIN, y, line);
            y -= 18;
        }
        page.text(Font.REGULAR, 10, MARGIN, y, "LA id: " + nullToDash(h.laId())
                + "      Date of birth: " + (h.dob() == null ? "not known" : DAY.format(h.dob())));
        y -= 14;
        page.text(Font.REGULAR, 10, MARGIN, y, "Printed on " + PRINTED.format(h.printedAt()) + " by " + h.printedBy()
                + (h.council() == null ? "" : ", " + h.council()));
        y -= 14;
        for (String line : FontMetrics.wrap(Font.REGULAR, "Showing: " + h.showing() + " (" + entries.size()
                + (entries.size() == 1 ? " event" : " events") + "), oldest first", 10, PdfDocument.WIDTH - 2 * MARGIN)) {
            page.text(Font.REGULAR, 10, MARGIN, y, line);
            y -= 14;
        }
        y -= 4;
        page.line(MARGIN, y, PdfDocument.WIDTH - MARGIN, y, 0.75f);
        y -= 20;
        if (entries.isEmpty()) {
            page.text(Font.REGULAR, 10, MARGIN, y, "No events recorded.");
        }
        for (Chronology.Entry e : entries) {
            List<String> lines = FontMetrics.wrap(Font.REGULAR, e.summary(), 10, TEXT_WIDTH);
            float height = 13 + lines.size() * 13 + 11 + 8;
            if (y - height < BOTTOM) {
                page = pdf.newPage();
                pages.add(page);
                y = TOP;
            }
            page.text(Font.BOLD, 10, DATE_X, y, DAY.format(e.date()));
            page.text(Font.BOLD, 10, TEXT_X, y, ChronologyFilter.label(e.kind()));
            y -= 13;
            for (String line : lines) {
                page.text(Font.REGULAR, 10, TEXT_X, y, line);
                y -= 13;
            }
            page.text(Font.REGULAR, 8, TEXT_X, y, "Recorded by " + e.recordedBy(), 0.35f);
            y -= 19;
        }
        for (int i = 0; i < pages.size(); i++) {
            PdfDocument.Page p = pages.get(i);
            float markWidth = Font.BOLD.width(MARKING, 9);
            p.text(Font.BOLD, 9, (PdfDocument.WIDTH - markWidth) / 2, PdfDocument.HEIGHT - 30, MARKING);
            p.text(Font.BOLD, 9, (PdfDocument.WIDTH - markWidth) / 2, 25, MARKING);
            p.text(Font.REGULAR, 8, MARGIN, 25, h.childName() + ", LA id " + nullToDash(h.laId()), 0.35f);
            String number = "Page " + (i + 1) + " of " + pages.size();
            p.text(Font.REGULAR, 8, PdfDocument.WIDTH - MARGIN - Font.REGULAR.width(number, 8), 25, number, 0.35f);
        }
        return pdf.toBytes();
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "not recorded" : s;
    }
}
