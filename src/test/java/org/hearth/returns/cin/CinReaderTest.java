package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Details;
import org.junit.jupiter.api.Test;

class CinReaderTest {

    static final String FILE = """
            <Message>
              <Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>
                <ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
                <Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source></Header>
              <Children>
                <Child>
                  <ChildIdentifiers><LAchildID> A1 </LAchildID><UPN>P201123456789</UPN>stray text
                    <PersonBirthDate>2015-02-29</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity>
                    <Disabilities><Disability>MOB</Disability><Disability></Disability></Disabilities>
                  </ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                    <DateOfInitialCPC>2024-05-20</DateOfInitialCPC>
                    <Assessments><AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate>
                      <FactorsIdentifiedAtAssessment/></Assessments>
                    <Assessments><AssessmentActualStartDate>02/05/2024</AssessmentActualStartDate>
                      <FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors>
                      </FactorsIdentifiedAtAssessment></Assessments>
                    <CINPlanDates><CINPlanStartDate>2024-06-01</CINPlanStartDate></CINPlanDates>
                    <Section47><S47ActualStartDate>2024-05-03</S47ActualStartDate>
                      <DateOfInitialCPC>2024-05-23Z</DateOfInitialCPC>
                      <ICPCnotRequired>TRUE</ICPCnotRequired></Section47>
                    <ReferralNFA>maybe</ReferralNFA>
                    <ChildProtectionPlans><CPPstartDate>2024-05-23</CPPstartDate>
                      <Reviews><CPPreviewDate>2024-07-01</CPPreviewDate><CPPreviewDate/></Reviews>
                    </ChildProtectionPlans>
                    <PreProceedingsandFGDM><PPStartDate>2024-09-09</PPStartDate>
                      <CINreferralDate>1999-01-01</CINreferralDate></PreProceedingsandFGDM>
                  </CINdetails>
                </Child>
                <Child>
                  <ChildIdentifiers><LAchildID>B2</LAchildID><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>AIND</Ethnicity></ChildCharacteristics>
                  <CINdetails><CINreferralDate>2024-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA>
                    <Assessments><AssessmentActualStartDate>2024-06-02</AssessmentActualStartDate></Assessments>
                  </CINdetails>
                </Child>
              </Children>
            </Message>
            """;

    private static CinCensus read(String xml) throws Exception {
        return CinReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReadTheHeaderAndEveryModule() throws Exception {
        CinCensus census = read(FILE);
        assertThat(census.header().referenceDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(census.header().lea()).isEqualTo("201");
        assertThat(census.children()).extracting(Child::laChildId).containsExactly("A1", "B2");

        Child a = census.children().get(0);
        assertThat(a.upn).isEqualTo("P201123456789");
        assertThat(a.sex).isEqualTo("F");
        assertThat(a.disabilities).containsExactly("MOB", null);
        Details d = a.details.get(0);
        assertThat(d.initialCpc).as("CINdetails-level conference").isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(d.section47s.get(0).icpc).as("S47-level conference, time zone ignored")
                .isEqualTo(LocalDate.of(2024, 5, 23));
        assertThat(d.section47s.get(0).icpcNotRequired).isTrue();
        assertThat(d.plans).singleElement().satisfies(p -> assertThat(p.start).isEqualTo(LocalDate.of(2024, 6, 1)));
        assertThat(d.cpps.get(0).reviews).containsExactly(LocalDate.of(2024, 7, 1), null);
        assertThat(census.children().get(1).genderCurrent).isEqualTo("1");
    }

    @Test
    void shouldKeepBadValuesAsMissingForTheRulesToFlag() throws Exception {
        CinCensus census = read(FILE);
        Child a = census.children().get(0);
        assertThat(a.birth).as("29 February 2015 does not exist").isNull();
        Details d = a.details.get(0);
        assertThat(d.referralNfa).as("not a yes/no").isNull();
        assertThat(d.assessments.get(1).start).as("not an xs:date").isNull();
        assertThat(d.assessments.get(0).factors).as("empty factors element").isEmpty();
        assertThat(d.assessments.get(1).factors).containsExactly("21");
        assertThat(census.children().get(1).details.get(0).assessments.get(0).factors).as("no factors element")
                .isNull();
        assertThat(census.children().get(1).details.get(0).referralNfa).isFalse();
    }

    @Test
    void shouldIgnoreModulesHearthDoesNotModel() throws Exception {
        Details d = read(FILE).children().get(0).details.get(0);
        assertThat(d.referral).as("the pre-proceedings module's dates are not the episode's")
                .isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void shouldNumberRowsByPositionAmongAllElementsOfTheirKind() throws Exception {
        CinCensus census = read(FILE);
        Child a = census.children().get(0);
        Child b = census.children().get(1);
        assertThat(a.idRow).isZero();
        assertThat(b.idRow).isEqualTo(1);
        assertThat(a.details.get(0).assessments).extracting(x -> x.row).containsExactly(0, 1);
        assertThat(b.details.get(0).assessments.get(0).row).as("third Assessments element in the file").isEqualTo(2);
        assertThat(b.details.get(0).row).isEqualTo(1);
        assertThat(a.disabilitiesRow).isZero();
        assertThat(b.disabilitiesRow).isEqualTo(-1);
        assertThat(census.count(CinTable.Assessments)).isEqualTo(3);
        assertThat(census.count(CinTable.Reviews)).isEqualTo(1);
    }

    @Test
    void shouldRefuseMalformedXmlSayingTheLine() {
        String broken = "<Message>\n<Children>\n<Child>\n</Children>\n</Message>\n";
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CinReader.CinReadException.class)
                .hasMessageContaining("line 4")
                .satisfies(e -> assertThat(((CinReader.CinReadException) e).line()).isEqualTo(4));
    }

    @Test
    void shouldRefuseExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers>"
                + "</Child></Children></Message>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(CinReader.CinReadException.class);
    }

    @Test
    void shouldParseOnlyRealXsdDates() {
        assertThat(CinReader.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CinReader.parseDate("2024-03-31+01:00")).isEqualTo(LocalDate.of(2024, 3, 31));
        for (String bad : Arrays.asList("2023-02-29", "2024-13-01", "31/03/2024", "2024-3-31", "2024-03-31T00:00",
                "")) {
            assertThat(CinReader.parseDate(bad)).as(bad).isNull();
        }
    }
}
