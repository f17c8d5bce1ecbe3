package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.pdf.ReadPdf;
import org.junit.jupiter.api.Test;

class ChronologyPdfTest {
    static final ChronologyPdf.Heading HEADING = new ChronologyPdf.Heading("Amara Okafor", "LA1234",
            LocalDate.of(2016, 2, 29), "Example Borough Council", "Sam Worker", LocalDateTime.of(2026, 11, 23, 11, 40),
            "All kinds of event");
    static long ids = 1;

    static Chronology.Entry entry(LocalDate date, String kind, String summary) {
        return entry(date, kind, summary, null);
    }

    static Chronology.Entry entry(LocalDate date, String kind, String summary, String significance) {
        return new Chronology.Entry(ids++, date, kind, summary, UUID.randomUUID(), "sw.test", "Sam Test", Instant.now(),
                significance);
    }

    @Test
    void shouldBeATaggedAccessiblePdfWithATitleLanguageAndAnEmbeddedFont() {
        ReadPdf pdf = new ReadPdf(ChronologyPdf.render(HEADING,
                List.of(entry(LocalDate.of(2025, 3, 1), "visits", "Visit for the child in need plan: child seen alone"))));

        assertThat(pdf.marked).as("MarkInfo Marked true").isTrue();
        assertThat(pdf.language).isEqualTo("en-GB");
        assertThat(pdf.title).isEqualTo("Chronology: Amara Okafor");
        assertThat(pdf.displayDocTitle).isTrue();
        assertThat(pdf.tags).contains("Document", "H1", "H2", "P", "Table", "TR", "TH", "TD");
        assertThat(pdf.fontsEmbedded).as("fonts embedded: " + pdf.fonts).isTrue();
        assertThat(pdf.fonts).allMatch(f -> f.contains("DejaVuSans"));
        assertThat(pdf.text).doesNotContain("http://", "https://", "localhost");
    }

    @Test
    void shouldStartWithATitleBlockNamingTheChildAndMarkedOfficialSensitive() {
        ReadPdf pdf = new ReadPdf(ChronologyPdf.render(HEADING,
                List.of(entry(LocalDate.of(2025, 3, 1), "visits", "Visit for the child in need plan: child seen alone"))));

        assertThat(pdf.flat).contains("Chronology", "Amara Okafor", "LA id: LA1234", "Date of birth: 29 February 2016",
                "Printed on 23 November 2026 at 11:40 by Sam Worker, Example Borough Council", "OFFICIAL-SENSITIVE",
                "1 March 2025", "Visit for the child in need plan: child seen alone", "Sam Test", "Page 1 of 1");
        assertThat(pdf.flat).doesNotContain("sw.test");
    }

    @Test
    void shouldAlignEveryColumnUnderItsHeading() {
        List<Chronology.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(entry(LocalDate.of(2020, 1, 1).plusDays(i), i % 2 == 0 ? "visits" : "placements",
                    "Event number " + i + " described at some length so that it wraps over more than one line"));
        }
        ReadPdf pdf = new ReadPdf(ChronologyPdf.render(HEADING, entries));

        float dateX = pdf.run("Date").x();
        float typeX = pdf.run("Type of event").x();
        float whatX = pdf.run("What happened").x();
        float byX = pdf.run("Recorded by").x();
        assertThat(dateX).isLessThan(typeX);
        assertThat(typeX).isLessThan(whatX);
        assertThat(whatX).isLessThan(byX);
        for (int i = 0; i < 60; i++) {
            assertThat(pdf.run("Event number " + i + " ").x()).as("what happened, row " + i).isEqualTo(whatX);
        }
        assertThat(pdf.runs("Sam Test")).hasSize(60).allSatisfy(r -> assertThat(r.x()).isEqualTo(byX));
        assertThat(pdf.runs("Visit")).hasSize(30).allSatisfy(r -> assertThat(r.x()).isEqualTo(typeX));
        assertThat(pdf.run("1 January 2020").x()).isEqualTo(dateX);
    }

    @Test
    void shouldCarryOnOverPagesEachMarkedAndNumberedAndKeepEveryWordOfALongNote() {
        List<Chronology.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            entries.add(entry(LocalDate.of(2020, 1, 1).plusDays(i), "visits", "Visit number " + i
                    + " with a long note that has to wrap over more than one line of the page because it goes on and on"));
        }
        entries.add(entry(LocalDate.of(2020, 6, 1), "case-notes", "word ".repeat(3000) + "THE-END"));
        ReadPdf pdf = new ReadPdf(ChronologyPdf.render(HEADING, entries));

        assertThat(pdf.pages).isGreaterThan(3);
        assertThat(pdf.runs("OFFICIAL-SENSITIVE")).hasSize(2 * pdf.pages);
        assertThat(pdf.flat).contains("Page 1 of " + pdf.pages, "Page " + pdf.pages + " of " + pdf.pages, "THE-END");
        String flat = pdf.text.replaceAll("\\s+", " ");
        for (int i = 0; i < 120; i++) {
            assertThat(flat).contains("Visit number " + i + " ");
        }
    }

    @Test
    void shouldDrawAnyCharacterANoteHoldsOrAQuestionMarkNotFail() {
        ReadPdf pdf = new ReadPdf(ChronologyPdf.render(HEADING, List.of(entry(LocalDate.of(2025, 3, 1), "case-notes",
                "Zoë said “hello” — ½ ✓ \u0007 𝄞 Łódź"))));
        assertThat(pdf.flat).contains("Zoë said “hello” — ½", "Łódź");
    }

    @Test
    void shouldPrintOnlyTheSignificantEventsWithWhyInTheCourtStyleColumns() {
        List<Chronology.Entry> entries = List.of(
                entry(LocalDate.of(2025, 1, 2), "referrals", "Referral from the police", "Start of involvement"),
                entry(LocalDate.of(2025, 1, 9), "visits", "Visit: child seen", null),
                entry(LocalDate.of(2025, 2, 1), "cp-plans", "Child protection plan started", "Plan for neglect"));
        ReadPdf pdf = new ReadPdf(ChronologyPdf.renderSignificant(HEADING, entries));

        assertThat(pdf.title).isEqualTo("Significant events chronology: Amara Okafor");
        assertThat(pdf.flat).contains("Significant events chronology", "Referral from the police", "Start of involvement",
                "Child protection plan started", "Plan for neglect", "(2 events)")
                .doesNotContain("Visit: child seen");
        float source = pdf.run("Source").x();
        float significance = pdf.run("Significance").x();
        assertThat(pdf.run("Referral, recorded by").x()).isEqualTo(source);
        assertThat(pdf.run("Plan for neglect").x()).isEqualTo(significance);
    }

    @Test
    void shouldSayWhenThereIsNothingToShow() {
        assertThat(new ReadPdf(ChronologyPdf.render(HEADING, List.of())).flat)
                .contains("No events recorded.", "Showing: All kinds of event (0 events), oldest first");
        assertThat(new ReadPdf(ChronologyPdf.renderSignificant(HEADING, List.of(entry(LocalDate.of(2025, 1, 1),
                "visits", "Visit")))).text).contains("No events have been marked as significant.");
    }
}
