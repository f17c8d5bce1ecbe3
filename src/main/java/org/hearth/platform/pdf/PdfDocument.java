package org.hearth.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small PDF 1.4 writer: A4 pages of text in the standard Helvetica fonts (every PDF reader has them, so nothing
 * is embedded) and thin rules. Text is WinAnsi-encoded; a character outside it prints as "?". Content streams are
 * left uncompressed, so the text can be checked by a test and the file stays simple. Enough for a chronology; not
 * a general PDF library.
 */
public final class PdfDocument {
    public static final float WIDTH = 595.28f;
    public static final float HEIGHT = 841.89f;

    /** The two standard fonts used: resource names F1 and F2. */
    public enum Font {
        REGULAR("Helvetica", "F1"), BOLD("Helvetica-Bold", "F2");

        final String baseFont;
        final String resource;

        Font(String baseFont, String resource) {
            this.baseFont = baseFont;
            this.resource = resource;
        }

        /** The width of {@code text} in points at {@code size}, from the standard font metrics. */
        public float width(String text, float size) {
            return FontMetrics.width(this == BOLD, text) * size / 1000f;
        }
    }

    /** One page's drawing operations, in PDF content-stream syntax. */
    public static final class Page {
        private final StringBuilder ops = new StringBuilder();

        /** Draws {@code text} with its baseline starting at (x, y), y measured from the bottom of the page. */
        public Page text(Font font, float size, float x, float y, String text) {
            return text(font, size, x, y, text, 0f);
        }

        /** As {@link #text(Font, float, float, float, String)}, in grey {@code grey} (0 black, 1 white). */
        public Page text(Font font, float size, float x, float y, String text, float grey) {
            ops.append("BT ").append(grey == 0f ? "0 g " : num(grey) + " g ")
                    .append('/').append(font.resource).append(' ').append(num(size)).append(" Tf ")
                    .append(num(x)).append(' ').append(num(y)).append(" Td ")
                    .append(literal(text)).append(" Tj ET\n");
            return this;
        }

        /** A straight rule from (x1, y1) to (x2, y2), {@code width} points thick. */
        public Page line(float x1, float y1, float x2, float y2, float width) {
            ops.append(num(width)).append(" w 0 G ").append(num(x1)).append(' ').append(num(y1)).append(" m ")
                    .append(num(x2)).append(' ').append(num(y2)).append(" l S\n");
            return this;
        }

        String content() {
            return ops.toString();
        }
    }

    private final String title;
    private final List<Page> pages = new ArrayList<>();

    public PdfDocument(String title) {
        this.title = title;
    }

    public Page newPage() {
        Page p = new Page();
        pages.add(p);
        return p;
    }

    public int pageCount() {
        return pages.size();
    }

    /** The whole file. Object numbers: 1 catalogue, 2 page tree, 3–4 fonts, 5 info, then a page and its content. */
    public byte[] toBytes() {
        if (pages.isEmpty()) {
            newPage();
        }
        Out out = new Out();
        out.ascii("%PDF-1.4\n");
        out.bytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'}); // marks the file as binary
        int objects = 5 + 2 * pages.size();
        long[] offsets = new long[objects + 1];

        offsets[1] = out.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(i == 0 ? "" : " ").append(6 + 2 * i).append(" 0 R");
        }
        offsets[2] = out.object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
        offsets[3] = out.object(3, font(Font.REGULAR));
        offsets[4] = out.object(4, font(Font.BOLD));
        offsets[5] = out.object(5, "<< /Title " + literal(title) + " /Producer (Hearth) >>");
        for (int i = 0; i < pages.size(); i++) {
            int pageObj = 6 + 2 * i;
            offsets[pageObj] = out.object(pageObj, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(WIDTH) + " "
                    + num(HEIGHT) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " + (pageObj + 1)
                    + " 0 R >>");
            byte[] stream = pages.get(i).content().getBytes(StandardCharsets.ISO_8859_1);
            offsets[pageObj + 1] = out.position();
            out.ascii((pageObj + 1) + " 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
            out.bytes(stream);
            out.ascii("\nendstream\nendobj\n");
        }
        long xref = out.position();
        out.ascii("xref\n0 " + (objects + 1) + "\n0000000000 65535 f \n");
        for (int i = 1; i <= objects; i++) {
            out.ascii(String.format("%010d 00000 n \n", offsets[i]));
        }
        out.ascii("trailer\n<< /Size " + (objects + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.buffer.toByteArray();
    }

    private static String font(Font f) {
        return "<< /Type /Font /Subtype /Type1 /BaseFont /" + f.baseFont + " /Encoding /WinAnsiEncoding >>";
    }

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    /**
     * A PDF literal string of {@code text} in WinAnsi, every byte outside printable ASCII and the three special
     * characters escaped, so the result is plain ASCII (held in a Java string byte for byte).
     */
    static String literal(String text) {
        byte[] bytes = winAnsi(text == null ? "" : text);
        StringBuilder s = new StringBuilder(bytes.length + 2).append('(');
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '(' || c == ')' || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c < 32 || c > 126) {
                s.append('\\').append(String.format("%03o", c));
            } else {
                s.append((char) c);
            }
        }
        return s.append(')').toString();
    }

    static byte[] winAnsi(String text) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'});
        try {
            ByteBuffer buf = encoder.encode(CharBuffer.wrap(text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ')));
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String num(float v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    /** A byte buffer that knows where it is, for the cross-reference table. */
    private static final class Out {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        long position() {
            return buffer.size();
        }

        void ascii(String s) {
            bytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        void bytes(byte[] b) {
            buffer.write(b, 0, b.length);
        }

        long object(int number, String dictionary) {
            long at = position();
            ascii(number + " 0 obj\n" + dictionary + "\nendobj\n");
            return at;
        }
    }
}
