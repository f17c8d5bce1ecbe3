package org.hearth.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadRulesTest {
    static final long MB = 1024 * 1024;

    @Test
    void shouldKeepReportsLettersAndPhotographsByTheirDetectedType() {
        for (String type : new String[] {"application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
                "application/vnd.oasis.opendocument.text", "text/plain; charset=UTF-8", "image/jpeg", "image/png",
                "image/heic"}) {
            assertThat(UploadRules.typeProblem(type)).as(type).isEmpty();
        }
    }

    @Test
    void shouldRefuseProgramsWhateverTheirNameSays() {
        assertThat(UploadRules.typeProblem("application/x-msdownload")).get().asString()
                .startsWith("The file is a program, whatever its name says");
        assertThat(UploadRules.typeProblem("application/x-executable")).get().asString().contains("program");
        assertThat(UploadRules.typeProblem("application/x-sh")).get().asString().contains("program");
        assertThat(UploadRules.typeProblem("application/vnd.ms-word.document.macroEnabled.12")).get().asString()
                .contains("program");
    }

    @Test
    void shouldRefuseArchivesAndAskForTheDocumentsInThem() {
        assertThat(UploadRules.typeProblem("application/zip")).get().asString().contains("archive");
        assertThat(UploadRules.typeProblem("application/x-7z-compressed")).get().asString().contains("archive");
        assertThat(UploadRules.typeProblem("application/gzip")).get().asString().contains("archive");
    }

    @Test
    void shouldRefuseWebPagesAndSvgBecauseTheyCanCarryScript() {
        assertThat(UploadRules.typeProblem("text/html")).get().asString().contains("web page or an SVG");
        assertThat(UploadRules.typeProblem("image/svg+xml")).get().asString().contains("web page or an SVG");
        assertThat(UploadRules.typeProblem("application/xhtml+xml")).get().asString().contains("web page");
    }

    @Test
    void shouldRefuseAnyOtherTypeSayingWhatIsKept() {
        assertThat(UploadRules.typeProblem("application/vnd.ms-excel")).get().asString()
                .contains("Hearth cannot keep this kind of file").contains("a PDF");
        assertThat(UploadRules.typeProblem(null)).isPresent();
        assertThat(UploadRules.typeProblem("application/octet-stream")).isPresent();
    }

    @Test
    void shouldRefuseAFileOverTheLimitSayingBothSizes() {
        assertThat(UploadRules.sizeProblem(20 * MB, 20 * MB)).isEmpty();
        assertThat(UploadRules.sizeProblem(20 * MB + 1, 20 * MB)).get().asString()
                .isEqualTo("The selected file must be smaller than 20 MB (it is 20.1 MB)");
        assertThat(UploadRules.sizeProblem(0, 20 * MB)).get().asString().contains("empty");
    }

    @Test
    void shouldNameDownloadsFromTheTitleAndTheDetectedTypeNeverTheClientsName() {
        assertThat(SafeFileName.of("ICPC report: Ann \"Smith\"", "application/pdf")).isEqualTo("ICPC-report-Ann-Smith.pdf");
        assertThat(SafeFileName.of("../../etc/passwd", "text/plain")).isEqualTo("etc-passwd.txt");
        assertThat(SafeFileName.of("report.pdf.exe", "application/pdf")).isEqualTo("report-pdf-exe.pdf");
        assertThat(SafeFileName.of("Zoë's plan\r\nSet-Cookie: x", "image/png")).isEqualTo("Zoe-s-plan-Set-Cookie-x.png");
        assertThat(SafeFileName.of("!!!", "application/pdf")).isEqualTo("document.pdf");
        assertThat(SafeFileName.of("a".repeat(300), "application/pdf")).hasSize(SafeFileName.MAX + 4);
    }
}
