package org.hearth.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.platform.pdf.PdfDocument.Font;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {
    @Test
    void shouldWriteAWellFormedPdfWithCorrectCrossReferenceOffsets() {
        PdfDocument pdf = new PdfDocument("Test");
        pdf.newPage().text(Font.BOLD, 12, 50, 800, "First page").line(50, 790, 500, 790, 1);
        pdf.newPage().text(Font.REGULAR, 10, 50, 800, "Second page");

        PdfStructure structure = new PdfStructure(pdf.toBytes()).assertWellFormed();

        assertThat(structure.pages()).isEqualTo(2);
        assertThat(structure.texts()).containsExactly("First page", "Second page");
    }

    @Test
    void shouldEscapeParenthesesBackslashesAndNonAsciiText() {
        PdfDocument pdf = new PdfDocument("Escapes");
        pdf.newPage().text(Font.REGULAR, 10, 50, 800, "Zoë said (loudly) \\ “no” – 5 £")
                .text(Font.REGULAR, 10, 50, 780, "Emoji 🙂 becomes a question mark");

        byte[] bytes = pdf.toBytes();
        PdfStructure structure = new PdfStructure(bytes).assertWellFormed();

        assertThat(structure.texts()).containsExactly("Zoë said (loudly) \\ “no” – 5 £", "Emoji ? becomes a question mark");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("\\(loudly\\)");
    }

    @Test
    void shouldWriteOneEmptyPageWhenNothingWasDrawn() {
        PdfStructure structure = new PdfStructure(new PdfDocument("Empty").toBytes()).assertWellFormed();
        assertThat(structure.pages()).isEqualTo(1);
    }

    @Test
    void shouldWrapTextAtSpacesToFitTheWidth() {
        String text = "The child was seen alone at home and talked about school, football and her little brother";
        List<String> lines = FontMetrics.wrap(Font.REGULAR, text, 10, 150);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(l -> assertThat(Font.REGULAR.width(l, 10)).isLessThanOrEqualTo(150f));
    }

    @Test
    void shouldBreakAWordTooLongForTheLine() {
        List<String> lines = FontMetrics.wrap(Font.REGULAR, "x".repeat(200), 10, 100);
        assertThat(String.join("", lines)).isEqualTo("x".repeat(200));
        assertThat(lines).allSatisfy(l -> assertThat(Font.REGULAR.width(l, 10)).isLessThanOrEqualTo(100f));
    }

    @Test
    void shouldMeasureBoldWiderThanRegular() {
        assertThat(Font.BOLD.width("Chronology", 10)).isGreaterThan(Font.REGULAR.width("Chronology", 10));
        assertThat(Font.REGULAR.width("MMMM", 10)).isEqualTo(4 * 8.33f, org.assertj.core.data.Offset.offset(0.01f));
    }
}
