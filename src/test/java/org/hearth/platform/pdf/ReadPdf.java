package org.hearth.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF parsed back with PDFBox, for tests: its text, where each run of text starts, its tags and its catalogue. */
public final class ReadPdf {
    /** A run of text on one line (split where the gap between glyphs is wider than a space) and where it starts. */
    public record Run(int page, float x, float y, String text) {}

    public final String text;
    /** The text with every run of white space (line breaks inside a table cell too) as one space. */
    public final String flat;
    public final List<Run> runs = new ArrayList<>();
    public final Set<String> tags = new LinkedHashSet<>();
    public final String language;
    public final String title;
    public final boolean marked;
    public final boolean displayDocTitle;
    public final int pages;
    public final List<String> fonts = new ArrayList<>();
    public final boolean fontsEmbedded;

    public ReadPdf(byte[] bytes) {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
            language = doc.getDocumentCatalog().getLanguage();
            title = doc.getDocumentInformation().getTitle();
            marked = doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked();
            displayDocTitle = doc.getDocumentCatalog().getViewerPreferences() != null
                    && doc.getDocumentCatalog().getViewerPreferences().displayDocTitle();
            if (doc.getDocumentCatalog().getStructureTreeRoot() != null) {
                walk(doc.getDocumentCatalog().getStructureTreeRoot());
            }
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont f = resources.getFont(name);
                    fonts.add(f.getName());
                    embedded &= f.isEmbedded();
                }
            }
            fontsEmbedded = embedded && !fonts.isEmpty();
            text = new PDFTextStripper().getText(doc);
            flat = text.replaceAll("\\s+", " ");
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> glyphs) {
                    StringBuilder run = new StringBuilder();
                    TextPosition start = null;
                    TextPosition previous = null;
                    for (TextPosition g : glyphs) {
                        if (previous != null && g.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                                > 3 * Math.max(previous.getWidthOfSpace(), 1)) {
                            runs.add(new Run(getCurrentPageNo(), start.getXDirAdj(), start.getYDirAdj(), run.toString().strip()));
                            run.setLength(0);
                            start = null;
                        }
                        if (start == null) {
                            start = g;
                        }
                        run.append(g.getUnicode());
                        previous = g;
                    }
                    if (start != null) {
                        runs.add(new Run(getCurrentPageNo(), start.getXDirAdj(), start.getYDirAdj(), run.toString().strip()));
                    }
                }
            };
            positions.setSortByPosition(true);
            positions.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void walk(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                walk(e);
            }
        }
    }

    /** The runs whose text is exactly this. */
    public List<Run> runs(String exactly) {
        return runs.stream().filter(r -> r.text().equals(exactly)).toList();
    }

    /** The first run whose text starts with this. */
    public Run run(String startingWith) {
        return runs.stream().filter(r -> r.text().startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no text starting '" + startingWith + "' in " + runs));
    }
}
