package org.hearth.returns.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.returns.export.Fixtures.LEEDS;
import static org.hearth.returns.export.Fixtures.OXFORD;
import static org.hearth.returns.export.Fixtures.OXFORDSHIRE;
import static org.hearth.returns.export.JourneyBuilder.d;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Reader;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Result;
import org.hearth.returns.ssda903.Ssda903Table;
import org.hearth.returns.ssda903.Ssda903Validator;
import org.hearth.returns.ssda903.Ssda903XmlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 903 XML reader gives the same tables as the CSV reader, for the same return exported both ways. */
class Ssda903XmlReadBackTest {
    private static final CollectionYear Y2025 = CollectionYear.of(2025);
    private static final Path SAMPLE_XML = Path.of("src/test/resources/samples/ssda903-d2i-fake/fake_903.xml");

    @TempDir
    Path dir;

    private static List<ChildJourney> journeys() {
        ChildJourney lookedAfter = JourneyBuilder.child("C1", d("2015-05-01"), "F").home(d("2015-05-01"), null, LEEDS)
                .startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC123456")
                .move(d("2024-09-10"), "CREQB", "K2", "PR4", LEEDS, "SC2")
                .review(d("2024-12-01"), "PN1").review(d("2025-02-01"), "PN3")
                .missing(d("2024-10-01"), d("2024-10-03"), "M").missing(d("2024-11-01"), null, "A")
                .build();
        ChildJourney uasc = JourneyBuilder.child("U1", d("2008-03-01"), "M").person(p -> new org.hearth.journey.child.Person(
                        p.id(), p.legacyId(), p.kind(), p.forename(), p.surname(), p.knownAs(), p.sex(), p.gender(),
                        p.ethnicity(), p.dob(), p.expectedDob(), p.deathDate(), p.nhsNumber(), p.upn(), p.upnUnknown(),
                        p.formerUpn(), p.nationality(), p.firstLanguage(), p.religion(), p.immigrationStatus(), true,
                        p.isMother(), p.disabilities()))
                .startCare(d("2023-01-10"), "N2", "V2", "U1", OXFORD, "SC1").build();
        ChildJourney careLeaver = JourneyBuilder.child("L1", d("2007-07-01"), "M")
                .startCare(d("2022-01-10"), "N2", "V2", "U1", OXFORD, "SC1").ceaseCare(d("2023-08-01"), "E8")
                .careLeaverContact(d("2024-06-01"), "YES", "F2", "D", "Y").build();
        ChildJourney adopted = JourneyBuilder.child("A1", d("2020-02-02"), "F")
                .startCare(d("2023-01-01"), "N1", "C2", "U4", OXFORD, "SC1")
                .adoptionPlan(d("2023-06-01"), d("2024-04-20"))
                .move(d("2024-05-01"), "PLACE", "A5", "PR1", OXFORD, "SC1")
                .legalStatus(d("2024-05-01"), "E1")
                .ceaseCare(d("2025-02-01"), "E11").build();
        return List.of(lookedAfter, uasc, careLeaver, adopted);
    }

    @Test
    void shouldReadTheXmlExportAsTheSameTablesAsTheCsvExport() throws IOException {
        new Ssda903Export(OXFORDSHIRE, Fixtures.postcodes()).writeTo(journeys(), Y2025, dir.resolve("csv"));
        new Ssda903Xml(OXFORDSHIRE, Fixtures.postcodes()).writeTo(journeys(), Y2025, dir.resolve("return.xml"));

        Ssda903Data csv = Ssda903Reader.readReturn(dir.resolve("csv"));
        Ssda903Data xml = Ssda903Reader.readReturn(dir.resolve("return.xml"));

        assertThat(xml.notices()).isEmpty();
        int compared = 0;
        for (Ssda903Table t : csv.tables().values()) {
            if (t.name().equals("SWEpisodes") || t.name().equals("DoLo")) {
                assertThat(t.size()).as("the XML schema has no place for " + t.name()).isZero();
                continue;
            }
            Ssda903Table x = xml.table(t.name()).orElseThrow(() -> new AssertionError("no " + t.name() + " from XML"));
            assertThat(x.size()).as(t.name() + " rows").isEqualTo(t.size());
            for (int r = 0; r < t.size(); r++) {
                for (String col : t.columns()) {
                    assertThat(x.get(r, col)).as(t.name() + " row " + r + " " + col).isEqualTo(t.get(r, col));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(50);
        assertThat(xml.table("Header").orElseThrow().get(1, "UASC")).as("the XML's own UASC flag").isEqualTo("1");
        assertThat(xml.table("UASC").orElseThrow().size()).isEqualTo(1);
        assertThat(xml.table("OC3").orElseThrow().size()).isEqualTo(1);
        assertThat(xml.table("Missing").orElseThrow().size()).isEqualTo(2);
    }

    @Test
    void shouldReadThePublicSampleXmlAndValidateIt() throws IOException {
        Ssda903Data data = Ssda903Reader.readReturn(SAMPLE_XML);

        assertThat(data.table("Header").orElseThrow().size()).isEqualTo(253);
        assertThat(data.table("Episodes").orElseThrow().size()).isGreaterThan(253);
        assertThat(data.table("Episodes").orElseThrow().get(0, "PLACE")).as("PL is the PLACE column").isEqualTo("R5");
        assertThat(data.table("Reviews").orElseThrow().get(0, "CHILD")).isEqualTo("907440");
        assertThat(data.table("OC2").orElseThrow().get(0, "SDQ_SCORE")).isEqualTo("21");
        Ssda903Result result = new Ssda903Validator(Ssda903Registry.standard()).run(CollectionYear.of(2023), data, null);
        assertThat(result.issues()).isNotEmpty().allMatch(i -> i.row() >= 0);
    }

    @Test
    void shouldRefuseMalformedXmlSayingWhere() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER>\n</EXPSSDA903>");
        assertThatThrownBy(() -> Ssda903Reader.readReturn(bad)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.xml is not well-formed XML (line 2)");

        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<Message><Header/></Message>");
        assertThatThrownBy(() -> Ssda903XmlReader.read(other)).hasMessageContaining("root element is <Message>");
    }

    @Test
    void validateCommandAcceptsAnXmlFileAsTheCurrentReturn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int status;
        try {
            System.setOut(o);
            System.setErr(e);
            status = org.hearth.returns.ssda903.ValidateCommand.run(new String[] {"--year", "2023", "--current",
                    SAMPLE_XML.toString(), "--out", dir.resolve("out").toString()});
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(dir.resolve("out/issues.csv")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tables read from").contains("fake_903.xml");
    }
}
