package org.hearth.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Tika for real: the type from the content, never the name, and text extraction within its limits. */
class ContentInspectorTest {
    static final ContentInspector TIKA = new ContentInspector(1_000, Duration.ofSeconds(20));

    @AfterAll
    static void close() {
        TIKA.close();
    }

    @Test
    void shouldDetectAPdfAndADocxFromTheirContentAndFindTheirWords() throws Exception {
        byte[] pdf = TestDocuments.pdf("Conference report mentions zanzibarite");
        assertThat(TIKA.detect(pdf)).isEqualTo("application/pdf");
        assertThat(TIKA.text(pdf, "application/pdf").text()).contains("zanzibarite");
        byte[] docx = TestDocuments.docx("The letter mentions quixotical");
        assertThat(TIKA.detect(docx)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(TIKA.text(docx, TIKA.detect(docx)).text()).contains("quixotical");
    }

    @Test
    void shouldSeeAProgramAnArchiveAndAWebPageWhateverTheyAreCalled() throws Exception {
        assertThat(UploadRules.typeProblem(TIKA.detect(TestDocuments.windowsProgram()))).get().asString()
                .contains("program");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(UploadRules.typeProblem(TIKA.detect(zip.toByteArray()))).get().asString().contains("archive");
        assertThat(UploadRules.typeProblem(TIKA.detect("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8)))).get().asString().contains("web page");
        assertThat(UploadRules.typeProblem(TIKA.detect(("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8)))).isPresent();
        assertThat(TIKA.detect("Just a note about the visit.\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    }

    @Test
    void shouldCutTheTextAtItsLimit() {
        byte[] big = ("word ".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
        ContentInspector.Extracted e = TIKA.text(big, "text/plain");
        assertThat(e.truncated()).isTrue();
        assertThat(e.text().length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void shouldGiveUpOnAFileThatTakesTooLong() throws Exception {
        try (ContentInspector impatient = new ContentInspector(10_000_000, Duration.ofMillis(1))) {
            byte[] pdf = TestDocuments.pdf("slow " + "text ".repeat(2_000));
            ContentInspector.Extracted e = impatient.text(pdf, "application/pdf");
            assertThat(e.incomplete()).isTrue();
            assertThat(e.text()).isEmpty();
        }
    }
}
