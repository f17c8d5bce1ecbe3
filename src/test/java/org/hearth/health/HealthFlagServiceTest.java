package org.hearth.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.AdditionalRequestHeadersInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.care.BecomeLookedAfter;
import org.hearth.care.CeaseCare;
import org.hearth.care.NewPlacement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.people.Relationship;
import org.hearth.protection.CpPlan;
import org.hearth.referral.Referral;
import org.hearth.protection.InitialConference;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The health flag service end to end: HAPI FHIR's own generic client against the running server, as an NHS trust's
 * system would call it.
 */
class HealthFlagServiceTest extends HearthIntegrationTest {
    static final String NHS = LookupRequest.NHS_SYSTEM;
    static final LocalDate TODAY = LocalDate.now();

    @Autowired TestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired JourneyService journeys;

    final FhirContext fhir = FhirContext.forR4Cached();
    String worker;
    String partner;

    @BeforeEach
    void setUp() {
        fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        fhir.getRestfulClientFactory().setSocketTimeout(60_000); // a shared, busy test machine
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        partner = "health-" + UUID.randomUUID().toString().substring(0, 8);
        HealthDemo.addPartner(jdbc, partner, "Test clinician", encoder.encode(TestFixtures.PASSWORD));
    }

    IGenericClient client(String username, String purpose, String setting) {
        IGenericClient c = fhir.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        if (username != null) {
            c.registerInterceptor(new BasicAuthInterceptor(username, TestFixtures.PASSWORD));
        }
        AdditionalRequestHeadersInterceptor headers = new AdditionalRequestHeadersInterceptor();
        if (purpose != null) {
            headers.addHeaderValue(LookupRequest.PURPOSE_HEADER, purpose);
        }
        if (setting != null) {
            headers.addHeaderValue(LookupRequest.SETTING_HEADER, setting);
        }
        c.registerInterceptor(headers);
        return c;
    }

    IGenericClient clinician() {
        return client(partner, "ETREAT", "EMERGENCY_DEPARTMENT");
    }

    static Bundle flags(IGenericClient c, String system, String nhs) {
        return c.search().forResource(Flag.class)
                .where(new ReferenceClientParam("patient").hasChainedProperty(
                        Patient.IDENTIFIER.exactly().systemAndIdentifier(system, nhs)))
                .returnBundle(Bundle.class).execute();
    }

    @Test
    void shouldAnswerATokenSearchWhoseBarIsNotEncoded() throws Exception {
        // As the README's curl example sends it: "system|value" with the bar as typed, not %7C.
        String auth = java.util.Base64.getEncoder().encodeToString(
                (partner + ":" + TestFixtures.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /fhir/Flag?patient.identifier=" + NHS + "|9434765919 HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Basic " + auth + "\r\n"
                    + LookupRequest.PURPOSE_HEADER + ": ETREAT\r\n" + LookupRequest.SETTING_HEADER
                    + ": EMERGENCY_DEPARTMENT\r\nAccept: application/fhir+json\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"resourceType\":\"Bundle\"");
        }
    }

    /**
     * The child on a CP plan from a weekday on or before this day, decided at an initial conference that day, after a
     * referral a month before; returns the day the plan started.
     */
    LocalDate onPlan(UUID child, LocalDate day, String category) {
        LocalDate from = day;
        while (from.getDayOfWeek().getValue() > 5) {
            from = from.minusDays(1);
        }
        UUID icpc = UUID.randomUUID();
        LocalDate referred = from.minusMonths(1);
        fixtures.history(child, new Referral(null, child, null, referred, "5A", "N1", referred, false, null, null),
                new InitialConference(icpc, child, null, null, from, true),
                new CpPlan(null, child, null, icpc, from, null, category, category, 0));
        return from;
    }

    UUID childWithNhs(String nhs, LocalDate dob) {
        UUID child = fixtures.child(dob, worker, TODAY.minusYears(1));
        jdbc.update("UPDATE ssd_person SET pers_nhs_number = ? WHERE pers_person_id = ?", nhs, child);
        return child;
    }

    @Test
    void shouldDescribeItselfInACapabilityStatementWithoutSigningIn() {
        CapabilityStatement cs = client(null, null, null).capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(cs.getRestFirstRep().getResource()).extracting(r -> r.getType()).contains("Flag", "Patient");
    }

    @Test
    void shouldReturnTheActiveChildProtectionFlagWithTheCouncilAndTheSocialWorker() {
        String nhs = TestFixtures.nhsNumber();
        UUID child = childWithNhs(nhs, TODAY.minusYears(6));
        LocalDate from = onPlan(child, TODAY.minusMonths(2), "PHY");

        Bundle b = flags(clinician(), NHS, nhs);

        assertThat(b.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(b.getEntry()).hasSize(1);
        Flag flag = (Flag) b.getEntryFirstRep().getResource();
        assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
        assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("CPP");
        assertThat(flag.getCode().getText()).isEqualTo("Child protection plan");
        assertThat(flag.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("safety");
        assertThat(flag.getPeriod().getStartElement().getValueAsString()).isEqualTo(from.toString());
        assertThat(flag.getSubject().getIdentifier().getSystem()).isEqualTo(NHS);
        assertThat(flag.getSubject().getIdentifier().getValue()).isEqualTo(nhs);
        assertThat(flag.getMeta().getProfile().get(0).getValue()).endsWith("UKCore-Flag");
        Organization council = (Organization) flag.getAuthor().getResource();
        assertThat(council.getName()).isEqualTo("Example Borough Council");
        assertThat(council.getContactFirstRep().getName().getText()).contains("Test " + worker + ", social worker");

        Long notified = jdbc.queryForObject("SELECT count(*) FROM health_lookup WHERE helo_person_id = ? "
                + "AND helo_setting = 'EMERGENCY_DEPARTMENT' AND helo_purpose = 'ETREAT' AND helo_flags = 'CPP'",
                Long.class, child);
        assertThat(notified).isEqualTo(1);
        Long audited = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND part = 'health-flags' AND outcome = 'ALLOWED' AND basis = 'HEALTH_FLAG_LOOKUP'", Long.class,
                partner, child);
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void shouldShowTheLookUpToTheChildsSocialWorkerOnMyWorkAndTheRecord() {
        String nhs = TestFixtures.nhsNumber();
        UUID child = childWithNhs(nhs, TODAY.minusYears(4));
        onPlan(child, TODAY.minusMonths(1), "NEG");
        flags(clinician(), NHS, nhs);

        WebSession sw = WebSession.signIn(port, worker);
        String myWork = sw.get("/").body();
        assertThat(myWork).contains("Looked up by health in the last 14 days")
                .contains("Looked up by " + HealthDemo.TRUST_NAME + ", emergency department, ");
        String record = sw.get("/children/" + child).body();
        assertThat(record).contains("Health flag look-ups")
                .contains("Looked up by " + HealthDemo.TRUST_NAME + ", emergency department, ");
        // The page reads the flags under the view it judged for the record: each part audited as its own read, with
        // its own purpose, once.
        assertThat(jdbc.queryForList("SELECT part || ' ' || action || ' ' || outcome || ' ' || basis || ': ' || purpose "
                + "FROM audit_entry WHERE actor = ? AND person_id = ? ORDER BY seq", String.class, worker, child))
                .endsWith("record READ ALLOWED ALLOCATED_WORKER: casework",
                        "health-flags READ ALLOWED ALLOCATED_WORKER: casework: health look-ups and flag history");
    }

    @Test
    void shouldReturnAnEmptyBundleForAChildWithNoFlagAndRecordNoLookUp() {
        String nhs = TestFixtures.nhsNumber();
        UUID child = childWithNhs(nhs, TODAY.minusYears(9));

        Bundle b = flags(clinician(), NHS, nhs);

        assertThat(b.getEntry()).isEmpty();
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM health_lookup WHERE helo_person_id = ?", Long.class, child))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? "
                + "AND outcome = 'DENIED'", Long.class, partner, child)).isEqualTo(1);
        Bundle patients = clinician().search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(NHS, nhs)).returnBundle(Bundle.class).execute();
        assertThat(patients.getEntry()).isEmpty();
    }

    @Test
    void shouldFindAnUnbornChildsPlanByTheMothersNhsNumber() {
        String mothersNhs = TestFixtures.nhsNumber();
        UUID mother = UUID.randomUUID();
        jdbc.update("INSERT INTO ssd_person (pers_person_id, pers_kind, pers_forename, pers_surname, pers_sex, pers_dob, "
                + "pers_nhs_number) VALUES (?, 'ADULT', 'Maya', 'Mother', 'F', ?, ?)", mother,
                java.sql.Date.valueOf(TODAY.minusYears(24)), mothersNhs);
        UUID unborn = UUID.randomUUID();
        jdbc.update("INSERT INTO ssd_person (pers_person_id, pers_legacy_id, pers_kind, pers_sex, pers_expected_dob) "
                + "VALUES (?, ?, 'CHILD', 'U', ?)", unborn, "U" + unborn.toString().substring(0, 8),
                java.sql.Date.valueOf(TODAY.plusWeeks(6)));
        fixtures.allocate(unborn, worker, "SW", TODAY.minusMonths(2));
        fixtures.history(unborn, new Relationship(null, unborn, mother, "MOTHER", true, null, null));
        onPlan(unborn, TODAY.minusWeeks(3), "NEG");

        Bundle b = flags(clinician(), NHS, mothersNhs);

        assertThat(b.getEntry()).hasSize(1);
        Flag flag = (Flag) b.getEntryFirstRep().getResource();
        assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("UCPP");
        assertThat(flag.getSubject().getIdentifier().getValue()).isEqualTo(mothersNhs);
        assertThat(flag.getSubject().getDisplay()).isEqualTo("Maya Mother");
        Bundle patients = clinician().search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(NHS, mothersNhs)).returnBundle(Bundle.class)
                .execute();
        assertThat(patients.getEntry()).hasSize(1);
        Patient p = (Patient) patients.getEntryFirstRep().getResource();
        assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo(mothersNhs);
        assertThat(p.getAddress()).isEmpty();
        assertThat(p.getTelecom()).isEmpty();
    }

    @Test
    void shouldStartAndEndTheLookedAfterFlagWithCareAndKeepTheHistory() {
        String nhs = TestFixtures.nhsNumber();
        UUID child = childWithNhs(nhs, TODAY.minusYears(8));
        Actor sw = new Actor(worker, "Test " + worker, Role.SOCIAL_WORKER, null);
        journeys.execute(sw, child, null, new BecomeLookedAfter(TODAY.minusDays(10), "C2", "N1",
                new NewPlacement("U6", "PR1", "LS1 4AP", null)), "test: the child comes into care");

        assertThat(flags(clinician(), NHS, nhs).getEntry()).singleElement()
                .satisfies(e -> assertThat(((Flag) e.getResource()).getCode().getCodingFirstRep().getCode())
                        .isEqualTo("CLA"));

        ChildJourney j = journeys.read(sw, child, "care-periods", "test");
        journeys.execute(sw, child, j.version(), new CeaseCare(TODAY, "E4A"), "test: the child goes home");

        assertThat(flags(clinician(), NHS, nhs).getEntry()).isEmpty();
        List<String> history = jdbc.queryForList("SELECT hfh_flag || ' ' || hfh_change FROM health_flag_history "
                + "WHERE hfh_person_id = ? ORDER BY hfh_entry_id", String.class, child);
        assertThat(history).containsExactly("CLA STARTED", "CLA CHANGED", "CLA ENDED");
    }

    @Test
    void shouldRefuseABadCheckDigitWithAnOperationOutcomeAndDiscloseNothing() {
        assertThatThrownBy(() -> flags(clinician(), NHS, "9434765918"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(diagnostics(e)).isEqualTo("NHS number 943 476 5918 fails its check digit"));
    }

    @Test
    void shouldRefuseAnUnknownIdentifierSystem() {
        assertThatThrownBy(() -> flags(clinician(), "https://example.org/hospital-number", "12345"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(diagnostics(e)).startsWith("Only NHS numbers are looked up"));
    }

    @Test
    void shouldRefuseALookUpWithNoPurpose() {
        String nhs = TestFixtures.nhsNumber();
        UUID child = childWithNhs(nhs, TODAY.minusYears(3));
        onPlan(child, TODAY.minusMonths(2), "PHY");

        assertThatThrownBy(() -> flags(client(partner, null, "EMERGENCY_DEPARTMENT"), NHS, nhs))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(diagnostics(e)).startsWith("State the purpose of the look-up"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM health_lookup WHERE helo_person_id = ?", Long.class, child))
                .isZero();
    }

    @Test
    void shouldRefuseCouncilStaffWith403() {
        String nhs = TestFixtures.nhsNumber();
        UUID child = childWithNhs(nhs, TODAY.minusYears(3));
        onPlan(child, TODAY.minusMonths(2), "PHY");

        assertThatThrownBy(() -> flags(client(worker, "TREAT", "GP_PRACTICE"), NHS, nhs))
                .isInstanceOf(ForbiddenOperationException.class)
                .satisfies(e -> assertThat(diagnostics(e)).contains("health organisation"));
    }

    @Test
    void shouldRefuseAnonymousCallersWith401() {
        assertThatThrownBy(() -> flags(client(null, "TREAT", "GP_PRACTICE"), NHS, "9434765919"))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void shouldRefuseAHealthPartnerWhoseAccountIsNotInAHealthOrganisation() {
        jdbc.update("INSERT INTO organisation (organisation_id, name, type) VALUES ('HOUSING1', 'Test Housing', "
                + "'HOUSING') ON CONFLICT DO NOTHING");
        String housing = "housing-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO hearth_user (username, display_name, role, organisation_id, password_hash) "
                + "VALUES (?, 'Housing officer', 'HEALTH_PARTNER', 'HOUSING1', ?)", housing,
                encoder.encode(TestFixtures.PASSWORD));
        assertThatThrownBy(() -> flags(client(housing, "TREAT", "GP_PRACTICE"), NHS, "9434765919"))
                .isInstanceOf(ForbiddenOperationException.class);
    }

    private String diagnostics(Throwable e) {
        BaseServerResponseException r = (BaseServerResponseException) e;
        OperationOutcome oo = (OperationOutcome) r.getOperationOutcome();
        return oo.getIssueFirstRep().getDiagnostics();
    }
}
