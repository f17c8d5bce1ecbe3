package org.hearth.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real documents made for tests: a PDF (PDFBox) and a DOCX (POI), each holding the words given. */
public final class TestDocuments {
    private TestDocuments() {}

    public static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(50, 700);
                String line = text.length() > 90 ? text.substring(0, 90) : text;
                s.showText(line);
                for (int i = 90; i < text.length(); i += 90) {
                    s.newLineAtOffset(0, -14);
                    s.showText(text.substring(i, Math.min(text.length(), i + 90)));
                }
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The start of a Windows program (an "MZ" header and a PE signature): what a renamed .exe begins with. */
    public static byte[] windowsProgram() {
        byte[] b = new byte[1024];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        for (int i = 0x100; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }
}
