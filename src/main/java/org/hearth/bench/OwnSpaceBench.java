package org.hearth.bench;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.carers.CarersStage;
import org.hearth.carers.LinkCarer;
import org.hearth.demo.DemoData;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code bench web --pages portal}: the child's and care leaver's own space ({@code GET /me}, {@code /me/plan}, and
 * {@code /me/pathway-plan} for care leavers) and the carer's home ({@code GET /carer}).
 *
 * <p>Children and care leavers are invited as their worker invites them, over HTTP through the worker's own page
 * ({@code /children/{id}/portal}: a made-up email, {@code bench-<child id>@example.invalid}); the one-time code is
 * read off that page (the demo outbox, as the worker reads it out), the child signs in with it at
 * {@code /me/sign-in/code} and chooses the bench PIN at {@code /me/pin}. Every later run signs them in with the PIN
 * at {@code /me/sign-in}. Half are looked-after children (8 to 17, invited by their social worker), half care leavers
 * (18 to 21, by their personal adviser); a child who already has an account of their own is never chosen. Their
 * workers get the published demo password, as the practitioners' bench gives it to the workers it signs in.
 *
 * <p>Carers {@code bench-carer-NNN} are added through {@link UserDirectory} and linked to a fostered child's current
 * placement with {@link LinkCarer} by the child's social worker (as {@code carer.demo} is); there are as many as
 * there are foster placements to link, up to N.
 */
@Component
class OwnSpaceBench implements ApiBenchCommand.PageFamily {
    static final String CARER_PREFIX = "bench-carer-";
    static final String PIN = "2580";
    static final String PURPOSE = "the web bench: a carer linked to their foster child's placement";
    private static final String FOSTER_TYPES = "('U1','U2','U3','U4','U5','U6')";
    private static final Pattern CODE = Pattern.compile("Your code to sign in to Hearth is (\\d{6})");

    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final JourneyService journeys;
    private final DemoData demo;
    private final PasswordEncoder encoder;

    OwnSpaceBench(JdbcTemplate jdbc, UserDirectory users, JourneyService journeys, DemoData demo,
                  PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.users = users;
        this.journeys = journeys;
        this.demo = demo;
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return "portal";
    }

    static String contact(UUID child) {
        return "bench-" + child + "@example.invalid";
    }

    static String carer(int n) {
        return CARER_PREFIX + String.format("%03d", n + 1);
    }

    /** A bench account in a child's own space: its sign-in contact, the child, and whether a care leaver's. */
    record Account(String username, UUID child, String contact, boolean youngPerson) {}

    /** The bench's accounts that are ready (invited, PIN chosen, not paused, linked now). */
    List<Account> accounts() {
        return jdbc.query("SELECT a.username, a.child_id, a.contact, u.role FROM portal_account a JOIN hearth_user u ON "
                        + "u.username = a.username AND u.enabled WHERE a.contact LIKE 'bench-%@example.invalid' AND "
                        + "a.pin_hash IS NOT NULL AND a.paused_at IS NULL AND EXISTS (SELECT 1 FROM role_assignment r WHERE "
                        + "r.holder_kind = 'USER' AND r.holder_id = a.username AND r.role = 'SELF' AND r.scope_id = "
                        + "a.child_id::text AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now())) "
                        + "ORDER BY a.child_id",
                (rs, i) -> new Account(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        Role.YOUNG_PERSON.name().equals(rs.getString(4))));
    }

    private record Invitation(UUID child, String worker) {}

    /**
     * Invites children until the bench has {@code n} ready accounts (half care leavers where there are enough), through
     * the worker's page and the child's sign-in pages; returns the ready accounts.
     */
    List<Account> seedAccounts(ApiBenchCommand.WebClient client, int n) throws Exception {
        List<Account> ready = accounts();
        long leavers = ready.stream().filter(Account::youngPerson).count();
        int wantLeavers = (int) Math.max(0, n / 2 - leavers);
        int wantChildren = (int) Math.max(0, n - n / 2 - (ready.size() - leavers));
        if (wantLeavers + wantChildren == 0) {
            return ready;
        }
        // A child with no account, or one the bench began and did not finish (no PIN yet: invited again).
        String free = "AND NOT EXISTS (SELECT 1 FROM portal_account a WHERE a.child_id = p.pers_person_id AND NOT "
                + "(a.contact LIKE 'bench-%@example.invalid' AND a.pin_hash IS NULL AND a.paused_at IS NULL)) ";
        List<Invitation> leaversToInvite = candidates("PA", 18, 21, "", free, wantLeavers);
        List<Invitation> childrenToInvite = candidates("SW", 8, 17, "AND EXISTS (SELECT 1 FROM cla_periods l WHERE "
                + "l.clpe_person_id = p.pers_person_id AND l.clpe_period_end_date IS NULL) ", free,
                wantChildren + wantLeavers);
        List<Invitation> invite = new ArrayList<>(leaversToInvite);
        // too few care leavers: more looked-after children instead
        int children = wantChildren + (wantLeavers - leaversToInvite.size());
        invite.addAll(childrenToInvite.subList(0, Math.min(children, childrenToInvite.size())));
        if (invite.isEmpty()) {
            return ready;
        }
        List<String> workers = invite.stream().map(Invitation::worker).distinct().sorted().toList();
        demo.publishDemoPassword(workers);
        Map<String, String> workerSessions = client.each(workers, client::signIn);
        // One worker's invitations one after another: two pages opened at once in a new session could each make the
        // session's CSRF token, the second replacing the first (as two tabs opened at the same moment might).
        Map<String, List<UUID>> byWorker = new java.util.TreeMap<>();
        invite.forEach(i -> byWorker.computeIfAbsent(i.worker(), k -> new ArrayList<>()).add(i.child()));
        client.each(List.copyOf(byWorker.keySet()), worker -> {
            for (UUID child : byWorker.get(worker)) {
                invite(client, workerSessions.get(worker), child);
            }
            return Boolean.TRUE;
        });
        return accounts();
    }

    private List<Invitation> candidates(String workerRole, int fromAge, int toAge, String also, String free, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.query("SELECT child, worker FROM (SELECT DISTINCT ON (p.pers_person_id) p.pers_person_id AS child, "
                        + "i.invo_professional_id AS worker FROM ssd_person p JOIN ssd_involvements i ON i.invo_person_id = "
                        + "p.pers_person_id AND i.invo_professional_role_id = ? AND i.invo_involvement_end_date IS NULL "
                        + "JOIN hearth_user w ON w.username = i.invo_professional_id AND w.enabled "
                        + "WHERE p.pers_kind = 'CHILD' AND p.pers_death_date IS NULL AND p.pers_dob IS NOT NULL AND "
                        + "date_part('year', age(current_date, p.pers_dob)) BETWEEN ? AND ? " + also + free
                        + "ORDER BY p.pers_person_id, i.invo_involvement_start_date DESC) c ORDER BY md5('bench' || "
                        + "child::text) LIMIT ?",
                (rs, i) -> new Invitation(rs.getObject(1, UUID.class), rs.getString(2)), workerRole, fromAge, toAge, limit);
    }

    /** The worker invites the child from their page; the child signs in with the code read off it and chooses the PIN. */
    private void invite(ApiBenchCommand.WebClient client, String workerSession, UUID child) throws Exception {
        String page = "/children/" + child + "/portal";
        String contact = contact(child);
        client.submit(page, page + "/invite", Map.of("contact", contact), workerSession,
                location -> location.contains("saved=invited"));
        Matcher code = CODE.matcher(client.read(page, workerSession));
        if (!code.find()) {
            throw new IllegalStateException("no code on the worker's page for an invited child");
        }
        String childSession = client.submit("/me/sign-in/code", "/me/sign-in/code/check",
                Map.of("contact", contact, "code", code.group(1)), null, location -> location.endsWith("/me/pin")
                        || location.endsWith("/me"));
        client.submit("/me/pin", "/me/pin", Map.of("pin", PIN, "again", PIN), childSession,
                location -> location.contains("/me"));
    }

    /** Signs a ready account in as a child does: their contact and PIN at /me/sign-in. */
    static String signIn(ApiBenchCommand.WebClient client, Account a) throws Exception {
        return client.submit("/me/sign-in", "/me/sign-in", Map.of("contact", a.contact(), "pin", PIN), null,
                location -> location.endsWith("/me"));
    }

    /** A bench carer and the child placed with them now. */
    record CarerLink(String username, UUID child) {}

    /** The bench's carers linked to a current placement now. */
    List<CarerLink> carers() {
        return jdbc.query("SELECT DISTINCT ON (c.pcar_carer_username) c.pcar_carer_username, c.pcar_person_id FROM "
                + "placement_carers c JOIN ssd_cla_placement pl ON pl.clap_cla_placement_id = c.pcar_placement_id AND "
                + "pl.clap_cla_placement_end_date IS NULL WHERE c.pcar_carer_username LIKE 'bench-carer-%' AND "
                + "c.pcar_link_end_date IS NULL ORDER BY c.pcar_carer_username, c.pcar_link_start_date DESC",
                (rs, i) -> new CarerLink(rs.getString(1), rs.getObject(2, UUID.class)));
    }

    /**
     * Makes carers until there are {@code n} linked now, or no fostered child is left to link: each a CARER account,
     * linked by the child's social worker to the child's current foster placement through the carers' command.
     */
    List<CarerLink> seedCarers(int n) {
        List<CarerLink> linked = carers();
        String hash = encoder.encode(DemoData.DEMO_PASSWORD);
        java.util.Set<String> busy = new java.util.HashSet<>(linked.stream().map(CarerLink::username).toList());
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < n && wanted.size() < n - linked.size(); i++) {
            if (!busy.contains(carer(i))) {
                wanted.add(carer(i));
            }
        }
        if (wanted.isEmpty()) {
            return linked;
        }
        record Fostered(UUID child, String worker) {}
        List<Fostered> children = jdbc.query("SELECT child, worker FROM (SELECT DISTINCT ON (p.pers_person_id) "
                        + "p.pers_person_id AS child, i.invo_professional_id AS worker FROM ssd_person p "
                        + "JOIN ssd_cla_placement pl ON pl.clap_person_id = p.pers_person_id AND "
                        + "pl.clap_cla_placement_end_date IS NULL AND pl.clap_cla_placement_type IN " + FOSTER_TYPES
                        + " JOIN ssd_involvements i ON i.invo_person_id = p.pers_person_id AND "
                        + "i.invo_professional_role_id = 'SW' AND i.invo_involvement_end_date IS NULL "
                        + "WHERE p.pers_death_date IS NULL AND NOT EXISTS (SELECT 1 FROM placement_carers c WHERE "
                        + "c.pcar_person_id = p.pers_person_id AND c.pcar_link_end_date IS NULL) "
                        + "ORDER BY p.pers_person_id, i.invo_involvement_start_date DESC) f "
                        + "ORDER BY md5('bench-carer' || child::text) LIMIT ?",
                (rs, i) -> new Fostered(rs.getObject(1, UUID.class), rs.getString(2)), wanted.size() * 2);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        int next = 0;
        for (Fostered f : children) {
            if (next == wanted.size()) {
                break;
            }
            Actor worker = users.find(f.worker()).orElse(null);
            if (worker == null || worker.role() != Role.SOCIAL_WORKER) {
                continue;
            }
            String username = wanted.get(next);
            users.addUser(username, "Bench Carer " + username.substring(CARER_PREFIX.length()), Role.CARER, null, hash);
            try {
                ChildJourney j = journeys.read(worker, f.child(), CarersStage.PLACEMENT_CARERS.name(), PURPOSE);
                Placement placement = j.all(CareStage.PLACEMENTS).stream().filter(p -> p.endDate() == null)
                        .reduce((a, b) -> b).orElse(null);
                if (placement == null || placement.startDate().isAfter(today)) {
                    continue;
                }
                journeys.execute(worker, f.child(), j.version(), new LinkCarer(placement.id(), username, Role.CARER,
                        "FOSTER", placement.startDate()), PURPOSE);
                next++;
            } catch (RuntimeException e) { // refused by the command or the seam: the next child
                continue;
            }
        }
        // The bench's carers only (never carer.demo): the published demo password.
        jdbc.update("UPDATE hearth_user SET password_hash = ? WHERE username LIKE 'bench-carer-%' AND role = 'CARER'", hash);
        return carers();
    }

    @Override
    public List<ApiBenchCommand.Page> prepare(ApiBenchCommand.WebClient client, int n, long seed) throws Exception {
        List<Account> accounts = seedAccounts(client, n);
        List<CarerLink> carers = seedCarers(n);
        long leavers = accounts.stream().filter(Account::youngPerson).count();
        System.out.printf("Own space: %d accounts (%d looked-after children, %d care leavers), %d carers linked to a "
                + "placement now%n", accounts.size(), accounts.size() - leavers, leavers, carers.size());
        List<ApiBenchCommand.Page> pages = new ArrayList<>();
        Random rnd = new Random(seed ^ 0x5e1fL);
        if (!accounts.isEmpty()) {
            Map<Account, String> sessions = client.each(accounts, a -> signIn(client, a));
            List<Account> all = List.copyOf(accounts);
            List<Account> youngPeople = all.stream().filter(Account::youngPerson).toList();
            pages.add(new ApiBenchCommand.Page("GET /me (own space)", i -> client.page("/me",
                    sessions.get(all.get(rnd.nextInt(all.size()))))));
            pages.add(new ApiBenchCommand.Page("GET /me/plan", i -> client.page("/me/plan",
                    sessions.get(all.get(rnd.nextInt(all.size()))))));
            if (!youngPeople.isEmpty()) {
                pages.add(new ApiBenchCommand.Page("GET /me/pathway-plan", i -> client.page("/me/pathway-plan",
                        sessions.get(youngPeople.get(rnd.nextInt(youngPeople.size()))))));
            } else {
                System.out.println("Own space: no care leaver's account, so no /me/pathway-plan row");
            }
        }
        if (!carers.isEmpty()) {
            Map<String, String> sessions = client.each(carers.stream().map(CarerLink::username).toList(),
                    client::signIn);
            List<String> names = List.copyOf(new java.util.TreeSet<>(sessions.keySet()));
            IntFunction<HttpRequest> home = i -> client.page("/carer", sessions.get(names.get(rnd.nextInt(names.size()))));
            pages.add(new ApiBenchCommand.Page("GET /carer (carer home)", home));
        } else {
            System.out.println("Own space: no foster placement to link a carer to, so no /carer row");
        }
        return pages;
    }
}
