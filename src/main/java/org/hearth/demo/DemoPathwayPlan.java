package org.hearth.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.leaving.PathwayPlan;
import org.hearth.leaving.PathwayPlans;
import org.hearth.leaving.ReviewPathwayPlan;
import org.hearth.leaving.StartPathwayPlan;
import org.hearth.leaving.UpdatePathwayPlanSection;
import org.hearth.leaving.UpdatePathwayPlanSection.NewAction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo care leaver's pathway plan: {@code youngperson.demo}'s young person (the care leaver
 * {@link DemoPortalChildren#careLeaver} chooses, Samuel in the default seed) has a plan their personal adviser started about five months ago from
 * the needs assessment, with five areas written (goals, the young person's own words, actions with owners and dates)
 * and a review three weeks ago that set the next one. Synthetic words, through the leaving care stage's own commands
 * and the seam, as the personal adviser would write them, so /me/pathway-plan shows a real plan on the demo.
 */
final class DemoPathwayPlan {
    static final String PURPOSE = "demo data: the demo care leaver's pathway plan";

    private DemoPathwayPlan() {}

    /** Writes the plan; false (nothing written) when the demo has no such young person or adviser. */
    static boolean write(JdbcTemplate jdbc, UserDirectory users, JourneyService journeys, LocalDate today) {
        Optional<UUID> youngPerson = DemoPortalChildren.careLeaver(jdbc, today);
        if (youngPerson.isEmpty()) {
            return false;
        }
        UUID child = youngPerson.get();
        List<String> advisers = jdbc.queryForList("SELECT invo_professional_id FROM ssd_involvements WHERE "
                + "invo_person_id = ? AND invo_professional_role_id = 'PA' AND invo_involvement_end_date IS NULL ORDER BY "
                + "(invo_professional_id = 'pa.demo') DESC, invo_involvement_start_date DESC", String.class, child);
        Optional<Actor> adviser = advisers.stream().map(users::find).flatMap(Optional::stream)
                .filter(a -> a.role() == Role.PERSONAL_ADVISER).findFirst();
        if (adviser.isEmpty()) {
            return false;
        }
        Actor pa = adviser.get();
        String part = LeavingCareStage.PATHWAY_PLANS.name();
        ChildJourney j = journeys.read(pa, child, part, PURPOSE);
        if (PathwayPlans.open(j).isPresent()) {
            return true; // the simulation gave them one already
        }
        LocalDate started = today.minusDays(150);
        String name = j.child().knownAs() != null && !j.child().knownAs().isBlank() ? j.child().knownAs()
                : j.child().forename();
        if (PathwayPlans.eligibility(j, started).isEmpty()) {
            return false; // not eligible on that day in this seed: no plan rather than a refused one
        }
        long version;
        try {
            version = journeys.execute(pa, child, j.version(), new StartPathwayPlan(started,
                    name + " has lived in their own flat for a year, close to college. The tenancy is managed with some "
                            + "reminders; second year of a plumbing course, wanting to work in the trade. Money is "
                            + "tight and there has been one rent arrears letter. Sees a younger sister monthly and "
                            + "would like more. Asthma well controlled."), PURPOSE).version();
        } catch (RuleViolations refused) {
            return false; // not eligible on that day in this seed: no plan rather than a false one
        }
        try {
            writeAreasAndReview(journeys, pa, child, version, today, started, name);
        } catch (RuleViolations refused) {
            // What was written stays (each step is its own change); the demo goes on without the rest of the plan.
            org.slf4j.LoggerFactory.getLogger(DemoPathwayPlan.class).warn("demo pathway plan of {} stopped: {}", child,
                    refused.violations().stream().map(org.hearth.journey.Violation::rule).toList());
        }
        return true;
    }

    private static void writeAreasAndReview(JourneyService journeys, Actor pa, UUID child, long version,
                                            LocalDate today, LocalDate started, String name) {
        String part = LeavingCareStage.PATHWAY_PLANS.name();
        PathwayPlan plan = PathwayPlans.open(journeys.read(pa, child, part, PURPOSE)).orElseThrow();
        version = section(journeys, pa, child, version, plan.id(), "ACCOMMODATION",
                "Keep the tenancy of the flat and move to a two-year tenancy when the current one ends.",
                "I like my flat. I want to keep it and maybe get a cat one day.",
                List.of(new NewAction("Set up a standing order for the rent on payday", name, today.plusDays(7)),
                        new NewAction("Ask the housing officer about a two-year tenancy", "Personal adviser",
                                today.plusDays(30))));
        version = section(journeys, pa, child, version, plan.id(), "EET",
                "Finish the level 2 plumbing course and find an apprenticeship for next September.",
                "I want to be a proper plumber and have my own van.",
                List.of(new NewAction("Apply for three apprenticeships with local firms", name, today.plusDays(45)),
                        new NewAction("Book a careers interview at college", "Personal adviser", today.plusDays(21))));
        version = section(journeys, pa, child, version, plan.id(), "FINANCE",
                "Clear the rent arrears and keep a weekly budget; claim the care leaver's bursary.",
                "Money is the hard part. I don't want letters any more.",
                List.of(new NewAction("Apply for the higher education and training bursary", "Personal adviser",
                                today.plusDays(28)),
                        new NewAction("Go through the budget planner together", name + " and the personal adviser",
                                today.plusDays(14))));
        version = section(journeys, pa, child, version, plan.id(), "HEALTH",
                "Keep asthma controlled and registered with the GP near the flat.",
                "I'm fine. I need to remember my inhaler at work.",
                List.of(new NewAction("Annual asthma review at the GP", name, today.plusDays(60))));
        version = section(journeys, pa, child, version, plan.id(), "RELATIONSHIPS",
                "See their younger sister every fortnight, as she and her carers agree.",
                "My sister is the most important person. I want to see her more.",
                List.of(new NewAction("Ask the sister's social worker about fortnightly contact", "Personal adviser",
                        today.plusDays(10))));
        journeys.execute(pa, child, version, new ReviewPathwayPlan(plan.id(), today.minusDays(21), true,
                name + " took part and chaired the part about college. The rent standing order is set up and the "
                        + "arrears are half paid. The bursary was agreed. Next: the apprenticeship applications and "
                        + "more time with their sister.", today.minusDays(21).plusMonths(PathwayPlans.REVIEW_MONTHS)),
                PURPOSE);
    }

    private static long section(JourneyService journeys, Actor pa, UUID child, long version, UUID planId, String area,
                                String goals, String words, List<NewAction> actions) {
        return journeys.execute(pa, child, version, new UpdatePathwayPlanSection(planId, area, goals, words, actions),
                PURPOSE).version();
    }
}
