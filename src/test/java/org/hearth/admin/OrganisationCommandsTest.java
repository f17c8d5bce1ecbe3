package org.hearth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The administrator's commands on partner organisations and their users, judged as plain Java. */
class OrganisationCommandsTest {
    static final Map<String, OrganisationType> TYPES = new LinkedHashMap<>();

    static {
        for (String[] t : new String[][] {{"POLICE_FORCE", "Police force", "n"}, {"NHS_TRUST", "NHS trust", "y"},
                {"GP_PRACTICE", "GP practice", "y"}, {"CAMHS", "Child and adolescent mental health service (CAMHS)", "y"},
                {"SCHOOL", "School or academy", "n"}, {"EARLY_YEARS", "Early years setting", "n"},
                {"HOUSING", "Housing", "n"}, {"CAFCASS", "Cafcass", "n"}}) {
            TYPES.put(t[0], new OrganisationType(t[0], t[1], "y".equals(t[2])));
        }
    }

    static Organisation org(String id, String name, String type, String urn, String ods, String force,
                            LocalDate closedOn, int version, int users) {
        OrganisationType t = TYPES.get(type);
        return new Organisation(id, name, type, t.label(), t.health(), urn, ods, force, null, null, null, closedOn,
                closedOn == null ? null : "Merged", version, users, users, 0);
    }

    static final Organisation HILLSIDE = org("URN-999123", "Hillside Academy", "SCHOOL", "999123", null, null, null, 3, 1);
    static final Organisation TRUST = org("RXX01", "Example Valley Hospitals", "NHS_TRUST", null, "RXX01", null, null, 0, 1);
    static final Organisation OLD_POLICE = org("POLICE-13", "Old Valley Police", "POLICE_FORCE", null, null, "13",
            LocalDate.of(2025, 1, 6), 2, 0);
    static final List<Organisation> EXISTING = List.of(HILLSIDE, TRUST, OLD_POLICE);

    static OrganisationDetails school(String name, String urn) {
        return new OrganisationDetails(name, "SCHOOL", urn, null, null, "1 River Lane\nLeeds LS1 1AA",
                "office@riverside.example.org", "0113 496 0000");
    }

    static List<String> fields(List<AdminRefusal> refusals) {
        return refusals.stream().map(AdminRefusal::field).toList();
    }

    @Test
    void shouldRegisterASchoolWithItsSixDigitUrnAndNameItByTheUrn() {
        RegisterOrganisation command = new RegisterOrganisation(school("  Riverside   Primary School ", " 123456 "));
        assertThat(command.decide(TYPES, EXISTING)).isEmpty();
        assertThat(command.details().name()).isEqualTo("Riverside Primary School");
        assertThat(command.proposeId(Set.of("URN-999123"))).isEqualTo("URN-123456");
        assertThat(command.proposeId(Set.of("URN-123456"))).as("taken: a random id instead").startsWith("ORG-")
                .isNotEqualTo("URN-123456");
    }

    @Test
    void shouldRefuseASchoolWithoutAUrnOrWithOneNotOfSixDigits() {
        assertThat(new RegisterOrganisation(school("Riverside", null)).decide(TYPES, EXISTING))
                .extracting(AdminRefusal::message).containsExactly("Enter the school's URN (unique reference number): 6 digits");
        assertThat(new RegisterOrganisation(school("Riverside", "12345")).decide(TYPES, EXISTING))
                .extracting(AdminRefusal::message).containsExactly("A school's URN is 6 digits, like 100000");
        assertThat(new RegisterOrganisation(school("Riverside", "1234567")).decide(TYPES, EXISTING)).hasSize(1);
        assertThat(new RegisterOrganisation(school("Riverside", "12A456")).decide(TYPES, EXISTING)).hasSize(1);
    }

    @Test
    void shouldAskEachTypeForItsOwnIdentifierAndNoOther() {
        assertThat(fields(new RegisterOrganisation(new OrganisationDetails("Valley Police", "POLICE_FORCE", null, null,
                null, null, null, null)).decide(TYPES, EXISTING))).containsExactly("policeForceCode");
        assertThat(new RegisterOrganisation(new OrganisationDetails("Valley Police", "POLICE_FORCE", null, null,
                "7", null, null, null)).decide(TYPES, EXISTING)).extracting(AdminRefusal::message)
                .containsExactly("A police force code is 2 digits, like 13");
        assertThat(fields(new RegisterOrganisation(new OrganisationDetails("Valley GP", "GP_PRACTICE", null, null,
                null, null, null, null)).decide(TYPES, EXISTING))).containsExactly("odsCode");
        assertThat(new RegisterOrganisation(new OrganisationDetails("Valley GP", "GP_PRACTICE", null, "b81001", null,
                null, null, null)).decide(TYPES, EXISTING)).as("ODS codes are read in capitals").isEmpty();
        assertThat(new RegisterOrganisation(new OrganisationDetails("Valley CAMHS", "CAMHS", null, null, null, null,
                null, null)).decide(TYPES, EXISTING)).as("a CAMHS service may have no ODS code of its own").isEmpty();
        assertThat(fields(new RegisterOrganisation(new OrganisationDetails("Valley Housing", "HOUSING", "123456",
                "RXX02", "13", null, null, null)).decide(TYPES, EXISTING)))
                .containsExactly("urn", "odsCode", "policeForceCode");
        assertThat(new RegisterOrganisation(new OrganisationDetails("Little Acorns", "EARLY_YEARS", "ey123456", null,
                null, null, null, null)).decide(TYPES, EXISTING)).as("an Ofsted URN").isEmpty();
        assertThat(fields(new RegisterOrganisation(new OrganisationDetails("Little Acorns", "EARLY_YEARS", "EY12",
                null, null, null, null, null)).decide(TYPES, EXISTING))).containsExactly("urn");
    }

    @Test
    void shouldRefuseAnUnknownTypeNoNameAndContactsInTheWrongForm() {
        List<AdminRefusal> refused = new RegisterOrganisation(new OrganisationDetails(" ", "SPACE_AGENCY", null, null,
                null, "x".repeat(501), "not-an-email", "call me")).decide(TYPES, EXISTING);
        assertThat(fields(refused)).containsExactly("name", "type", "address", "email", "phone");
        assertThat(refused.get(1).message()).isEqualTo("Choose a type of organisation from the list");
        assertThat(fields(new RegisterOrganisation(null).decide(TYPES, EXISTING))).containsExactly("name", "type");
        assertThat(fields(new RegisterOrganisation(school("x".repeat(201), "123456")).decide(TYPES, EXISTING)))
                .containsExactly("name");
        assertThat(fields(new RegisterOrganisation(school("Nul\u0000School", "123456")).decide(TYPES, EXISTING)))
                .containsExactly("name");
    }

    @Test
    void shouldRefuseANameOrIdentifierAnotherOrganisationHasClosedOnesIncluded() {
        List<AdminRefusal> refused = new RegisterOrganisation(school("hillside  ACADEMY", "999123"))
                .decide(TYPES, EXISTING);
        assertThat(fields(refused)).containsExactly("name", "urn");
        assertThat(refused.get(0).message()).startsWith("Hillside Academy is already in Hearth");
        assertThat(refused.get(1).message()).isEqualTo("URN 999123 is already Hillside Academy's");
        List<AdminRefusal> police = new RegisterOrganisation(new OrganisationDetails("New Valley Police",
                "POLICE_FORCE", null, null, "13", null, null, null)).decide(TYPES, EXISTING);
        assertThat(police).extracting(AdminRefusal::message)
                .containsExactly("Police force code 13 is already Old Valley Police's (closed on 6 January 2025)");
        assertThat(fields(new RegisterOrganisation(new OrganisationDetails("Another Trust", "NHS_TRUST", null, "rxx01",
                null, null, null, null)).decide(TYPES, EXISTING))).containsExactly("odsCode");
    }

    @Test
    void shouldChangeAnOrganisationFromTheVersionReadAndKeepItsOwnNameAndUrn() {
        OrganisationDetails d = new OrganisationDetails("Hillside Academy", "SCHOOL", "999123", null, null,
                "2 Hill Road", "office@hillside.example.org", null);
        assertThat(new UpdateOrganisation(d, 3).decide(HILLSIDE, TYPES, EXISTING)).isEmpty();
    }

    @Test
    void shouldRefuseAStaleChangeAChangeToAClosedOneAndANewTypeOnceItHasUsers() {
        OrganisationDetails d = HILLSIDE.details();
        List<AdminRefusal> stale = new UpdateOrganisation(d, 2).decide(HILLSIDE, TYPES, EXISTING);
        assertThat(stale).extracting(AdminRefusal::field).containsExactly(AdminRefusal.VERSION);
        assertThat(stale.get(0).message()).contains("Someone changed Hillside Academy since you opened it");
        assertThat(new UpdateOrganisation(d, null).decide(HILLSIDE, TYPES, EXISTING)).hasSize(1);
        assertThat(new UpdateOrganisation(OLD_POLICE.details(), 2).decide(OLD_POLICE, TYPES, EXISTING))
                .extracting(AdminRefusal::message).containsExactly("Old Valley Police is closed: a closed organisation "
                        + "is not changed");
        OrganisationDetails early = new OrganisationDetails("Hillside Academy", "EARLY_YEARS", "999123", null, null,
                null, null, null);
        assertThat(fields(new UpdateOrganisation(early, 3).decide(HILLSIDE, TYPES, EXISTING))).containsExactly("type");
        assertThat(fields(new UpdateOrganisation(school("Example Valley Hospitals", "999123"), 3)
                .decide(HILLSIDE, TYPES, EXISTING))).containsExactly("name");
    }

    @Test
    void shouldCloseAnOpenOrganisationWithAReasonFromTheVersionRead() {
        assertThat(new CloseOrganisation("The school merged into Riverside", 3).decide(HILLSIDE)).isEmpty();
        assertThat(fields(new CloseOrganisation(" ", 3).decide(HILLSIDE))).containsExactly("reason");
        assertThat(fields(new CloseOrganisation("x".repeat(501), 3).decide(HILLSIDE))).containsExactly("reason");
        assertThat(fields(new CloseOrganisation("Merged", 1).decide(HILLSIDE))).containsExactly(AdminRefusal.VERSION);
        assertThat(new CloseOrganisation("Merged", 2).decide(OLD_POLICE)).extracting(AdminRefusal::message)
                .containsExactly("Old Valley Police is already closed");
    }

    static AddPartnerUser user(String username, String role, String password, boolean oidcOnly) {
        return new AddPartnerUser(username, "Jo Smith", "jo.smith@riverside.example.org", role, password, oidcOnly);
    }

    @Test
    void shouldAddAPractitionerWithAnInitialPassword() {
        AddPartnerUser add = user(" J.Smith.Riverside ", "partner", "correct horse battery", false);
        assertThat(add.decide(HILLSIDE, false, false)).isEmpty();
        assertThat(add.username()).isEqualTo("j.smith.riverside");
        assertThat(add.role()).isEqualTo("PARTNER");
    }

    @Test
    void shouldLetOnlyAHealthOrganisationsUsersBeHealthPartners() {
        assertThat(user("nurse.one", "HEALTH_PARTNER", "correct horse battery", false).decide(TRUST, false, false))
                .isEmpty();
        assertThat(user("teacher.one", "HEALTH_PARTNER", "correct horse battery", false).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::field).containsExactly("role");
        assertThat(user("teacher.one", "ADMINISTRATOR", "correct horse battery", false).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::message).containsExactly("Choose the user's role from the list");
    }

    @Test
    void shouldRefuseATakenUsernameABadOneAPasswordTooShortOrTooLongAndAClosedOrganisation() {
        assertThat(user("jo", "PARTNER", "correct horse battery", false).decide(HILLSIDE, true, false))
                .extracting(AdminRefusal::field).containsExactly("username");
        assertThat(user("sw.demo", "PARTNER", "correct horse battery", false).decide(HILLSIDE, true, false))
                .extracting(AdminRefusal::message).containsExactly("There is already a Hearth account called sw.demo: "
                        + "choose another username");
        assertThat(user("jo smith", "PARTNER", "correct horse battery", false).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::field).containsExactly("username");
        assertThat(user("jo.smith", "PARTNER", "short", false).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::message).containsExactly("The password must have at least 12 characters");
        assertThat(user("jo.smith", "PARTNER", "x".repeat(65), false).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::field).containsExactly("password");
        assertThat(user("jo.smith", "PARTNER", "é".repeat(40), false).decide(HILLSIDE, false, false))
                .as("80 bytes: more than BCrypt reads").extracting(AdminRefusal::field).containsExactly("password");
        assertThat(user("jo.smith", "PARTNER", null, false).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::field).containsExactly("password");
        assertThat(new AddPartnerUser(null, null, "nope", null, null, false).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::field).containsExactly("username", "displayName", "email", "role", "password");
        assertThat(user("jo.smith", "PARTNER", "correct horse battery", false).decide(OLD_POLICE, false, false))
                .extracting(AdminRefusal::message).containsExactly("Old Valley Police is closed: its users cannot sign "
                        + "in, so none is added");
    }

    @Test
    void shouldAddAnOidcOnlyUserOnlyWhereAnIdentityProviderCanSignThemIn() {
        assertThat(user("jo.smith", "PARTNER", null, true).decide(HILLSIDE, false, true)).isEmpty();
        assertThat(user("jo.smith", "PARTNER", "", true).decide(HILLSIDE, false, false))
                .extracting(AdminRefusal::field).containsExactly("oidcOnly");
        assertThat(user("jo.smith", "PARTNER", "correct horse battery", true).decide(HILLSIDE, false, true))
                .extracting(AdminRefusal::field).containsExactly("password");
    }

    static PartnerUser account(String org, boolean enabled, int version) {
        return new PartnerUser("jo.smith", "Jo Smith", "jo@example.org", "PARTNER", org, enabled, true, version,
                java.time.Instant.now(), null, null);
    }

    @Test
    void shouldDisableAnEnabledUserOfTheOrganisationFromTheVersionRead() {
        assertThat(new DisablePartnerUser(4).decide(HILLSIDE, Optional.of(account("URN-999123", true, 4)))).isEmpty();
        assertThat(new DisablePartnerUser(3).decide(HILLSIDE, Optional.of(account("URN-999123", true, 4))))
                .extracting(AdminRefusal::field).containsExactly(AdminRefusal.VERSION);
        assertThat(new DisablePartnerUser(4).decide(HILLSIDE, Optional.of(account("URN-999123", false, 4))))
                .extracting(AdminRefusal::message).containsExactly("Jo Smith is already disabled");
        assertThat(new DisablePartnerUser(4).decide(HILLSIDE, Optional.of(account("RXX01", true, 4))))
                .as("another organisation's user").extracting(AdminRefusal::field).containsExactly("username");
        assertThat(new DisablePartnerUser(4).decide(HILLSIDE, Optional.empty())).hasSize(1);
    }

    @Test
    void shouldEnableADisabledUserOnlyWhileTheOrganisationIsOpen() {
        assertThat(new EnablePartnerUser(1).decide(HILLSIDE, Optional.of(account("URN-999123", false, 1)))).isEmpty();
        assertThat(new EnablePartnerUser(1).decide(HILLSIDE, Optional.of(account("URN-999123", true, 1))))
                .extracting(AdminRefusal::message).containsExactly("Jo Smith can already sign in");
        assertThat(new EnablePartnerUser(1).decide(OLD_POLICE, Optional.of(account("POLICE-13", false, 1))))
                .extracting(AdminRefusal::message).containsExactly("Old Valley Police is closed: its users cannot sign in");
    }

    @Test
    void shouldSetANewPasswordOfTheRightLengthFromTheVersionRead() {
        assertThat(new ResetPartnerPassword("a new long password", 2).decide(HILLSIDE,
                Optional.of(account("URN-999123", true, 2)))).isEmpty();
        assertThat(new ResetPartnerPassword("short", 2).decide(HILLSIDE, Optional.of(account("URN-999123", true, 2))))
                .extracting(AdminRefusal::field).containsExactly("password");
        assertThat(new ResetPartnerPassword(null, 2).decide(HILLSIDE, Optional.of(account("URN-999123", true, 2))))
                .extracting(AdminRefusal::message).containsExactly("Enter a new password of at least 12 characters");
        assertThat(new ResetPartnerPassword("a new long password", 1).decide(HILLSIDE,
                Optional.of(account("URN-999123", true, 2)))).extracting(AdminRefusal::field)
                .containsExactly(AdminRefusal.VERSION);
    }

    @Test
    void shouldSayDoneInWordsAndIgnoreAnAddressHearthDidNotMake() {
        assertThat(OrganisationPages.doneText("added-j.smith")).isEqualTo("j.smith added: they can sign in now");
        assertThat(OrganisationPages.doneText("closed-1")).endsWith("1 sharing decision ended");
        assertThat(OrganisationPages.doneText("added-<script>")).isNull();
        assertThat(OrganisationPages.doneText("hacked")).isNull();
    }
}
