package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.pdf.PdfStructure;
import org.junit.jupiter.api.Test;

class ChronologyPdfTest {
    static final ChronologyPdf.Heading HEADING = new ChronologyPdf.Heading("Amara Okafor", "LA1234",
            LocalDate.of(2016, 2, 29), "Example Borough Council", "Sam Worker", LocalDateTime.of(2026, 11, 23, 11, 40),
            "All kinds of event");

    static Chronology.Entry entry(LocalDate date, String kind, String summary) {
        return new Chronology.Entry(date, kind, summary, UUID.randomUUID(), "sw.test", Instant.now());
    }

    @Test
    void shouldStartWithATitleBlockNamingTheChildAndMarkedOfficialSensitive() {
        byte[] pdf = ChronologyPdf.render(HEADING, List.of(entry(LocalDate.of(2025, 3, 1), "visits", "Visit (CIN): child seen alone")));

        PdfStructure structure = new PdfStructure(pdf).assertWellFormed();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(structure.texts()).contains("Chronology", "Amara Okafor", "LA id: LA1234      Date of birth: 29 February 2016",
                "Printed on 23 November 2026 at 11:40 by Sam Worker, Example Borough Council",
                "OFFICIAL-SENSITIVE", "1 March 2025", "Visit", "Visit (CIN): child seen alone", "Recorded by sw.test",
                "Page 1 of 1");
    }

    @Test
    void shouldCarryOnOverPagesEachMarkedAndNumbered() {
        List<Chronology.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            entries.add(entry(LocalDate.of(2020, 1, 1).plusDays(i), "visits", "Visit number " + i
                    + " with a long note that has to wrap over more than one line of the page because it goes on and on"));
        }
        PdfStructure structure = new PdfStructure(ChronologyPdf.render(HEADING, entries)).assertWellFormed();

        int pages = structure.pages();
        assertThat(pages).isGreaterThan(3);
        assertThat(structure.texts()).filteredOn("OFFICIAL-SENSITIVE"::equals).hasSize(2 * pages);
        assertThat(structure.texts()).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        String text = structure.text();
        for (int i = 0; i < 120; i++) {
            assertThat(text).contains("Visit number " + i + " ");
        }
    }

    @Test
    void shouldSayWhenThereIsNothingToShow() {
        PdfStructure structure = new PdfStructure(ChronologyPdf.render(HEADING, List.of())).assertWellFormed();
        assertThat(structure.texts()).contains("No events recorded.", "Showing: All kinds of event (0 events), oldest first");
    }
}
