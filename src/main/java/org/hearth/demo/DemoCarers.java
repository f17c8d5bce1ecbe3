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
import org.hearth.carers.LinkCarer;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's carer: {@code carer.demo} (given the synthetic name Jo Hartley) is the foster carer of the child
 * {@link DemoPortalChildren#fosteredChild} chooses, linked to that child's current placement by the child's social
 * worker, with delegated authority agreed a few days into the placement. Through the journey's own commands and the
 * seam, as the worker would do it.
 */
final class DemoCarers {
    static final String CARER = "carer.demo";
    static final String CARER_NAME = "Jo Hartley";
    static final String PURPOSE = "demo data: the demo carer linked to their foster child's placement";

    private DemoCarers() {}

    static void link(JdbcTemplate jdbc, UserDirectory users, JourneyService journeys, LocalDate today) {
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
        ChildJourney j = journeys.read(worker.get(), child.get(), CarersStage.PLACEMENT_CARERS.name(), PURPOSE);
        Placement placement = j.all(CareStage.PLACEMENTS).stream().filter(p -> p.endDate() == null)
                .reduce((a, b) -> b).orElse(null);
        if (placement == null) {
            return;
        }
        long version = journeys.execute(worker.get(), child.get(), j.version(), new LinkCarer(placement.id(), CARER,
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
        journeys.execute(worker.get(), child.get(), version, new AgreeDelegatedAuthority(agreed, choices), PURPOSE);
    }
}
