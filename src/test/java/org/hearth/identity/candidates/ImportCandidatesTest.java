package org.hearth.identity.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.codes.CollectionYear;
import org.hearth.identity.Upn;
import org.hearth.returns.cin.imports.CinImportService;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 "in the app": a record imported from a CIN census is matched against the children already on Hearth; the
 * likely other records wait for a person (nothing is linked), who decides, and every step is audited.
 */
class ImportCandidatesTest extends HearthIntegrationTest {
    @Autowired
    CinImportService imports;
    @Autowired
    IdentityCandidates identity;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    /** A valid UPN no other test uses: eleven random digits, a final digit, and the check letter that fits. */
    static String upn() {
        String digits = String.format("%011d", Math.abs(System.nanoTime() % 100_000_000_000L)) + "7";
        for (char c : "ABCDEFGHJKLMNPQRTUVWXYZ".toCharArray()) {
            if (Upn.validate(c + digits).valid()) {
                return c + digits;
            }
        }
        throw new IllegalStateException();
    }

    static String child(String laId, String upn, LocalDate dob, String sex) {
        return """
                <Child>
                  <ChildIdentifiers><LAchildID>%s</LAchildID>%s
                    <PersonBirthDate>%s</PersonBirthDate><Sex>%s</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                    <PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2024-06-01</CINclosureDate>
                    <ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>true</ReferralNFA>
                  </CINdetails>
                </Child>""".formatted(laId, upn == null ? "<UPNunknown>UN2</UPNunknown>" : "<UPN>" + upn + "</UPN>",
                dob, sex);
    }

    static String census(String... children) {
        return """
                <Message>
                  <Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>
                    <ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
                    <Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source></Header>
                  <Children>%s</Children>
                </Message>""".formatted(String.join("\n", children));
    }

    UUID byLaId(String laId) {
        return jdbc.queryForObject("SELECT pers_person_id FROM ssd_person WHERE pers_legacy_id = ?", UUID.class, laId);
    }

    @Test
    void shouldLeaveTheImportedChildsLikelyOtherRecordForAPersonToDecideAndLinkNothing() throws Exception {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        LocalDate dob = LocalDate.of(2014, 2, 3 + (int) (System.nanoTime() % 20));
        String upn = upn();
        // Already on Hearth, known by name, with the same UPN and date of birth as the census's child.
        UUID known = fixtures.child(dob, worker, LocalDate.now().minusMonths(2));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Kacper', pers_surname = 'Nowak', pers_sex = 'M', "
                + "pers_upn = ? WHERE pers_person_id = ?", upn, known);
        long linksBefore = jdbc.queryForObject("SELECT count(*) FROM identity_link", Long.class);
        String prefix = "IDC" + (System.nanoTime() % 100_000);
        Path file = dir.resolve("census.xml");
        Files.writeString(file, census(child(prefix + "1", upn, dob, "M"),
                child(prefix + "2", null, LocalDate.of(2011, 7, 9), "F")));

        CinImportService.Outcome outcome = imports.importFile(file, CollectionYear.of(2025), 0, s -> { });

        assertThat(outcome.refused()).as(outcome.errors().toString()).isFalse();
        UUID imported = byLaId(prefix + "1");
        List<Map<String, Object>> waiting = jdbc.queryForList("SELECT candidate_person_id, score, evidence, found_by "
                + "FROM identity_candidate WHERE subject_person_id = ?", imported);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("candidate_person_id")).isEqualTo(known);
        assertThat((Double) waiting.get(0).get("score")).isGreaterThanOrEqualTo(IdentityCandidates.IMPORT_FROM);
        assertThat((String) waiting.get(0).get("evidence")).contains("Agrees: ").contains("UPN").contains("date of birth");
        assertThat(waiting.get(0).get("found_by")).isEqualTo(CinImportService.RECORDED_BY);
        // a date of birth and sex alone are not enough to put a child in front of a person
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_candidate WHERE subject_person_id = ?",
                Long.class, byLaId(prefix + "2"))).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_link", Long.class)).isEqualTo(linksBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND part = "
                + "'identity-candidates' AND detail LIKE '% possible matches found for 2 children added; none linked'",
                Long.class, CinImportService.RECORDED_BY)).isPositive();
        assertThat(identity.pendingFromImport(imported)).isEqualTo(1);

        // A worker who cannot see the imported child cannot decide on it: refused, audited, nothing stored.
        String otherTeam = fixtures.team();
        Actor stranger = new Actor(fixtures.user(Role.SOCIAL_WORKER, otherTeam), "Test", Role.SOCIAL_WORKER, otherTeam);
        assertThatThrownBy(() -> identity.decide(stranger, imported, known,
                IdentityCandidates.Decision.NOT_SAME_CHILD, "import")).isInstanceOf(AccessDenied.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_decision WHERE subject_person_id = ?",
                Long.class, imported)).isZero();

        // The worker of both decides: not the same child. Stored with score and evidence, audited on both records,
        // the import's candidate cleared, and the pair not offered again.
        fixtures.allocate(imported, worker, "SW", LocalDate.now().minusDays(1));
        Actor actor = new Actor(worker, "Test worker", Role.SOCIAL_WORKER, team);
        assertThat(identity.forChild(actor, imported, "test").visible()).extracting(IdentityCandidates.Candidate::id)
                .contains(known);
        identity.decide(actor, imported, known, IdentityCandidates.Decision.NOT_SAME_CHILD, "import");

        Map<String, Object> decision = jdbc.queryForMap("SELECT decision, score, evidence, decided_by, context FROM "
                + "identity_decision WHERE subject_person_id = ?", imported);
        assertThat(decision.get("decision")).isEqualTo("NOT_SAME_CHILD");
        assertThat(decision.get("decided_by")).isEqualTo(worker);
        assertThat((Double) decision.get("score")).isGreaterThanOrEqualTo(IdentityCandidates.IMPORT_FROM);
        assertThat((String) decision.get("evidence")).contains("UPN");
        assertThat(identity.pendingFromImport(imported)).isZero();
        assertThat(identity.forChild(actor, imported, "test").visible()).extracting(IdentityCandidates.Candidate::id)
                .doesNotContain(known);
        assertThat(jdbc.queryForList("SELECT person_id FROM audit_entry WHERE actor = ? AND purpose = "
                + "'identity: not the same child' AND outcome = 'ALLOWED' AND detail LIKE 'NOT_SAME_CHILD (import), score %'",
                UUID.class, worker)).containsExactlyInAnyOrder(imported, known);
    }
}
