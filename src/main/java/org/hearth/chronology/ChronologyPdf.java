package org.hearth.chronology;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.hearth.platform.pdf.TaggedPdf;
import org.hearth.platform.pdf.TaggedPdf.Weight;

/**
 * The chronology as a printable, tagged A4 PDF: a title block (the child's name, LA id and date of birth, when and by
 * whom it was printed, what it shows), then a table of the events in date order with aligned columns. The full
 * chronology's columns are date, type of event, what happened and who recorded it; the significant-events chronology
 * (the court-style one) has date, event, source and significance. Every page is marked OFFICIAL-SENSITIVE at top and
 * bottom and numbered "Page n of m"; those are artifacts, not content.
 */
public final class ChronologyPdf {
    public static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    static final float MARGIN = 40;
    private static final float TOP = TaggedPdf.HEIGHT - 60;
    private static final float BOTTOM = 55;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;
    private static final float PAD = 4;

    /** Who the chronology is about and how it was asked for. */
    public record Heading(String childName, String laId, LocalDate dob, String council, String printedBy,
                          LocalDateTime printedAt, String showing) {}

    /** A column of the table: its heading and width. */
    record Column(String heading, float width) {}

    static final List<Column> FULL = List.of(new Column("Date", 88), new Column("Type of event", 100),
            new Column("What happened", 212), new Column("Recorded by", 115));
    static final List<Column> SIGNIFICANT = List.of(new Column("Date", 88), new Column("Event", 160),
            new Column("Source", 110), new Column("Significance", 157));

    private ChronologyPdf() {}

    /** The full chronology. */
    public static byte[] render(Heading h, List<Chronology.Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (Chronology.Entry e : entries) {
            rows.add(List.of(DAY.format(e.date()), ChronologyFilter.label(e.kind()), e.summary(), e.recordedByWords()));
        }
        return render(h, "Chronology", FULL, rows, entries.size());
    }

    /** The significant-events chronology: only the entries marked significant, with why. */
    public static byte[] renderSignificant(Heading h, List<Chronology.Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Chronology.Entry e : entries) {
            if (!e.significant()) {
                continue;
            }
            n++;
            rows.add(List.of(DAY.format(e.date()), e.summary(),
                    ChronologyFilter.label(e.kind()) + ", recorded by " + e.recordedByWords(), e.significance()));
        }
        return render(h, "Significant events chronology", SIGNIFICANT, rows, n);
    }

    private static byte[] render(Heading h, String title, List<Column> columns, List<List<String>> rows, int count) {
        try (TaggedPdf pdf = new TaggedPdf(title + ": " + h.childName(), "en-GB")) {
            float contentWidth = TaggedPdf.WIDTH - 2 * MARGIN;
            TaggedPdf.Page page = pdf.newPage();
            float y = TOP;
            PDStructureElement doc = pdf.document();
            pdf.text(page, pdf.element(StandardStructureTypes.H1, doc), Weight.BOLD, 18, MARGIN, y, 22, List.of(title), 0);
            y -= 24;
            List<String> name = pdf.wrap(Weight.BOLD, h.childName(), 13, contentWidth);
            pdf.text(page, pdf.element(StandardStructureTypes.H2, doc), Weight.BOLD, 13, MARGIN, y, 16, name, 0);
            y -= 16 * name.size() + 2;
            List<String> about = new ArrayList<>();
            about.add("LA id: " + orNotRecorded(h.laId()) + "      Date of birth: "
                    + (h.dob() == null ? "not known" : DAY.format(h.dob())));
            about.add("Printed on " + PRINTED.format(h.printedAt()) + " by " + h.printedBy()
                    + (h.council() == null ? "" : ", " + h.council()));
            about.add("Showing: " + h.showing() + " (" + count + (count == 1 ? " event" : " events") + "), oldest first");
            for (String paragraph : about) {
                List<String> lines = pdf.wrap(Weight.REGULAR, paragraph, 10, contentWidth);
                pdf.text(page, pdf.element(StandardStructureTypes.P, doc), Weight.REGULAR, 10, MARGIN, y, 13, lines, 0);
                y -= 13 * lines.size() + 1;
            }
            y -= 8;
            if (rows.isEmpty()) {
                pdf.text(page, pdf.element(StandardStructureTypes.P, doc), Weight.REGULAR, 10, MARGIN, y, 13,
                        List.of(columns == SIGNIFICANT ? "No events have been marked as significant."
                                : "No events recorded."), 0);
            } else {
                PDStructureElement table = pdf.element(StandardStructureTypes.TABLE, doc);
                y = header(pdf, page, pdf.element(StandardStructureTypes.TR, table), columns, y, false);
                for (List<String> row : rows) {
                    List<List<String>> cells = new ArrayList<>();
                    int tallest = 0;
                    for (int c = 0; c < columns.size(); c++) {
                        List<String> lines = pdf.wrap(Weight.REGULAR, row.get(c), SIZE, columns.get(c).width() - 2 * PAD);
                        cells.add(lines);
                        tallest = Math.max(tallest, lines.size());
                    }
                    int done = 0;
                    boolean first = true;
                    while (done < tallest) {
                        int fits = (int) Math.floor((y - BOTTOM - 2 * PAD) / LEADING);
                        boolean wholeFitsOnANewPage = tallest * LEADING + 2 * PAD < TOP - BOTTOM - 40;
                        if (fits < 1 || first && fits < tallest && wholeFitsOnANewPage) {
                            page = pdf.newPage();
                            y = header(pdf, page, null, columns, TOP, true);
                            continue;
                        }
                        int take = Math.min(fits, tallest - done);
                        PDStructureElement tr = pdf.element(StandardStructureTypes.TR, table);
                        float x = MARGIN;
                        for (int c = 0; c < columns.size(); c++) {
                            PDStructureElement td = pdf.element(StandardStructureTypes.TD, tr);
                            List<String> lines = cells.get(c);
                            List<String> part = lines.subList(Math.min(done, lines.size()), Math.min(done + take, lines.size()));
                            if (!part.isEmpty()) {
                                pdf.text(page, td, Weight.REGULAR, SIZE, x + PAD, y - PAD - SIZE, LEADING, part, 0);
                            }
                            x += columns.get(c).width();
                        }
                        y -= take * LEADING + 2 * PAD;
                        pdf.line(page, MARGIN, y, MARGIN + contentWidth, 0.4f);
                        done += take;
                        first = false;
                    }
                }
            }
            List<TaggedPdf.Page> pages = pdf.pages();
            for (TaggedPdf.Page p : pages) {
                float markWidth = pdf.width(Weight.BOLD, MARKING, 9);
                pdf.text(p, null, Weight.BOLD, 9, (TaggedPdf.WIDTH - markWidth) / 2, TaggedPdf.HEIGHT - 30, 0,
                        List.of(MARKING), 0);
                pdf.text(p, null, Weight.BOLD, 9, (TaggedPdf.WIDTH - markWidth) / 2, 22, 0, List.of(MARKING), 0);
                pdf.text(p, null, Weight.REGULAR, 8, MARGIN, 36, 0,
                        List.of(h.childName() + ", LA id " + orNotRecorded(h.laId())), 0.3f);
                String number = "Page " + p.number() + " of " + pages.size();
                pdf.text(p, null, Weight.REGULAR, 8, TaggedPdf.WIDTH - MARGIN - pdf.width(Weight.REGULAR, number, 8), 36,
                        0, List.of(number), 0.3f);
            }
            return pdf.toBytes();
        }
    }

    /** The table's header row: tagged TH cells on the first page, an artifact where it repeats on later pages. */
    private static float header(TaggedPdf pdf, TaggedPdf.Page page, PDStructureElement row, List<Column> columns,
                                float y, boolean repeated) {
        float x = MARGIN;
        for (Column c : columns) {
            PDStructureElement th = repeated ? null : pdf.headerCell(row);
            pdf.text(page, th, Weight.BOLD, SIZE, x + PAD, y - PAD - SIZE, LEADING, List.of(c.heading()), 0);
            x += c.width();
        }
        y -= LEADING + 2 * PAD;
        pdf.line(page, MARGIN, y, TaggedPdf.WIDTH - MARGIN, 0.9f);
        return y;
    }

    private static String orNotRecorded(String s) {
        return s == null || s.isBlank() ? "not recorded" : s;
    }
}
