package org.hearth.returns.cin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.referral.Referral;
import org.hearth.returns.cin.CinCensus;
import org.hearth.returns.cin.CinReader;
import org.junit.jupiter.api.Test;
import org.hearth.assessment.AssessmentStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

class CinImportTest {
    static final CollectionYear Y2025 = CollectionYear.of(2025);

    /** A small 2024/25 census: a child on a CP plan, a child with two episodes, an unborn child. */
    static final String CENSUS = """
            <Message>
              <Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>
                <ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
                <Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source></Header>
              <Children>
                <Child>
                  <ChildIdentifiers><LAchildID>IMP001</LAchildID><UPNunknown>UN2</UPNunknown>
                    <PersonBirthDate>2015-03-27</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity>
                    <Disabilities><Disability>HAND</Disability><Disability>HEAR</Disability></Disabilities>
                  </ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                    <PrimaryNeedCode>N1</PrimaryNeedCode>
                    <Assessments><AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2024-05-20</AssessmentAuthorisationDate>
                      <FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors>
                        <AssessmentFactors>4B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
                    <CINPlanDates><CINPlanStartDate>2024-05-21</CINPlanStartDate>
                      <CINPlanEndDate>2024-05-24</CINPlanEndDate></CINPlanDates>
                    <Section47><S47ActualStartDate>2024-05-10</S47ActualStartDate>
                      <InitialCPCtarget>2024-05-31</InitialCPCtarget>
                      <DateOfInitialCPC>2024-05-24</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>
                    <ReferralNFA>false</ReferralNFA>
                    <ChildProtectionPlans><CPPstartDate>2024-05-24</CPPstartDate>
                      <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                      <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                      <Reviews><CPPreviewDate>2024-08-22</CPPreviewDate><CPPreviewDate>2025-02-20</CPPreviewDate></Reviews>
                    </ChildProtectionPlans>
                  </CINdetails>
                </Child>
                <Child>
                  <ChildIdentifiers><LAchildID>IMP002</LAchildID><UPNunknown>UN2</UPNunknown>
                    <PersonBirthDate>2012-01-15</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>AIND</Ethnicity></ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2023-05-10</CINreferralDate><ReferralSource>2A</ReferralSource>
                    <PrimaryNeedCode>N8</PrimaryNeedCode><CINclosureDate>2023-06-01</CINclosureDate>
                    <ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>true</ReferralNFA>
                  </CINdetails>
                  <CINdetails>
                    <CINreferralDate>2024-09-02</CINreferralDate><ReferralSource>6</ReferralSource>
                    <PrimaryNeedCode>N2</PrimaryNeedCode><ReferralNFA>false</ReferralNFA>
                    <CINPlanDates><CINPlanStartDate>2024-10-01</CINPlanStartDate></CINPlanDates>
                  </CINdetails>
                </Child>
                <Child>
                  <ChildIdentifiers><LAchildID>IMP003</LAchildID><UPNunknown>UN1</UPNunknown>
                    <ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate><Sex>U</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2025-01-10</CINreferralDate><ReferralSource>3B</ReferralSource>
                    <PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA>
                  </CINdetails>
                </Child>
              </Children>
            </Message>
            """;

    static CinCensus read(String xml) throws Exception {
        return CinReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static CinImport.Result map(String xml, CollectionYear year) throws Exception {
        return CinImport.map("test.xml", year, read(xml), CinImport.Existing.NONE);
    }

    static Map<String, ChildJourney> byId(CinImport.Result r) {
        return r.children().stream().collect(Collectors.toMap(CinImport.Planned::laChildId, CinImport.Planned::after));
    }

    @Test
    void mapsEveryModuleOfASmallCensusToTheJourney() throws Exception {
        CinImport.Result r = map(CENSUS, Y2025);

        assertThat(r.errors()).isEmpty();
        assertThat(r.children()).hasSize(3).allMatch(CinImport.Planned::isNew);
        ChildJourney one = byId(r).get("IMP001");
        assertThat(one.child().legacyId()).isEqualTo("IMP001");
        assertThat(one.child().sex()).isEqualTo("M");
        assertThat(one.child().ethnicity()).isEqualTo("WBRI");
        assertThat(one.child().upnUnknown()).isEqualTo("UN2");
        assertThat(one.child().disabilities()).containsExactly("HAND", "HEAR");
        Referral referral = one.all(ReferralStage.REFERRALS).get(0);
        assertThat(referral.referralDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(referral.referralSourceCode()).isEqualTo("1A");
        assertThat(referral.cinPrimaryNeedCode()).isEqualTo("N1");
        assertThat(referral.referralNfa()).isFalse();
        assertThat(one.all(AssessmentStage.ASSESSMENTS)).singleElement().satisfies(a -> {
            assertThat(a.referralId()).isEqualTo(referral.id());
            assertThat(a.assessmentAuthDate()).isEqualTo(LocalDate.of(2024, 5, 20));
            assertThat(a.assessmentFactors()).containsExactly("3A", "4B");
        });
        assertThat(one.all(AssessmentStage.CIN_PLANS)).singleElement()
                .satisfies(p -> assertThat(p.cinPlanEndDate()).isEqualTo(LocalDate.of(2024, 5, 24)));
        assertThat(one.all(ProtectionStage.S47_ENQUIRIES)).singleElement().satisfies(s -> assertThat(s.icpcRequired()).isTrue());
        InitialConference icpc = one.all(ProtectionStage.INITIAL_CONFERENCES).get(0);
        assertThat(icpc.icpcDate()).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(icpc.planDecided()).as("a CP plan starts on the conference day").isTrue();
        assertThat(icpc.s47EnquiryId()).isEqualTo(one.all(ProtectionStage.S47_ENQUIRIES).get(0).id());
        CpPlan plan = one.all(ProtectionStage.CP_PLANS).get(0);
        assertThat(plan.icpcId()).isEqualTo(icpc.id());
        assertThat(plan.cpPlanInitialCategory()).isEqualTo("NEG");
        assertThat(plan.cpPlanLatestCategory()).isEqualTo("EMO");
        assertThat(plan.numberOfPreviousPlans()).isZero();
        assertThat(one.all(ProtectionStage.CP_REVIEWS)).extracting(rv -> rv.cpReviewDate())
                .containsExactly(LocalDate.of(2024, 8, 22), LocalDate.of(2025, 2, 20));
        assertThat(one.all(ProtectionStage.CP_REVIEWS)).allMatch(rv -> rv.cpPlanId().equals(plan.id()));

        ChildJourney two = byId(r).get("IMP002");
        assertThat(two.all(ReferralStage.REFERRALS)).hasSize(2);
        assertThat(two.all(ReferralStage.REFERRALS).get(0).closeReason()).isEqualTo("RC8");
        assertThat(two.all(ReferralStage.REFERRALS).get(0).nfa()).isTrue();
        ChildJourney unborn = byId(r).get("IMP003");
        assertThat(unborn.child().unborn()).isTrue();
        assertThat(unborn.child().sex()).isEqualTo("U");
    }

    @Test
    void anUnknownCodeRefusesTheFileWithWhereAndWhy() throws Exception {
        CinImport.Result r = map(CENSUS.replace("<ReferralSource>6</ReferralSource>", "<ReferralSource>ZZ</ReferralSource>"), Y2025);

        assertThat(r.refused()).isTrue();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("test.xml");
            assertThat(e.laChildId()).isEqualTo("IMP002");
            assertThat(e.element()).isEqualTo("CINdetails");
            assertThat(e.row()).isEqualTo(2); // the file's third CINdetails
            assertThat(e.field()).isEqualTo("ReferralSource");
            assertThat(e.reason()).contains("'ZZ' is not a REFERRAL_SOURCE code in 2024/25");
        });
    }

    @Test
    void anUnreadableDateIsReportedOnceWithItsText() throws Exception {
        CinImport.Result r = map(CENSUS.replace("<CINreferralDate>2024-09-02</CINreferralDate>",
                "<CINreferralDate>02/09/2024</CINreferralDate>"), Y2025);

        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("CINdetails row 2 (child IMP002)");
            assertThat(e.field()).isEqualTo("CINreferralDate");
            assertThat(e.reason()).isEqualTo("'02/09/2024' is not a valid date (YYYY-MM-DD)");
        });
    }

    @Test
    void aBrokenJourneyRuleRefusesTheChildWithTheRuleAndDfeCode() throws Exception {
        // The CP plan starts a day after the conference: no conference decided on a plan that day.
        CinImport.Result r = map(CENSUS.replace("<CPPstartDate>2024-05-24</CPPstartDate>",
                "<CPPstartDate>2024-05-27</CPPstartDate>"), Y2025);

        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.where()).isEqualTo("ChildProtectionPlans row 0 (child IMP001)");
            assertThat(e.field()).isEqualTo("CPPstartDate");
            assertThat(e.reason()).contains("initial child protection conference").contains("DfE 2885");
        });
        assertThat(r.children()).extracting(CinImport.Planned::laChildId).doesNotContain("IMP001");
    }

    /** The census as a 2023/24 one, coding sex as GenderCurrent: 1 male, 9 indeterminate, 0 not known. */
    static String oldGenderCensus() {
        return CENSUS.replace("<Sex>M</Sex>", "<GenderCurrent>1</GenderCurrent>")
                .replace("<Sex>F</Sex>", "<GenderCurrent>9</GenderCurrent>")
                .replace("<Sex>U</Sex>", "<GenderCurrent>0</GenderCurrent>")
                .replace("2025-03-31", "2024-03-31");
    }

    @Test
    void theOldGenderCodingIsMappedBefore2024To25AndRefusedAfter() throws Exception {
        String old = oldGenderCensus();
        CinImport.Result before = map(old, CollectionYear.of(2024));
        assertThat(before.errors()).isEmpty();
        assertThat(byId(before).get("IMP001").child().sex()).isEqualTo("M");
        assertThat(byId(before).get("IMP002").child().sex()).isEqualTo("U");
        assertThat(before.notes()).anyMatch(n -> n.contains("IMP002") && n.contains("GenderCurrent 9 (indeterminate)"));

        CinImport.Result after = map(CENSUS.replace("<Sex>M</Sex>", "<Sex>1</Sex>"), Y2025);
        assertThat(after.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Sex");
            assertThat(e.reason()).contains("old GenderCurrent coding").contains("send M");
        });
    }

    @Test
    void aYearThatDoesNotMatchTheReferenceDateIsRefused() throws Exception {
        CinImport.Result r = map(CENSUS, CollectionYear.of(2026));

        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.element()).isEqualTo("CollectionDetails");
            assertThat(e.field()).isEqualTo("ReferenceDate");
            assertThat(e.reason()).contains("2024/25").contains("2025/26");
        });
    }

    @Test
    void aChildAlreadyOnRecordGetsOnlyReferralsItLacks() throws Exception {
        Map<String, ChildJourney> first = byId(map(CENSUS, Y2025));

        CinImport.Result again = CinImport.map("test.xml", Y2025, read(CENSUS), first::get);
        assertThat(again.errors()).isEmpty();
        assertThat(again.children()).noneMatch(CinImport.Planned::changes);
        assertThat(again.notes()).anyMatch(n -> n.contains("IMP002") && n.contains("2 referrals"));

        // An earlier year's return for the same child: the episode already held is skipped, the older one added.
        String earlier = CENSUS.replace("<CINreferralDate>2023-05-10</CINreferralDate>",
                "<CINreferralDate>2022-01-05</CINreferralDate><ReferralSource>9</ReferralSource>"
                        + "<PrimaryNeedCode>N8</PrimaryNeedCode><CINclosureDate>2022-02-01</CINclosureDate>"
                        + "<ReasonForClosure>RC7</ReasonForClosure></CINdetails><CINdetails>"
                        + "<CINreferralDate>2023-05-10</CINreferralDate>");
        CinImport.Result next = CinImport.map("test.xml", Y2025, read(earlier), first::get);
        assertThat(next.errors()).isEmpty();
        CinImport.Planned two = next.children().stream().filter(p -> p.laChildId().equals("IMP002")).findFirst().orElseThrow();
        assertThat(two.isNew()).isFalse();
        assertThat(two.referralsAdded()).isEqualTo(1);
        assertThat(two.referralsSkipped()).isEqualTo(2);
        assertThat(two.after().all(ReferralStage.REFERRALS)).extracting(Referral::referralDate)
                .containsExactly(LocalDate.of(2022, 1, 5), LocalDate.of(2023, 5, 10), LocalDate.of(2024, 9, 2));
        assertThat(next.children()).filteredOn(CinImport.Planned::changes).hasSize(1);
    }

    @Test
    void thePublicSample2024IsRefusedWithSpecificErrors() throws Exception {
        CinCensus census = CinReader.read(Path.of("src/test/resources/samples/cin-d2i/CIN_Census_2024.xml"));
        CinImport.Result r = CinImport.map("CIN_Census_2024.xml", Y2025, census, CinImport.Existing.NONE);

        r.errors().forEach(System.out::println);
        assertThat(r.refused()).isTrue();
        assertThat(r.children()).isEmpty();
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.toString())
                .contains("CollectionDetails row 0, ReferenceDate").contains("2023/24"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.toString())
                .contains("(child DfEX0000001), Sex: '1' is the old GenderCurrent coding"));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.toString())
                .contains("Assessments row 0 (child DfEX0000001), AssessmentFactors: 'RB' is not a FACTORS code"));
    }

    @Test
    void thePublicSample2024AsItsOwnYearIsRefusedForItsContentNotItsHeader() throws Exception {
        CinCensus census = CinReader.read(Path.of("src/test/resources/samples/cin-d2i/CIN_Census_2024.xml"));
        CinImport.Result r = CinImport.map("CIN_Census_2024.xml", CollectionYear.of(2024), census, CinImport.Existing.NONE);

        r.errors().forEach(System.out::println);
        assertThat(r.errors()).noneMatch(e -> "ReferenceDate".equals(e.field()));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.toString())
                .contains("(child DfEX0000001), Sex: '1' given as Sex, which is the field from 2024/25"));
        assertThat(r.notes()).anyMatch(n -> n.contains("child_fails_assessments: Sex 'M' given in a 2023/24 file"));
    }

    @Test
    void anyValueInAnyFieldGivesErrorsNotExceptions() throws Exception {
        java.util.regex.Matcher leaf = java.util.regex.Pattern.compile(">([^<>\\s][^<>]*)</").matcher(CENSUS);
        int leaves = 0;
        while (leaf.find()) {
            leaves++;
            for (String value : new String[] {"", "x", "2024-02-30", "-1", "2099-01-01"}) {
                String xml = CENSUS.substring(0, leaf.start(1)) + value + CENSUS.substring(leaf.end(1));
                CinImport.Result r = map(xml, Y2025);
                assertThat(r.children().size() + r.errors().size()).as(xml).isPositive();
                assertThat(r.errors()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
            }
        }
        assertThat(leaves).isGreaterThan(50);
    }

    @Test
    void anEpisodeThatClashesWithOneAlreadyOnRecordIsRefused() throws Exception {
        Map<String, ChildJourney> first = byId(map(CENSUS, Y2025));
        // IMP003's referral of 10 January 2025 is open in Hearth; this file adds one that overlaps it.
        String clash = CENSUS.replace("<CINreferralDate>2025-01-10</CINreferralDate>",
                "<CINreferralDate>2024-12-02</CINreferralDate><CINclosureDate>2025-01-15</CINclosureDate>"
                        + "<ReasonForClosure>RC7</ReasonForClosure>");

        CinImport.Result r = CinImport.map("test.xml", Y2025, read(clash), first::get);

        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.laChildId()).isEqualTo("IMP003");
            assertThat(e.reason()).contains("overlaps").contains("already in Hearth").contains("DfE 8820");
        });
    }

    @Test
    void theGenderCurrentOfAnOldCensusIsKeptAsReturnedBesideTheSex() throws Exception {
        String old = oldGenderCensus();
        CinImport.Result r = map(old, CollectionYear.of(2024));

        assertThat(byId(r).get("IMP002").child().gender()).isEqualTo("9");
        assertThat(byId(r).get("IMP003").child().gender()).isEqualTo("0");
        assertThat(byId(r).get("IMP001").child().gender()).isEqualTo("1");
        assertThat(byId(map(CENSUS, Y2025)).get("IMP001").child().gender()).as("from 2024/25 only Sex").isNull();
    }

    @Test
    void everyEpisodeRemembersTheCensusYearThatReturnedIt() throws Exception {
        CinImport.Result r = map(CENSUS, Y2025);

        assertThat(r.children()).flatExtracting(p -> p.after().all(ReferralStage.REFERRALS))
                .extracting(Referral::censusYear).containsOnly(2025);
    }

    @Test
    void theOldSexCodingRefusesTheFileUnlessRuleBreaksAreKeptWhenItIsListedAndRecordedInTheNewCoding()
            throws Exception {
        String xml = CENSUS.replace("<Sex>M</Sex>", "<Sex>1</Sex>");

        CinImport.Result refused = map(xml, Y2025);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.notes()).contains("Sex '1' is an old coding, not valid in 2024/25: given for 1 child; "
                + "the file is refused until it is sent in the year's coding");

        CinImport.Result kept = CinImport.map("test.xml", Y2025, read(xml), CinImport.Existing.NONE, true, n -> { });
        assertThat(kept.errors()).isEmpty();
        assertThat(kept.kept()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("ChildIdentifiers row 0 (child IMP001)");
            assertThat(e.field()).isEqualTo("Sex");
            assertThat(e.reason()).contains("old GenderCurrent coding").contains("recorded as M");
        });
        assertThat(kept.notes()).contains("Sex '1' is an old coding, not valid in 2024/25: given for 1 child; "
                + "recorded in the year's coding and listed");
        assertThat(byId(kept).get("IMP001").child().sex()).isEqualTo("M");
    }

    @Test
    void thePublicSampleWithRuleBreaksKeptIsRecordedAsTheCensusGaveIt() throws Exception {
        CinCensus census = CinReader.read(Path.of("src/test/resources/samples/cin-d2i/CIN_Census_2024.xml"));
        CinImport.Result r = CinImport.map("CIN_Census_2024.xml", Y2025, census, CinImport.Existing.NONE, true,
                n -> { });

        assertThat(r.errors()).isEmpty();
        assertThat(r.kept()).anySatisfy(e -> assertThat(e.toString()).contains("CollectionDetails row 0, ReferenceDate"))
                .anySatisfy(e -> assertThat(e.toString()).contains("AssessmentFactors: 'RB' is not a FACTORS code"))
                .anySatisfy(e -> assertThat(e.reason()).contains("DfE 1103"));
        CinImport.Planned one = r.children().stream().filter(p -> p.laChildId().equals("DfEX0000001")).findFirst()
                .orElseThrow();
        assertThat(one.accepted()).as("journey-rule breaks the loader is to accept").isNotEmpty();
        ChildJourney j = one.after();
        assertThat(j.child().upn()).isEqualTo("A123456789123");
        assertThat(j.child().upnUnknown()).isEqualTo("UN3");
        assertThat(j.all(AssessmentStage.ASSESSMENTS)).singleElement().satisfies(a -> {
            assertThat(a.assessmentStartDate()).isEqualTo(LocalDate.of(2028, 4, 28));
            assertThat(a.assessmentFactors()).containsExactly("1C", "RB", "6B");
        });
        assertThat(j.all(ProtectionStage.S47_ENQUIRIES)).singleElement()
                .satisfies(s -> assertThat(s.icpcTargetDate()).isEqualTo(LocalDate.of(2022, 6, 23)));
        assertThat(j.all(ProtectionStage.CP_PLANS)).singleElement()
                .satisfies(p -> assertThat(p.numberOfPreviousPlans()).isEqualTo(10));
        assertThat(j.all(ProtectionStage.INITIAL_CONFERENCES)).extracting(InitialConference::icpcDate)
                .containsExactlyInAnyOrder(LocalDate.of(2022, 6, 17), LocalDate.of(2022, 12, 6));
    }

    @Test
    void aDisabilityGivenTwiceIsKeptTwiceOnlyWhenRuleBreaksAreKept() throws Exception {
        String xml = CENSUS.replace("<Disability>HEAR</Disability>", "<Disability>HEAR</Disability><Disability>HEAR</Disability>");

        CinImport.Result once = map(xml, Y2025);
        assertThat(once.errors()).isEmpty();
        assertThat(byId(once).get("IMP001").child().disabilities()).containsExactly("HAND", "HEAR");
        assertThat(once.notes()).anyMatch(n -> n.contains("IMP001") && n.contains("'HEAR' given more than once"));

        CinImport.Result twice = CinImport.map("test.xml", Y2025, read(xml), CinImport.Existing.NONE, true, n -> { });
        assertThat(byId(twice).get("IMP001").child().disabilities()).containsExactly("HAND", "HEAR", "HEAR");
        assertThat(twice.kept()).anySatisfy(e -> assertThat(e.reason()).contains("'HEAR' given more than once"));
    }
}
