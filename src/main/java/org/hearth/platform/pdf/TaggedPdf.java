package org.hearth.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged, accessible A4 PDF made with Apache PDFBox: a structure tree (Document, headings, paragraphs, tables of
 * rows of header and data cells) over marked content, {@code /Lang}, a title shown as the window title, MarkInfo
 * Marked true, and an embedded Unicode font (DejaVu Sans, its licence in {@code fonts/LICENSE-DejaVu.txt}; GOV.UK's
 * fonts are not licensed for use outside GOV.UK). Running headers, footers and rules are artifacts, so a screen reader
 * reads the document once, not the page furniture. Text only: no links, so no internal address reaches a PDF.
 */
public final class TaggedPdf implements AutoCloseable {
    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();

    public enum Weight { REGULAR, BOLD }

    private final PDDocument doc = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDStructureElement document;
    private final PDStructureTreeRoot root;
    private final List<Page> pages = new ArrayList<>();
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final List<org.apache.fontbox.ttf.TrueTypeFont> fontFiles = new ArrayList<>();

    /** One page being drawn: its content stream and the structure elements its marked content belongs to (by MCID). */
    public final class Page {
        final PDPage page;
        final PDPageContentStream content;
        final List<PDStructureElement> byMcid = new ArrayList<>();
        final int index;

        Page(int index) throws IOException {
            this.index = index;
            this.page = new PDPage(PDRectangle.A4);
            page.setStructParents(index);
            doc.addPage(page);
            this.content = new PDPageContentStream(doc, page);
        }

        public int number() {
            return index + 1;
        }
    }

    public TaggedPdf(String title, String language) {
        try {
            regular = font("fonts/DejaVuSans.ttf");
            bold = font("fonts/DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Hearth (Apache PDFBox)");
        root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setTitle(title);
        document.setLanguage(language);
        root.appendKid(document);
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = TaggedPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            // Ligatures off: a reader copying or searching "significant" must not meet an "ﬁ" glyph standing for two letters.
            org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            fontFiles.add(ttf);
            return PDType0Font.load(doc, ttf, true);
        }
    }

    public Page newPage() {
        try {
            Page p = new Page(pages.size());
            pages.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Page> pages() {
        return List.copyOf(pages);
    }

    /** The document's top structure element, parent of headings, paragraphs and tables. */
    public PDStructureElement document() {
        return document;
    }

    /** A new structure element of the type (H1, P, Table, TR, TD…) under the parent. */
    public PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** A header cell of a table, scoped to its column, so a screen reader can announce it with each cell. */
    public PDStructureElement headerCell(PDStructureElement row) {
        PDStructureElement th = element(StandardStructureTypes.TH, row);
        COSDictionary attributes = new COSDictionary();
        attributes.setName(COSName.O, "Table");
        attributes.setName(COSName.getPDFName("Scope"), "Column");
        th.getCOSObject().setItem(COSName.A, attributes);
        return th;
    }

    public float width(Weight weight, String text, float size) {
        try {
            return (weight == Weight.BOLD ? bold : regular).getStringWidth(printable(weight, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as lines no wider than {@code maxWidth}: broken at its own line breaks, then on spaces, then inside a word too long for a line. */
    public List<String> wrap(Weight weight, String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("[ \\t]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(weight, candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (rest.length() > 1 && width(weight, rest, size) > maxWidth) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(weight, rest.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * Draws lines of text from (x, y) downwards as one piece of marked content belonging to the element; a null
     * element draws them as a pagination artifact (running header, footer, a table header repeated on a new page).
     */
    public void text(Page page, PDStructureElement element, Weight weight, float size, float x, float y, float leading,
                     List<String> lines, float grey) {
        try {
            PDPageContentStream cs = page.content;
            COSDictionary properties = new COSDictionary();
            if (element == null) {
                properties.setName(COSName.TYPE, "Pagination");
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
            } else {
                int mcid = page.byMcid.size();
                page.byMcid.add(element);
                properties.setInt(COSName.MCID, mcid);
                cs.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setMCID(mcid);
                ref.setPage(page.page);
                element.appendKid(ref);
            }
            cs.setNonStrokingColor(grey, grey, grey);
            cs.beginText();
            cs.setFont(weight == Weight.BOLD ? bold : regular, size);
            cs.newLineAtOffset(x, y);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    cs.newLineAtOffset(0, -leading);
                }
                cs.showText(printable(weight, lines.get(i)));
            }
            cs.endText();
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule across the page: decoration, so an artifact. */
    public void line(Page page, float x1, float y, float x2, float thickness) {
        try {
            PDPageContentStream cs = page.content;
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Layout");
            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
            cs.setStrokingColor(0.55f, 0.55f, 0.55f);
            cs.setLineWidth(thickness);
            cs.moveTo(x1, y);
            cs.lineTo(x2, y);
            cs.stroke();
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what the font cannot draw (and control characters) replaced, so no note can break a PDF. */
    String printable(Weight weight, String text) {
        PDType0Font font = weight == Weight.BOLD ? bold : regular;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            int key = cp * 2 + (weight == Weight.BOLD ? 1 : 0);
            Boolean ok = drawable.get(key);
            if (ok == null) {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    ok = true;
                } catch (IOException | IllegalArgumentException e) {
                    ok = false;
                }
                drawable.put(key, ok);
            }
            if (ok) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Closes every page, writes the parent tree that ties marked content to its elements, and returns the bytes. */
    public byte[] toBytes() {
        try {
            Map<Integer, COSObjectable> numbers = new LinkedHashMap<>();
            for (Page p : pages) {
                p.content.close();
                COSArray elements = new COSArray();
                for (PDStructureElement e : p.byMcid) {
                    elements.add(e);
                }
                numbers.put(p.index, elements);
            }
            PDNumberTreeNode parentTree = new PDNumberTreeNode(COSArray.class);
            parentTree.setNumbers(numbers);
            root.setParentTree(parentTree);
            root.setParentTreeNextKey(pages.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
            for (org.apache.fontbox.ttf.TrueTypeFont ttf : fontFiles) {
                ttf.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
