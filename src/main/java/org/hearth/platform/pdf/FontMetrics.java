package org.hearth.platform.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Character widths (thousandths of the font size) of the standard Helvetica and Helvetica-Bold fonts for printable
 * ASCII, the published metrics every PDF reader uses; other characters are taken as an average letter. Used to
 * wrap text to a column.
 */
public final class FontMetrics {
    private FontMetrics() {}

    // Widths of characters 32 (space) to 126 (~).
    private static final short[] REGULAR = {
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p to ~
    private static final short[] BOLD = {
            278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
            975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
            333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
            611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

    /** Width of {@code text} in thousandths of the font size. */
    static int width(boolean bold, String text) {
        short[] table = bold ? BOLD : REGULAR;
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c >= 32 && c <= 126 ? table[c - 32] : bold ? 611 : 556;
        }
        return w;
    }

    /**
     * {@code text} broken into lines no wider than {@code maxWidth} points at {@code size}: at spaces where it can,
     * and inside a word only when the word alone is too wide. Never returns an empty list.
     */
    public static List<String> wrap(PdfDocument.Font font, String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        while (font.width(rest, size) > maxWidth) {
            int cut = fit(font, rest, size, maxWidth);
            int space = rest.lastIndexOf(' ', cut);
            int end = space > 0 ? space : Math.max(cut, 1);
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        lines.add(rest);
        return lines;
    }

    /** How many leading characters of {@code text} fit in {@code maxWidth}. */
    private static int fit(PdfDocument.Font font, String text, float size, float maxWidth) {
        int n = 0;
        float w = 0;
        while (n < text.length()) {
            w += font.width(String.valueOf(text.charAt(n)), size);
            if (w > maxWidth) {
                break;
            }
            n++;
        }
        return n;
    }
}
