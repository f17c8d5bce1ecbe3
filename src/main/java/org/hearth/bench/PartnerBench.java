package org.hearth.bench;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.demo.DemoData;
import org.hearth.demo.DemoPartners;
import org.hearth.health.HealthDemo;
import org.hearth.sharing.Organisations;
import org.hearth.sharing.PartnerOrganisation;
import org.hearth.sharing.ShareWithOrganisation;
import org.hearth.sharing.SharedParts;
import org.hearth.sharing.Sharing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code bench web --pages partner}: the partner's home ({@code GET /partner}) and child view
 * ({@code GET /partner/children/{id}}) for N partner practitioners spread over the demo's organisations (police,
 * school, health trust, Cafcass). Made if missing, and again idempotently: users {@code bench-partner-NNN} through
 * {@link UserDirectory} (never the demo's own partner accounts), and, where an organisation has fewer children shared
 * with it now than asked, sharing decisions through {@link Sharing#share} ({@link ShareWithOrganisation}) made by each
 * child's allocated social worker, as on the child's record. Each user signs in through the sign-in page and opens
 * the children shared with their own organisation.
 */
@Component
class PartnerBench implements ApiBenchCommand.PageFamily {
    static final String PREFIX = "bench-partner-";

    /** Children shared now with each organisation at least (the demo's own decisions count). */
    static final int SHARED_PER_ORGANISATION = 20;

    /** A demo organisation, its practitioners' role, and what the council shares with it for. */
    record Partner(String organisationId, Role role, String purpose, String lawfulBasis, boolean carePeriodsToo) {}

    static final List<Partner> PARTNERS = List.of(
            new Partner(DemoPartners.POLICE_ID, Role.PARTNER, "SAFEGUARDING_ENQUIRY", "CA1989_S47", false),
            new Partner(DemoPartners.SCHOOL_ID, Role.PARTNER, "EDUCATION", "PUBLIC_TASK_SAFEGUARDING", true),
            new Partner(HealthDemo.TRUST_ID, Role.HEALTH_PARTNER, "HEALTH_CARE", "PUBLIC_TASK_HEALTH", true),
            new Partner(DemoPartners.CAFCASS_ID, Role.PARTNER, "COURT_PROCEEDINGS", "LEGAL_OBLIGATION_SAFEGUARDING",
                    true));

    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final Sharing sharing;
    private final Organisations organisations;
    private final PasswordEncoder encoder;

    PartnerBench(JdbcTemplate jdbc, UserDirectory users, Sharing sharing, Organisations organisations,
                 PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.users = users;
        this.sharing = sharing;
        this.organisations = organisations;
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return "partner";
    }

    /** The bench's n-th partner user (from 0) and the organisation they belong to: spread in turn over the four. */
    static String username(int n) {
        return PREFIX + String.format("%03d", n + 1);
    }

    static Partner partnerOf(int n) {
        return PARTNERS.get(n % PARTNERS.size());
    }

    /** What the bench made or found: each user's organisation, and the children shared with each organisation now. */
    record Seeded(Map<String, String> organisationOf, Map<String, List<UUID>> sharedWith, int decisionsMade,
                  int refused) {}

    Seeded seed(int n, int sharedPerOrganisation) {
        DemoPartners.addOrganisations(jdbc); // a demo database made before partners were part of the demo has none
        HealthDemo.addTrust(jdbc);
        String hash = encoder.encode(DemoData.DEMO_PASSWORD);
        Map<String, String> organisationOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Partner p = partnerOf(i);
            String username = username(i);
            users.addPartnerUser(username, "Bench Partner " + (i + 1), p.role(), p.organisationId(), hash);
            organisationOf.put(username, p.organisationId());
        }
        // The bench's users only (never the demo's): the published demo password, as the practitioners' bench does.
        jdbc.update("UPDATE hearth_user SET password_hash = ? WHERE username = ANY (?) AND username LIKE 'bench-partner-%'",
                hash, (Object) organisationOf.keySet().toArray(String[]::new));
        int made = 0;
        int refused = 0;
        Map<String, List<UUID>> shared = new LinkedHashMap<>();
        for (Partner p : PARTNERS.subList(0, Math.min(n, PARTNERS.size()))) {
            int[] counts = share(p, sharedPerOrganisation);
            made += counts[0];
            refused += counts[1];
            shared.put(p.organisationId(), sharedNow(p.organisationId()));
        }
        return new Seeded(organisationOf, shared, made, refused);
    }

    /** The children shared with the organisation today (a current, unended decision). */
    List<UUID> sharedNow(String organisationId) {
        return jdbc.queryForList("SELECT DISTINCT person_id FROM sharing_decision WHERE organisation_id = ? AND ended_on "
                + "IS NULL AND consent_withdrawn_on IS NULL AND starts_on <= current_date AND ends_on >= current_date "
                + "ORDER BY person_id", UUID.class, organisationId);
    }

    /**
     * Shares more children with the organisation until it has {@code wanted} now: children on a child protection plan
     * (and, but for the police, in care) with an allocated social worker, who decides as on the record. A child the
     * command refuses (no open episode for the purpose today) is passed over. Returns {made, refused}.
     */
    private int[] share(Partner p, int wanted) {
        int missing = wanted - sharedNow(p.organisationId()).size();
        if (missing <= 0) {
            return new int[] {0, 0};
        }
        PartnerOrganisation org = organisations.find(p.organisationId()).orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ShareWithOrganisation command = new ShareWithOrganisation(p.organisationId(), p.purpose(), p.lawfulBasis(),
                false, null, new LinkedHashSet<>(SharedParts.defaults(org.type(), p.purpose())), today.plusMonths(3));
        record Candidate(UUID child, String worker) {}
        List<Candidate> candidates = jdbc.query("SELECT child, worker FROM (SELECT DISTINCT ON (p.pers_person_id) "
                        + "p.pers_person_id AS child, i.invo_professional_id AS worker FROM ssd_person p "
                        + "JOIN ssd_involvements i ON i.invo_person_id = p.pers_person_id AND i.invo_professional_role_id = 'SW' "
                        + "AND i.invo_involvement_end_date IS NULL "
                        + "WHERE p.pers_death_date IS NULL AND (EXISTS (SELECT 1 FROM ssd_cp_plans c WHERE c.cppl_person_id = "
                        + "p.pers_person_id AND c.cppl_cp_plan_end_date IS NULL) OR (? AND EXISTS (SELECT 1 FROM cla_periods l "
                        + "WHERE l.clpe_person_id = p.pers_person_id AND l.clpe_period_end_date IS NULL))) "
                        + "AND NOT EXISTS (SELECT 1 FROM sharing_decision d WHERE d.person_id = p.pers_person_id AND "
                        + "d.organisation_id = ? AND d.ended_on IS NULL AND d.ends_on >= current_date) "
                        + "ORDER BY p.pers_person_id, i.invo_involvement_start_date DESC) c "
                        + "ORDER BY md5(? || child::text) LIMIT ?",
                (rs, i) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)), p.carePeriodsToo(),
                p.organisationId(), p.organisationId(), missing * 4);
        int made = 0;
        int refused = 0;
        for (Candidate c : candidates) {
            if (made == missing) {
                break;
            }
            Actor worker = users.find(c.worker()).orElse(null);
            if (worker == null) {
                continue;
            }
            try {
                sharing.share(worker, c.child(), command);
                made++;
            } catch (RuntimeException e) { // refused by the command or the seam: the next child
                refused++;
            }
        }
        return new int[] {made, refused};
    }

    @Override
    public List<ApiBenchCommand.Page> prepare(ApiBenchCommand.WebClient client, int n, long seed) throws Exception {
        Seeded s = seed(n, SHARED_PER_ORGANISATION);
        System.out.printf("Partners: %d users over %d organisations; children shared now: %s (%d decisions made "
                        + "through the sharing command, %d refused)%n", s.organisationOf().size(), s.sharedWith().size(),
                s.sharedWith().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList(),
                s.decisionsMade(), s.refused());
        List<String> withChildren = s.organisationOf().keySet().stream()
                .filter(u -> !s.sharedWith().getOrDefault(s.organisationOf().get(u), List.of()).isEmpty()).toList();
        if (withChildren.isEmpty()) {
            return List.of();
        }
        Map<String, String> sessions = client.each(withChildren, client::signIn);
        List<String> signedIn = new ArrayList<>(new java.util.TreeSet<>(sessions.keySet()));
        Random rnd = new Random(seed ^ 0x9a27e1L);
        IntFunction<HttpRequest> home = i -> client.page("/partner",
                sessions.get(signedIn.get(rnd.nextInt(signedIn.size()))));
        IntFunction<HttpRequest> child = i -> {
            String u = signedIn.get(rnd.nextInt(signedIn.size()));
            List<UUID> theirs = s.sharedWith().get(s.organisationOf().get(u));
            return client.page("/partner/children/" + theirs.get(rnd.nextInt(theirs.size())), sessions.get(u));
        };
        return List.of(new ApiBenchCommand.Page("GET /partner (partner home)", home),
                new ApiBenchCommand.Page("GET /partner/children/{id}", child));
    }
}
