package org.hearth.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a PDF the way a reader first meets it, without a PDF library: the header, the trailer's startxref pointing
 * at the cross-reference table, every in-use entry pointing at the start of its object, /Size counting them, and
 * every stream's /Length matching its bytes. Also gives the text shown on its pages, for assertions.
 */
public final class PdfStructure {
    private final String file; // ISO-8859-1: one char per byte, so string offsets are byte offsets

    public PdfStructure(byte[] bytes) {
        this.file = new String(bytes, StandardCharsets.ISO_8859_1);
    }

    public PdfStructure assertWellFormed() {
        assertThat(file).startsWith("%PDF-1.4\n");
        assertThat(file).endsWith("%%EOF\n");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(file);
        assertThat(start.find()).as("startxref at the end").isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(file.substring(xref)).as("startxref points at the xref table").startsWith("xref\n");
        Matcher head = Pattern.compile("xref\n0 (\\d+)\n").matcher(file).region(xref, file.length());
        assertThat(head.lookingAt()).isTrue();
        int count = Integer.parseInt(head.group(1));
        int at = head.end();
        assertThat(file.substring(at, at + 20)).isEqualTo("0000000000 65535 f \n");
        for (int i = 1; i < count; i++) {
            String entry = file.substring(at + 20 * i, at + 20 * (i + 1));
            assertThat(entry).as("xref entry %d", i).matches("\\d{10} 00000 n \n");
            int offset = Integer.parseInt(entry.substring(0, 10));
            assertThat(file.substring(offset)).as("object %d at offset %d", i, offset).startsWith(i + " 0 obj\n");
        }
        assertThat(file).contains("trailer\n<< /Size " + count + " /Root 1 0 R");
        Matcher stream = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(file);
        while (stream.find()) {
            int length = Integer.parseInt(stream.group(1));
            assertThat(file.substring(stream.end() + length)).as("stream length").startsWith("\nendstream\nendobj\n");
        }
        return this;
    }

    /** Number of page objects. */
    public int pages() {
        Matcher m = Pattern.compile("/Type /Page /Parent").matcher(file);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Every string shown with Tj, unescaped, in order. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\(((?:[^()\\\\]|\\\\.|\\\\[0-7]{3})*)\\) Tj").matcher(file);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    public String text() {
        return String.join("\n", texts());
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char n = s.charAt(i + 1);
                if (n >= '0' && n <= '7') {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                    i += 3;
                } else {
                    b.append(n);
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        byte[] raw = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        return new String(raw, java.nio.charset.Charset.forName("windows-1252"));
    }
}
