package org.hearth.returns.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.returns.export.JourneyBuilder.d;

import java.nio.file.Files;
import org.hearth.protection.S47Enquiry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.child.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.hearth.assessment.AssessmentStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

class CinCensusExportTest {
    private static final String SCHEMA = "reference/cin/CIN_schema_2024.xsd";
    private final CinCensusXml census = new CinCensusXml(Clock.fixed(Instant.parse("2025-05-01T09:30:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private static ChildJourney protectedChild(String id, String sex) {
        JourneyBuilder b = JourneyBuilder.child(id, d("2016-02-02"), sex);
        b.protection(d("2024-05-01"), d("2024-05-28"), null,
                List.of(d("2024-08-28"), d("2024-11-27"), d("2025-02-26"), d("2025-05-20")));
        return b.build();
    }

    private static ChildJourney nfaChild() {
        return JourneyBuilder.child("NFA1", d("2012-01-01"), "M")
                .referral(d("2024-04-15"), true, d("2024-04-16"), "RC8").build();
    }

    private static ChildJourney unborn() {
        return JourneyBuilder.child("UB1", null, null).person(p -> new Person(p.id(), p.legacyId(), p.kind(),
                        null, null, null, null, null, null, null, d("2025-06-01"), null, null, null, "UN1", null,
                        null, null, null, null, null, null, List.of()))
                .referral(d("2025-01-10"), false, null, null).cinPlan(d("2025-02-01"), null).build();
    }

    private static ChildJourney closedLastYear() {
        return JourneyBuilder.child("OLD1", d("2012-01-01"), "F")
                .referral(d("2023-04-15"), false, d("2024-03-31"), "RC1").build();
    }

    private String write(CollectionYear year, ChildJourney... journeys) throws Exception {
        Path file = dir.resolve("cin-" + year.endYear() + ".xml");
        census.writeTo(List.of(journeys), year, "931", file);
        return Files.readString(file);
    }

    @Test
    void the2023To24CensusIsValidAgainstTheSchemaWithGenderCurrent() throws Exception {
        ChildJourney earlier = JourneyBuilder.child("E1", d("2016-02-02"), "F")
                .referral(d("2023-06-01"), false, null, null).cinPlan(d("2023-07-01"), null).build();
        Path file = dir.resolve("cin-2024.xml");
        census.writeTo(List.of(earlier, unborn()), CollectionYear.of(2024), "931", file);

        XsdValidation.validate(file, SCHEMA);
        String xml = Files.readString(file);
        assertThat(xml).contains("<GenderCurrent>2</GenderCurrent>", "<Year>2024</Year>",
                "<ReferenceDate>2024-03-31</ReferenceDate>", "<LEA>931</LEA>").doesNotContain("<Sex>");
    }

    @Test
    void from2024To25SexIsMfuInGenderCurrentsPlace() throws Exception {
        String xml = write(CollectionYear.of(2025), protectedChild("P1", "F"), nfaChild(), unborn());

        assertThat(xml).contains("<Sex>F</Sex>", "<Sex>M</Sex>", "<Sex>U</Sex>").doesNotContain("GenderCurrent");
        // The 2024 schema predates the change; with only that element swapped, everything else must still fit.
        XsdValidation.validate(dir.resolve("cin-2025.xml"), SCHEMA, xsd -> xsd.replace(
                "<xs:element name=\"GenderCurrent\" type=\"gendertype\"",
                "<xs:element name=\"Sex\" type=\"sextype\"").replace("</xs:schema>",
                "<xs:simpleType name=\"sextype\"><xs:restriction base=\"xs:string\"><xs:enumeration value=\"M\"/>"
                        + "<xs:enumeration value=\"F\"/><xs:enumeration value=\"U\"/></xs:restriction></xs:simpleType>"
                        + "</xs:schema>"));
    }

    @Test
    void everyCpReviewUpToTheReferenceDateIsKeptInOrder() throws Exception {
        String xml = write(CollectionYear.of(2025), protectedChild("P1", "F"));

        assertThat(xml).contains("<CPPreviewDate>2024-08-28</CPPreviewDate>", "<CPPreviewDate>2024-11-27</CPPreviewDate>",
                "<CPPreviewDate>2025-02-26</CPPreviewDate>").doesNotContain("2025-05-20");
        assertThat(xml.indexOf("2024-08-28")).isLessThan(xml.indexOf("2024-11-27"));
        assertThat(xml).contains("<DateOfInitialCPC>2024-05-28</DateOfInitialCPC>", "<ICPCnotRequired>false</ICPCnotRequired>",
                "<AssessmentFactors>2A</AssessmentFactors>", "<Disability>NONE</Disability>");
    }

    @Test
    void elementsFollowTheSchemaOrderInsideCinDetails() throws Exception {
        String xml = write(CollectionYear.of(2025), protectedChild("P1", "F"));

        assertThat(xml.indexOf("<Assessments>")).isLessThan(xml.indexOf("<Section47>"));
        assertThat(xml.indexOf("<Section47>")).isLessThan(xml.indexOf("<ReferralNFA>"));
        assertThat(xml.indexOf("<ReferralNFA>")).isLessThan(xml.indexOf("<ChildProtectionPlans>"));
    }

    @Test
    void aNoFurtherActionReferralInTheYearIsIncludedAndOneClosedBeforeItIsNot() throws Exception {
        String xml = write(CollectionYear.of(2025), nfaChild(), closedLastYear());

        assertThat(xml).contains("<LAchildID>NFA1</LAchildID>", "<ReferralNFA>true</ReferralNFA>",
                "<ReasonForClosure>RC8</ReasonForClosure>").doesNotContain("OLD1");
    }

    @Test
    void aClosureAfterTheReferenceDateIsNotYetKnown() throws Exception {
        ChildJourney closesLater = JourneyBuilder.child("LATE", d("2012-01-01"), "F")
                .referral(d("2025-03-01"), false, d("2025-04-20"), "RC1").build();

        String xml = write(CollectionYear.of(2025), closesLater);

        assertThat(xml).doesNotContain("CINclosureDate").doesNotContain("ReasonForClosure");
    }

    @Test
    void aChildBornAfterTheReferenceDateIsReturnedAsUnbornWithTheirBirthAsExpectedWhenNoneWasRecorded() throws Exception {
        ChildJourney bornLater = JourneyBuilder.child("BL1", d("2025-05-10"), "F")
                .referral(d("2025-02-15"), false, null, null).build();

        String xml = write(CollectionYear.of(2025), bornLater);

        assertThat(xml).as("CIN 8525Q").contains("<ExpectedPersonBirthDate>2025-05-10</ExpectedPersonBirthDate>")
                .doesNotContain("<PersonBirthDate>");
    }

    @Test
    void aCensusWithNoChildrenIsRefused() {
        assertThatThrownBy(() -> write(CollectionYear.of(2025), closedLastYear()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No child");
    }

    @Test
    void theLaMustBeTheThreeDigitDfeNumber() {
        assertThatThrownBy(() -> census.writeTo(List.of(nfaChild()), CollectionYear.of(2025), "E10000016",
                dir.resolve("x.xml"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("three-digit");
    }

    @Test
    void recordsAConferenceAtTheSection47LevelOnlyNotAlsoOnTheEpisode() throws Exception {
        String xml = write(CollectionYear.of(2025), protectedChild("P2", "F"));
        // DfE rule 2884: an ICPC is recorded at the S47 level or the CIN details level, never both.
        assertThat(xml.split("<DateOfInitialCPC>", -1)).as("one conference date in the file").hasSize(2);
        String section47 = xml.substring(xml.indexOf("<Section47>"), xml.indexOf("</Section47>"));
        assertThat(section47).contains("<DateOfInitialCPC>2024-05-28</DateOfInitialCPC>");
    }

    @Test
    void leavesOutAnEnquiryThatReachedConferenceInAnEarlierYear() throws Exception {
        JourneyBuilder b = JourneyBuilder.child("S1", d("2014-03-03"), "M");
        b.protection(d("2024-05-01"), d("2024-05-28"), null, List.of(d("2024-08-28")));
        ChildJourney j = b.build();
        // Re-record the enquiry with no end date, as a practitioner might leave it: its conference still ends it.
        S47Enquiry s47 = j.all(ProtectionStage.S47_ENQUIRIES).get(0);
        ChildJourney open = j.with(ProtectionStage.S47_ENQUIRIES, new S47Enquiry(s47.id(), s47.personId(), s47.referralId(),
                null, s47.s47StartDate(), null, true));

        String xml = write(CollectionYear.of(2026), open);

        assertThat(xml).as("the episode is still open, so the child is in this census")
                .contains("<CINreferralDate>2024-05-01</CINreferralDate>");
        assertThat(xml).doesNotContain("<Section47>");
    }

    /** An episode a 2024/25 census returned, closed in 2022/23, with an assessment dated in 2028: rule breaks kept. */
    private static ChildJourney returnedIn2025(Integer censusYear) {
        Person p = new Person(java.util.UUID.randomUUID(), "RET1", Person.CHILD, null, null, null, "M", null, null,
                d("2015-03-27"), null, null, null, "A123456789123", "UN3", null, null, null, null, null, null, null,
                List.of());
        java.util.UUID referral = java.util.UUID.randomUUID();
        java.util.UUID s47 = java.util.UUID.randomUUID();
        return ChildJourney.of(p)
                .with(ReferralStage.REFERRALS, new org.hearth.referral.Referral(referral, p.id(), null, d("2022-10-06"), "1A",
                        "N4", null, null, "RC1", d("2023-02-27"), censusYear))
                .with(AssessmentStage.ASSESSMENTS, new org.hearth.assessment.Assessment(java.util.UUID.randomUUID(), p.id(),
                        referral, d("2028-04-28"), null, d("2020-09-19"), List.of("1C"), null, null))
                .with(ProtectionStage.S47_ENQUIRIES, new S47Enquiry(s47, p.id(), referral, null, d("2022-06-02"), null, null,
                        d("2022-06-23")))
                .with(ProtectionStage.INITIAL_CONFERENCES, new org.hearth.protection.InitialConference(java.util.UUID.randomUUID(),
                        p.id(), s47, referral, d("2022-06-17"), false));
    }

    @Test
    void anEpisodeACensusReturnedIsGivenBackInThatYearAsReturnedEvenOutsideTheYear() throws Exception {
        String xml = write(CollectionYear.of(2025), returnedIn2025(2025));

        assertThat(xml).contains("<LAchildID>RET1</LAchildID>", "<UPN>A123456789123</UPN>",
                "<UPNunknown>UN3</UPNunknown>", "<CINreferralDate>2022-10-06</CINreferralDate>",
                "<CINclosureDate>2023-02-27</CINclosureDate>", "<ReasonForClosure>RC1</ReasonForClosure>",
                "<AssessmentActualStartDate>2028-04-28</AssessmentActualStartDate>",
                "<AssessmentAuthorisationDate>2020-09-19</AssessmentAuthorisationDate>",
                "<InitialCPCtarget>2022-06-23</InitialCPCtarget>", "<DateOfInitialCPC>2022-06-17</DateOfInitialCPC>")
                .as("what the census left out stays out").doesNotContain("<Ethnicity>NOBT", "<Disabilities>",
                        "<ReferralNFA>", "<ICPCnotRequired>");
    }

    @Test
    void anEpisodeACensusReturnedFollowsTheUsualRulesInOtherYearsAndWhenRecordedInHearth() {
        assertThat(census.document(List.of(returnedIn2025(2025)), CollectionYear.of(2026), "931")
                .getElementsByTagName("Child").getLength()).as("another year's census").isZero();
        assertThat(census.document(List.of(returnedIn2025(null)), CollectionYear.of(2025), "931")
                .getElementsByTagName("Child").getLength()).as("an episode recorded in Hearth").isZero();
    }
}
