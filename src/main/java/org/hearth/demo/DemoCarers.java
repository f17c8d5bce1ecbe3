package org.hearth.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.carers.AgreeDelegatedAuthority;
import org.hearth.carers.CarersStage;
import org.hearth.carers.ChildHealthNeeds;
import org.hearth.carers.RecordHealthNeeds;
import org.hearth.carers.LinkCarer;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.people.RecordSchool;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's carer: {@code carer.demo} (given the synthetic name Jo Hartley) is the foster carer of the child
 * {@link DemoPortalChildren#fosteredChild} chooses, linked to that child's current placement by the child's social
 * worker, with delegated authority agreed a few days into the placement, the child's school (the demo's partner
 * school, Hillside Academy) and their health needs and allergies recorded, so the carer's essentials are not blank.
 * Through the journey's own commands and the seam, as the worker would do it.
 */
final class DemoCarers {
    static final String CARER = "carer.demo";
    static final String CARER_NAME = "Jo Hartley";
    static final String PURPOSE = "demo data: the demo carer linked to their foster child's placement";

    private DemoCarers() {}

    /** The demo child's school (the demo's partner school, {@link DemoPartners}: name and URN made up). */
    static final String SCHOOL = "Hillside Academy";
    static final String SCHOOL_URN = "999123";
    static final String HEALTH_NEEDS = "Mild asthma: a blue reliever inhaler, kept in his school bag, before PE and "
            + "when he is wheezy. Wears glasses for reading. Registered with the GP near the placement; dentist every "
            + "six months.";
    static final String ALLERGIES = "Penicillin (a rash). Hay fever in summer: an antihistamine from the pharmacy.";

    static void link(JdbcTemplate jdbc, UserDirectory users, JourneyService journeys, ChildHealthNeeds healthNeeds,
                     LocalDate today) {
        jdbc.update("UPDATE hearth_user SET display_name = ? WHERE username = ? AND role = 'CARER'", CARER_NAME, CARER);
        Optional<UUID> child = DemoPortalChildren.fosteredChild(jdbc, today);
        if (child.isEmpty() || users.find(CARER).isEmpty()) {
            return;
        }
        List<String> workers = jdbc.queryForList("SELECT invo_professional_id FROM ssd_involvements WHERE invo_person_id = ? "
                + "AND invo_professional_role_id = 'SW' AND invo_involvement_end_date IS NULL "
                + "ORDER BY invo_involvement_start_date DESC", String.class, child.get());
        Optional<Actor> worker = workers.stream().map(users::find).flatMap(Optional::stream)
                .filter(a -> a.role() == Role.SOCIAL_WORKER).findFirst();
        if (worker.isEmpty()) {
            return;
        }
        placeWithCarer(worker.get(), child.get(), CARER, journeys, healthNeeds, today);
    }

    /**
     * The worker links the carer to the child's current placement, agrees delegated authority, and records what the
     * carer needs day to day: the school the child attends (from the start of this school year, or the placement's
     * start if later) and the child's health needs and allergies. Nothing when the child has no open placement.
     */
    static void placeWithCarer(Actor worker, UUID child, String carer, JourneyService journeys,
                               ChildHealthNeeds healthNeeds, LocalDate today) {
        ChildJourney j = journeys.read(worker, child, CarersStage.PLACEMENT_CARERS.name(), PURPOSE);
        Placement placement = j.all(CareStage.PLACEMENTS).stream().filter(p -> p.endDate() == null)
                .reduce((a, b) -> b).orElse(null);
        if (placement == null) {
            return;
        }
        long version = journeys.execute(worker, child, j.version(), new LinkCarer(placement.id(), carer,
                Role.CARER, "FOSTER", placement.startDate()), PURPOSE).version();
        LocalDate agreed = placement.startDate().plusDays(3).isAfter(today) ? today : placement.startDate().plusDays(3);
        Map<String, AgreeDelegatedAuthority.Choice> choices = new LinkedHashMap<>();
        choices.put("HAIRCUT", new AgreeDelegatedAuthority.Choice("CARER", "Everyday care: Jo knows what the child likes"));
        choices.put("SLEEPOVER", new AgreeDelegatedAuthority.Choice("SOCIAL_WORKER",
                "The social worker checks the household first while the placement is new"));
        choices.put("SCHOOL_TRIP", new AgreeDelegatedAuthority.Choice("CARER", "Day trips are everyday school life"));
        choices.put("ROUTINE_MEDICAL", new AgreeDelegatedAuthority.Choice("CARER", "GP visits and minor treatment"));
        choices.put("ROUTINE_DENTAL", new AgreeDelegatedAuthority.Choice("CARER", "Check-ups every six months"));
        choices.put("SOCIAL_MEDIA", new AgreeDelegatedAuthority.Choice("SOCIAL_WORKER",
                "Contact with family members online needs the care plan's arrangements"));
        choices.put("HOLIDAY_UK", new AgreeDelegatedAuthority.Choice("CARER", "Holidays with the foster family in the UK"));
        choices.put("HOLIDAY_ABROAD", new AgreeDelegatedAuthority.Choice("PARENT",
                "A passport and travel abroad need the parents' agreement under the care order"));
        version = journeys.execute(worker, child, version, new AgreeDelegatedAuthority(agreed, choices), PURPOSE)
                .version();
        LocalDate schoolYear = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        LocalDate atSchool = placement.startDate().isAfter(schoolYear) ? placement.startDate() : schoolYear;
        journeys.execute(worker, child, version, new RecordSchool(SCHOOL, SCHOOL_URN, atSchool, null), PURPOSE);
        if (healthNeeds.read(worker, child, PURPOSE).version() == 0) {
            healthNeeds.record(worker, child, new RecordHealthNeeds(HEALTH_NEEDS, ALLERGIES, 0));
        }
    }
}
