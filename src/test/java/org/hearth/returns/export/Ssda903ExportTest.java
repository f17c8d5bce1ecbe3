package org.hearth.returns.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.returns.export.Fixtures.LEEDS;
import static org.hearth.returns.export.Fixtures.OXFORD;
import static org.hearth.returns.export.Fixtures.OXFORDSHIRE;
import static org.hearth.returns.export.JourneyBuilder.d;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.codes.CollectionYear;
import java.util.UUID;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.child.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;
import org.hearth.allocation.AllocationStage;

class Ssda903ExportTest {
    private static final CollectionYear Y2025 = CollectionYear.of(2025);
    private static final Path SAMPLES = Path.of("src/test/resources/samples/ssda903-d2i-fake");
    private final Ssda903Export export = new Ssda903Export(OXFORDSHIRE, Fixtures.postcodes());
    private final Ssda903Xml xml = new Ssda903Xml(OXFORDSHIRE, Fixtures.postcodes());

    @TempDir
    Path dir;

    private static ChildJourney lookedAfter(String id, String sex) {
        return JourneyBuilder.child(id, d("2015-05-01"), sex).home(d("2015-05-01"), null, LEEDS)
                .startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC123456")
                .move(d("2024-09-10"), "CREQB", "K2", "PR4", LEEDS, "SC2")
                .review(d("2024-12-01"), "PN1")
                .missing(d("2024-10-01"), d("2024-10-03"), "M")
                .build();
    }

    /** Left care at 16 in 2023, 17th birthday in 2024/25, seen a month before it. */
    private static ChildJourney careLeaver() {
        return JourneyBuilder.child("L1", d("2007-07-01"), "M")
                .startCare(d("2022-01-10"), "N2", "V2", "U1", OXFORD, "SC1")
                .ceaseCare(d("2023-08-01"), "E8")
                .careLeaverContact(d("2024-06-01"), "YES", "F2", "D", "Y")
                .build();
    }

    /** Placed for adoption with the foster carers (same home, same URN) and adopted in the year. */
    private static ChildJourney adopted() {
        return JourneyBuilder.child("A1", d("2020-02-02"), "F")
                .startCare(d("2023-01-01"), "N1", "C2", "U4", OXFORD, "SC1")
                .adoptionPlan(d("2023-06-01"), d("2024-04-20"))
                .move(d("2024-05-01"), "PLACE", "A5", "PR1", OXFORD, "SC1")
                .legalStatus(d("2024-05-01"), "E1")
                .ceaseCare(d("2025-02-01"), "E11").build();
    }

    private static ChildJourney neverLookedAfter() {
        return JourneyBuilder.child("N1", d("2015-05-01"), "F").referral(d("2024-06-01"), false, null, null).build();
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file));
    }

    @Test
    void everyTableHasTheDfeColumnsInTheSampleOrder() throws IOException {
        export.writeTo(List.of(lookedAfter("C1", "F")), Y2025, dir);

        for (Ssda903Table t : Ssda903Table.values()) {
            if (t == Ssda903Table.DOLO) {
                assertThat(dir.resolve(t.fileName())).as("DoLo starts in 2026/27").doesNotExist();
                continue;
            }
            String sampleHeader = Files.readAllLines(SAMPLES.resolve(t.fileName())).get(0).replace("\uFEFF", "");
            assertThat(lines(t.fileName()).get(0)).as(t.fileName()).isEqualTo(sampleHeader);
        }
    }

    @Test
    void episodesAndHeaderRowsUseUkDatesAndTheDerivedEpisodes() throws IOException {
        export.writeTo(List.of(lookedAfter("C1", "F")), Y2025, dir);

        assertThat(lines("header.csv")).containsExactly("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "C1,F,01/05/2015,WBRI,A123456789012,,");
        assertThat(lines("episodes.csv")).containsExactly(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "C1,01/06/2024,S,C2,N1,U1,PR1,10/09/2024,X1,CREQB,LS1 1UR,OX1 1AA,SC123456",
                "C1,10/09/2024,P,C2,N1,K2,PR4,,,,LS1 1UR,LS1 1UR,SC2");
        assertThat(lines("reviews.csv")).containsExactly("CHILD,DOB,REVIEW,REVIEW_CODE", "C1,01/05/2015,01/12/2024,PN1");
        assertThat(lines("missing.csv")).containsExactly("CHILD,DOB,MISSING,MIS_START,MIS_END",
                "C1,01/05/2015,M,01/10/2024,03/10/2024");
        assertThat(lines("previous_permanence.csv")).hasSize(2);
        assertThat(lines("oc2.csv")).as("in care less than 12 months").hasSize(1);
    }

    private static Person mother(Person p) {
        return new Person(p.id(), p.legacyId(), p.kind(), p.forename(), p.surname(), p.knownAs(), p.sex(), p.gender(),
                p.ethnicity(), p.dob(), p.expectedDob(), p.deathDate(), p.nhsNumber(), p.upn(), p.upnUnknown(),
                p.formerUpn(), p.nationality(), p.firstLanguage(), p.religion(), p.immigrationStatus(), p.uasc(),
                false, p.disabilities());
    }

    @Test
    void motherIsGivenOnlyForGirlsLookedAfterInTheYear() throws IOException {
        ChildJourney girl = JourneyBuilder.child("G1", d("2010-05-01"), "F").person(Ssda903ExportTest::mother)
                .startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1").build();
        ChildJourney boy = JourneyBuilder.child("B1", d("2010-05-01"), "M").person(Ssda903ExportTest::mother)
                .startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1").build();
        ChildJourney leaver = JourneyBuilder.child("L1", d("2007-07-01"), "F").person(Ssda903ExportTest::mother)
                .startCare(d("2022-01-10"), "N2", "V2", "U1", OXFORD, "SC1").ceaseCare(d("2023-08-01"), "E8")
                .careLeaverContact(d("2024-06-01"), "YES", "F2", "D", "Y").build();

        export.writeTo(List.of(girl, boy, leaver), Y2025, dir);

        assertThat(lines("header.csv").subList(1, 4)).extracting(l -> l.split(",", -1)[5])
                .as("rules 165 and 628").containsExactly("0", "", "");
    }

    @Test
    void socialWorkerEpisodesAsRecordedWinOverAllocationsAndKeepTheirReasonWhileOpen() throws IOException {
        ChildJourney j = lookedAfterWith("S1",
                new SocialWorkerEpisode(UUID.randomUUID(), null, "SW123456", d("2023-01-01"), d("2024-08-01"), "OTHERS"),
                new SocialWorkerEpisode(UUID.randomUUID(), null, "SW654321", d("2024-08-01"), null, "LEFTRL"),
                new Allocation(UUID.randomUUID(), null, "sam.worker", "SW", "T1", d("2024-08-01"), null, "Left"));

        export.writeTo(List.of(j), Y2025, dir);

        assertThat(lines("sw_episodes.csv")).containsExactly("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
                "S1,01/05/2015,SW123456,01/01/2023,01/08/2024,OTHERS",
                "S1,01/05/2015,SW654321,01/08/2024,,LEFTRL");
    }

    private static ChildJourney lookedAfterWith(String id, JourneyRecord... records) {
        JourneyBuilder b = JourneyBuilder.child(id, d("2015-05-01"), "M")
                .startCare(d("2024-06-01"), "N1", "C2", "U1", OXFORD, "SC1");
        for (JourneyRecord r : records) {
            if (r instanceof SocialWorkerEpisode w) {
                b.add(AllocationStage.SOCIAL_WORKER_EPISODES, w);
            } else if (r instanceof Allocation a) {
                b.add(AllocationStage.ALLOCATIONS, a);
            }
        }
        return b.build();
    }

    @Test
    void sexIsOneOrTwoBefore2024To25AndMfuFromThen() throws IOException {
        ChildJourney girl = lookedAfter("G1", "F");
        ChildJourney boy = lookedAfter("B1", "1");
        ChildJourney unknown = lookedAfter("U1", "U");

        export.writeTo(List.of(girl, boy, unknown), Y2025, dir);
        assertThat(lines("header.csv").subList(1, 4)).extracting(l -> l.split(",")[1]).containsExactly("F", "M", "U");
        assertThat(lines("previous/header.csv")).as("none of them looked after in 2023/24").hasSize(1);

        Path y2024 = dir.resolve("y2024");
        ChildJourney earlier = JourneyBuilder.child("G2", d("2015-05-01"), "F")
                .startCare(d("2023-06-01"), "N1", "C2", "U1", OXFORD, "SC1").build();
        ChildJourney earlierBoy = JourneyBuilder.child("B2", d("2015-05-01"), "M")
                .startCare(d("2023-06-01"), "N1", "C2", "U1", OXFORD, "SC1").build();
        export.writeTo(List.of(earlier, earlierBoy), CollectionYear.of(2024), y2024);
        assertThat(Files.readAllLines(y2024.resolve("header.csv")).subList(1, 3))
                .extracting(l -> l.split(",")[1]).containsExactly("2", "1");
    }

    @Test
    void aChildNotLookedAfterInTheYearIsLeftOut() throws IOException {
        ChildJourney leftBefore = JourneyBuilder.child("X1", d("2010-01-01"), "F")
                .startCare(d("2022-06-01"), "N1", "C2", "U1", OXFORD, "SC1").ceaseCare(d("2024-03-30"), "E13").build();

        export.writeTo(List.of(neverLookedAfter(), leftBefore), Y2025, dir);

        assertThat(lines("header.csv")).hasSize(1);
        assertThat(lines("episodes.csv")).hasSize(1);
        assertThat(lines("previous/header.csv")).as("X1 was looked after in 2023/24").hasSize(2);
    }

    @Test
    void aCareLeaverInTheOc3CohortIsInTheHeaderWithTheContactAroundTheirBirthday() throws IOException {
        export.writeTo(List.of(careLeaver()), Y2025, dir);

        assertThat(lines("header.csv")).hasSize(2);
        assertThat(lines("episodes.csv")).hasSize(1);
        assertThat(lines("oc3.csv")).containsExactly("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "L1,01/07/2007,YES,F2,D1");
    }

    @Test
    void aYoungPersonLookedAfterOnlyBefore14IsNotACareLeaver() throws IOException {
        ChildJourney young = JourneyBuilder.child("Y1", d("2007-07-01"), "M")
                .startCare(d("2015-01-10"), "N2", "V2", "U1", OXFORD, "SC1").ceaseCare(d("2016-08-01"), "E8").build();

        export.writeTo(List.of(young), Y2025, dir);

        assertThat(lines("oc3.csv")).hasSize(1);
        assertThat(lines("header.csv")).hasSize(1);
    }

    @Test
    void adoptionInTheYearFillsAd1AndPlacedForAdoption() throws IOException {
        ChildJourney adopted = adopted();

        export.writeTo(List.of(adopted), Y2025, dir);

        assertThat(lines("episodes.csv")).extracting(l -> l.split(",")[2]).containsExactly("RNE", "S", "U");
        assertThat(lines("ad1.csv")).containsExactly(
                "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                "A1,02/02/2020,01/06/2023,20/04/2024,,,,");
        assertThat(lines("placed_for_adoption.csv")).containsExactly(
                "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "A1,02/02/2020,01/06/2023,,");
        assertThat(lines("oc2.csv")).as("looked after over 12 months but not at 31 March").hasSize(1);
    }

    @Test
    void doloIsAnEmptyTableWithHeadersFrom2026To27() throws IOException {
        export.writeTo(List.of(), CollectionYear.of(2027), dir);

        assertThat(lines("DoLo.csv")).containsExactly("CHILD,DOB,DOLO_START,DOLO_END");
    }

    @Test
    void aValueWithACommaIsQuoted() {
        assertThat(Ssda903Export.csv("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(Ssda903Export.csv("plain")).isEqualTo("plain");
    }

    @Test
    void theXmlIsValidAgainstTheClaSchema() throws Exception {
        ChildJourney uasc = JourneyBuilder.child("U9", d("2008-03-03"), "M").person(p -> new org.hearth.journey.child.Person(
                        p.id(), p.legacyId(), p.kind(), p.forename(), p.surname(), null, p.sex(), null, null, p.dob(),
                        null, null, null, null, "UN2", null, null, null, null, null, true, false, List.of()))
                .startCare(d("2023-01-01"), "N8", "V2", "R1", OXFORD, "SC1").build();
        Path file = dir.resolve("903.xml");

        xml.writeTo(List.of(lookedAfter("C1", "F"), careLeaver(), uasc, adopted(), neverLookedAfter()), Y2025, file);

        XsdValidation.validate(file, "reference/ssda903/CLA-3.3.0.xsd");
        String text = Files.readString(file);
        assertThat(text).contains("<CHILDID>C1</CHILDID>", "<PL>K2</PL>", "<REASON_PLACE_CHANGE>CREQB</REASON_PLACE_CHANGE>",
                "<ETHNIC>NOBT</ETHNIC>", "<DUC>03/03/2026</DUC>", "<OC2/>", "<ACCOM>D1</ACCOM>",
                "<DATE_MATCH>20/04/2024</DATE_MATCH>", "<DATE_PLACED>01/06/2023</DATE_PLACED>", "<REC>E11</REC>");
        assertThat(text).doesNotContain("N1</CHILDID>");
    }

    @Test
    void theSchemaCheckCatchesABrokenEpisode() throws Exception {
        ChildJourney noLegalStatusCode = JourneyBuilder.child("C1", d("2015-05-01"), "F")
                .startCare(d("2024-06-01"), "N1", "C", "U1", OXFORD, "SC1").build();
        Path file = dir.resolve("bad.xml");

        xml.writeTo(List.of(noLegalStatusCode), Y2025, file);

        assertThatThrownBy(() -> XsdValidation.validate(file, "reference/ssda903/CLA-3.3.0.xsd"))
                .isInstanceOf(SAXParseException.class);
    }
}
