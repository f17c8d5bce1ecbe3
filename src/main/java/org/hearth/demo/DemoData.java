package org.hearth.demo;

import java.time.LocalDate;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.access.AccessSeam;
import org.hearth.journey.BulkLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a generated synthetic local authority — teams, demo accounts and children's journeys — in one
 * transaction: all or nothing. The README's seven demo accounts have the same, published, demo-only password; the
 * other demo staff have none.
 */
@Component
public class DemoData {
    public static final String DEMO_PASSWORD = "hearth-demo";
    /**
     * The accounts the README lists: only these get the published password. Every other demo account (the rest of
     * the authority's staff, there to own caseloads) has no password at all, so it cannot be signed in to.
     */
    public static final java.util.Set<String> PUBLISHED_ACCOUNTS = java.util.Set.of("sw.demo", "tm.demo", "iro.demo",
            "eh.demo", "pa.demo", "analyst.demo", "admin.demo", "health.demo", DemoPartners.POLICE_USER,
            DemoPartners.SCHOOL_USER, DemoPartners.CAFCASS_USER, "child.demo", "youngperson.demo", "carer.demo");

    private final UserDirectory users;
    private final BulkLoader loader;
    private final PasswordEncoder encoder;
    private final AccessSeam seam;
    /** The service that runs commands (looked up when loading: it is built after the demo's loader). */
    private final org.springframework.beans.factory.ObjectProvider<org.hearth.journey.JourneyService> journeys;
    private final JdbcTemplate jdbc;
    private final org.springframework.beans.factory.ObjectProvider<org.hearth.people.LaChildIds> laChildIds;
    private final org.springframework.beans.factory.ObjectProvider<org.hearth.carers.ChildHealthNeeds> healthNeeds;
    private final org.springframework.beans.factory.ObjectProvider<org.hearth.sharing.Sharing> sharing;

    DemoData(UserDirectory users, BulkLoader loader, PasswordEncoder encoder, AccessSeam seam, JdbcTemplate jdbc,
             org.springframework.beans.factory.ObjectProvider<org.hearth.journey.JourneyService> journeys,
             org.springframework.beans.factory.ObjectProvider<org.hearth.people.LaChildIds> laChildIds,
             org.springframework.beans.factory.ObjectProvider<org.hearth.carers.ChildHealthNeeds> healthNeeds,
             org.springframework.beans.factory.ObjectProvider<org.hearth.sharing.Sharing> sharing) {
        this.laChildIds = laChildIds;
        this.sharing = sharing;
        this.healthNeeds = healthNeeds;
        this.users = users;
        this.loader = loader;
        this.encoder = encoder;
        this.seam = seam;
        this.journeys = journeys;
        this.jdbc = jdbc;
    }

    public boolean empty() {
        return jdbc.queryForObject("SELECT NOT EXISTS (SELECT 1 FROM hearth_user) AND NOT EXISTS (SELECT 1 FROM ssd_person)",
                Boolean.class);
    }

    /**
     * Gives these demo accounts the published demo password: for a benchmark that signs in as hundreds of workers
     * on a database of its own. Never called when Hearth serves.
     */
    public void publishDemoPassword(java.util.Collection<String> usernames) {
        jdbc.update("UPDATE hearth_user SET password_hash = ? WHERE username = ANY (?)", encoder.encode(DEMO_PASSWORD),
                usernames.toArray(String[]::new));
    }

    /** Generates and loads; returns how many children were loaded. */
    @Transactional
    public int load(int children, long seed) {
        DemoGenerator generator = new DemoGenerator(seed, LocalDate.now());
        String hash = encoder.encode(DEMO_PASSWORD);
        for (DemoTeam team : generator.teams()) {
            users.addTeam(team.id(), team.name());
        }
        for (DemoUser user : generator.users(children)) {
            if (Role.valueOf(user.role()) == Role.HEALTH_PARTNER) { // a partner belongs to its organisation, not a team
                org.hearth.health.HealthDemo.addPartner(jdbc, user.username(), user.displayName(),
                        PUBLISHED_ACCOUNTS.contains(user.username()) ? hash : null);
                continue;
            }
            if (Role.valueOf(user.role()) == Role.PARTNER) {
                users.addPartnerUser(user.username(), user.displayName(), Role.PARTNER,
                        DemoPartners.organisationOf(jdbc, user.username()),
                        PUBLISHED_ACCOUNTS.contains(user.username()) ? hash : null);
                continue;
            }
            users.addUser(user.username(), user.displayName(), Role.valueOf(user.role()), user.teamId(),
                    PUBLISHED_ACCOUNTS.contains(user.username()) ? hash : null);
        }
        BulkLoader.Batch batch = loader.start("demo-data");
        java.util.Random views = new java.util.Random(seed); // the IRO's examples: their children's words
        generator.families(children).forEach(family -> { // streamed: 100,000 journeys need not fit in memory
            family.relatives().forEach(batch::addPerson);
            batch.add(org.hearth.iro.IroDemo.withViews(family.child(), views));
        });
        int loaded = batch.finish();
        DemoApprovals.add(jdbc, writer(users, journeys.getObject()));
        DemoFamilies.link(jdbc, users, journeys.getObject(), LocalDate.now(), laChildIds.getObject()::assign);
        org.hearth.iro.IroDemo.load(jdbc, seed, LocalDate.now()); // the IRO's examples: views and challenges
        DemoPortalAccounts.link(jdbc, LocalDate.now()); // child.demo and youngperson.demo: their own records
        DemoSupervision.add(jdbc, seed, LocalDate.now(), decisionWriter(users, journeys.getObject()));
        DemoCarers.link(jdbc, users, journeys.getObject(), healthNeeds.getObject(), LocalDate.now()); // carer.demo, their
        // foster child's carer, with the child's school and health needs
        DemoPathwayPlan.write(jdbc, users, journeys.getObject(), LocalDate.now()); // youngperson.demo's pathway plan
        DemoWorkContacts.add(jdbc); // the staff's work phones (Ofcom drama range) and emails, as carers see them
        int shared = DemoSharing.share(jdbc, LocalDate.now()); // partners: some children shared, most not
        // a strategy discussion whose actions are the police's and the health trust's, shared with both (their tasks)
        shared += DemoStrategyDiscussion.hold(jdbc, users, journeys.getObject(), sharing.getObject(), LocalDate.now())
                .map(child -> 2).orElse(0);
        seam.systemWrote("demo-data", "demo-data", "synthetic demo data, seed " + seed, loaded + " children, " + shared + " shared with partners");
        return loaded;
    }

    /** Writes a supervision decision on a child's record as the supervisor, through the seam and the notes command. */
    static DemoSupervision.DecisionWriter decisionWriter(UserDirectory users, org.hearth.journey.JourneyService journeys) {
        return (supervisor, child, date, worker, decision) -> {
            org.hearth.access.Actor actor = users.find(supervisor).orElseThrow();
            String seen = users.find(worker).map(org.hearth.access.Actor::displayName).orElse(worker);
            return journeys.execute(actor, child, null, new org.hearth.notes.RecordCaseNote(date, "SUPERVISION_DECISION",
                    seen, decision, false, null, date.atTime(17, 0).toInstant(java.time.ZoneOffset.UTC)),
                    "demo data: a supervision decision").records().get(0).id();
        };
    }

    /** Writes up a demo assessment as its worker, through the seam and the assessment's own command. */
    static DemoApprovals.Writer writer(UserDirectory users, org.hearth.journey.JourneyService journeys) {
        return (child, assessment, worker) -> {
            String purpose = "demo data: an assessment written up for authorisation";
            org.hearth.access.Actor actor = users.find(worker).orElseThrow();
            org.hearth.journey.ChildJourney j = journeys.read(actor, child, "assessments", purpose);
            org.hearth.assessment.Assessment a = j.find(org.hearth.assessment.AssessmentStage.ASSESSMENTS, assessment)
                    .orElseThrow();
            journeys.execute(actor, child, j.version(), DemoApprovals.writeUp(assessment, a), purpose);
        };
    }
}
