package org.hearth.support;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import java.util.List;
import org.hearth.journey.BulkLoader;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.stages.Stages;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds the people a test needs — teams, users and children — with unique names, so tests sharing one database
 * never see each other's data.
 */
@Component
public class TestFixtures {
    public static final String PASSWORD = "test-password";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserDirectory users;
    private final JdbcTemplate jdbc;
    private final String passwordHash;
    private final BulkLoader loader;
    private final TransactionTemplate tx;

    public TestFixtures(UserDirectory users, JdbcTemplate jdbc, PasswordEncoder encoder, BulkLoader loader,
                        TransactionTemplate tx) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordHash = encoder.encode(PASSWORD);
        this.loader = loader;
        this.tx = tx;
    }

    /**
     * Puts history on a child's record as an import would — checked by every journey rule, chronology written — so a
     * test can start from a state (a child on a CP plan, looked after…) without going through the commands it is
     * not testing. Records without an id get one; every record is the child's.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void history(UUID child, JourneyRecord... records) {
        tx.executeWithoutResult(status -> {
            String legacyId = jdbc.queryForObject("SELECT pers_legacy_id FROM ssd_person WHERE pers_person_id = ?",
                    String.class, child);
            ChildJourney before = loader.journeysByLegacyId(List.of(legacyId)).get(legacyId);
            ChildJourney after = before;
            for (JourneyRecord r : records) {
                after = withRecord(after, Stages.of((Class) r.getClass()), r, child);
            }
            BulkLoader.Batch batch = loader.start("test-fixture");
            batch.extend(before, after);
            batch.finish();
        });
    }

    /**
     * A valid NHS number (modulus 11) no other test uses: a new child's NHS number must be one no one else holds, and
     * every test shares the database.
     */
    public static String nhsNumber() {
        java.util.Random random = new java.util.Random(System.nanoTime() + SEQ.incrementAndGet());
        while (true) {
            int sum = 0;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                int d = random.nextInt(10);
                sum += d * (10 - i);
                sb.append(d);
            }
            int check = 11 - sum % 11;
            if (check != 10 && !sb.toString().chars().allMatch(c -> c == sb.charAt(0))) {
                return sb.append(check == 11 ? 0 : check).toString();
            }
        }
    }

    public String team() {
        String id = "team-" + SEQ.incrementAndGet();
        users.addTeam(id, "Team " + id);
        return id;
    }

    public String user(Role role, String team) {
        String name = role.name().toLowerCase() + "-" + SEQ.incrementAndGet();
        users.addUser(name, "Test " + name, role, team, passwordHash);
        return name;
    }

    /**
     * A partner organisation of this type (a unique id, the name given) and one of its practitioners (role PARTNER)
     * with this display name; returns the username. The organisation's id is {@code organisationOf(username)}.
     */
    public String partnerUser(String organisationName, String type, String displayName) {
        int n = SEQ.incrementAndGet();
        String org = "TEST-ORG-" + n;
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, urn) VALUES (?, ?, ?, ?)", org,
                organisationName, type, "SCHOOL".equals(type) ? Integer.toString(900000 + n) : null);
        String name = "partner-" + n;
        users.addPartnerUser(name, displayName, Role.PARTNER, org, passwordHash);
        return name;
    }

    /** A child born on {@code dob}, allocated to {@code worker} (role SW) from {@code allocatedFrom}. */
    public UUID child(LocalDate dob, String worker, LocalDate allocatedFrom) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO ssd_person (pers_person_id, pers_legacy_id, pers_kind, pers_forename, pers_surname, pers_sex, pers_dob) "
                + "VALUES (?, ?, 'CHILD', 'Test', 'Child', 'F', ?)", id, "T" + SEQ.incrementAndGet(), java.sql.Date.valueOf(dob));
        if (worker != null) {
            allocate(id, worker, "SW", allocatedFrom);
        }
        return id;
    }

    private static <T extends Record & JourneyRecord> ChildJourney withRecord(ChildJourney j, EpisodeKind<T> kind,
                                                                           JourneyRecord r, UUID child) {
        T record = kind.cast(r);
        return j.with(kind, kind.table().withIdentity(record, r.id() == null ? UUID.randomUUID() : r.id(), child));
    }

    public void allocate(UUID child, String worker, String role, LocalDate from) {
        jdbc.update("INSERT INTO ssd_involvements (invo_involvements_id, invo_person_id, invo_professional_id, "
                        + "invo_professional_role_id, invo_involvement_start_date) VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID(), child, worker, role, java.sql.Date.valueOf(from));
    }
}
