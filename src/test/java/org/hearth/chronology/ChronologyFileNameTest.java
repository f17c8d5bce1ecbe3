package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChronologyFileNameTest {
    private static final UUID CHILD = UUID.fromString("2f0c7b3e-9a51-4d7e-8a43-1c2d3e4f5a6b");

    @Test
    void shouldNameTheDownloadAfterAPlainLocalId() {
        assertThat(ChronologyDownload.fileName("C0001234", CHILD)).isEqualTo("chronology-C0001234.pdf");
    }

    @Test
    void shouldFallBackToTheRecordIdForALocalIdThatCouldShapeTheHeaderOrThePath() {
        for (String hostile : new String[] {"../../etc/passwd", "a\"; filename=evil.exe", "a\r\nSet-Cookie: x=1",
                "x".repeat(41), "", " C1", "a/b", "a\\b", "..", "C1\u0000", "ünï"}) {
            assertThat(ChronologyDownload.fileName(hostile, CHILD)).as(hostile).isEqualTo("chronology-" + CHILD + ".pdf");
        }
        assertThat(ChronologyDownload.fileName(null, CHILD)).isEqualTo("chronology-" + CHILD + ".pdf");
    }
}
