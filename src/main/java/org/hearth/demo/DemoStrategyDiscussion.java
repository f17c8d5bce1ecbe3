package org.hearth.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.health.HealthDemo;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.protection.AgreedAction;
import org.hearth.protection.Participant;
import org.hearth.protection.ProtectionStage;
import org.hearth.protection.RecordStrategyDiscussion;
import org.hearth.sharing.SharedParts;
import org.hearth.sharing.ShareWithOrganisation;
import org.hearth.sharing.Sharing;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10's partners' tasks in the demo: a strategy discussion held yesterday on a child with an open referral (and
 * no enquiry or plan open yet), with the police and the health trust taking part, decides on a section 47 enquiry; the
 * police (DEMO-POLICE) agree to check the adults in the household within three days and the trust to arrange a child
 * protection medical within five. The child's social worker records it and shares the record with both for the
 * enquiry, through the strategy discussion's and the sharing's own commands and the seam, as the worker would; so
 * police.demo and health.demo each find their organisation's action on their home, and not the other's.
 */
final class DemoStrategyDiscussion {
    static final String PURPOSE = "demo data: a strategy discussion whose actions are the police's and the health trust's";
    static final String POLICE_ACTION = "Police checks on the adults in the household";
    static final String HEALTH_ACTION = "Arrange a child protection medical";

    private DemoStrategyDiscussion() {}

    /** Records it on the first child that fits, as their social worker; the child's id, or empty when none fits. */
    static Optional<UUID> hold(JdbcTemplate jdbc, UserDirectory users, JourneyService journeys, Sharing sharing,
                               LocalDate today) {
        Boolean partners = jdbc.queryForObject("SELECT count(*) = 2 FROM organisation WHERE organisation_id IN (?, ?)",
                Boolean.class, DemoPartners.POLICE_ID, HealthDemo.TRUST_ID);
        if (!Boolean.TRUE.equals(partners)) {
            return Optional.empty();
        }
        List<UUID> candidates = jdbc.queryForList("SELECT p.pers_person_id FROM ssd_person p JOIN ssd_cin_episodes e ON "
                + "e.cine_person_id = p.pers_person_id AND e.cine_close_date IS NULL AND e.cine_referral_date <= ? "
                + "WHERE p.pers_kind = 'CHILD' AND p.pers_death_date IS NULL AND p.pers_dob IS NOT NULL "
                + "AND date_part('year', age(?::date, p.pers_dob)) BETWEEN 5 AND 15 "
                + "AND NOT EXISTS (SELECT 1 FROM ssd_s47_enquiry s WHERE s.s47e_person_id = p.pers_person_id "
                + "AND s.s47e_s47_end_date IS NULL) "
                + "AND NOT EXISTS (SELECT 1 FROM ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id "
                + "AND c.cppl_cp_plan_end_date IS NULL) "
                + "AND NOT EXISTS (SELECT 1 FROM sharing_decision d WHERE d.person_id = p.pers_person_id) "
                + "ORDER BY EXISTS (SELECT 1 FROM ssd_involvements h WHERE h.invo_person_id = p.pers_person_id AND "
                + "h.invo_professional_id = 'sw.demo' AND h.invo_involvement_end_date IS NULL) DESC, "
                + "e.cine_referral_date DESC, p.pers_person_id LIMIT 10", UUID.class, today, today);
        for (UUID child : candidates) {
            Optional<Actor> worker = jdbc.queryForList("SELECT invo_professional_id FROM ssd_involvements WHERE "
                            + "invo_person_id = ? AND invo_professional_role_id = 'SW' AND invo_involvement_end_date IS "
                            + "NULL ORDER BY invo_involvement_start_date DESC", String.class, child).stream()
                    .map(users::find).flatMap(Optional::stream).filter(a -> a.role() == Role.SOCIAL_WORKER).findFirst();
            if (worker.isPresent()) {
                hold(worker.get(), child, journeys, sharing, today);
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    static void hold(Actor worker, UUID child, JourneyService journeys, Sharing sharing, LocalDate today) {
        ChildJourney j = journeys.read(worker, child, ProtectionStage.STRATEGY_DISCUSSIONS.name(), PURPOSE);
        LocalDate referred = org.hearth.referral.Referrals.open(j).map(r -> r.startDate()).orElse(today);
        LocalDate held = referred.isAfter(today.minusDays(1)) ? referred : today.minusDays(1);
        List<Participant> participants = List.of(
                new Participant("SOCIAL_CARE", null, null, worker.displayName(), "Social worker", true),
                new Participant("POLICE", DemoPartners.POLICE_ID, "Example Valley Police", "DC Morgan Reid",
                        "Detective constable, child abuse investigation team", true),
                new Participant("HEALTH", HealthDemo.TRUST_ID, HealthDemo.TRUST_NAME, "Priya Shah",
                        "Named nurse for safeguarding children", true));
        List<AgreedAction> actions = List.of(
                new AgreedAction("POLICE", DemoPartners.POLICE_ID, "DC Morgan Reid", POLICE_ACTION, today.plusDays(3)),
                new AgreedAction("HEALTH", HealthDemo.TRUST_ID, "Priya Shah", HEALTH_ACTION, today.plusDays(5)));
        // Not tried and caught: a refusal inside the demo's one transaction would roll the whole demo back. The
        // candidates were chosen so the rules hold (an open referral on or before the day, no enquiry or plan open).
        journeys.execute(worker, child, j.version(), new RecordStrategyDiscussion(held, participants, "S47",
                "The school reported bruising to the child's arm and the child said an adult at home grabbed them. "
                        + "Threshold for a section 47 enquiry met; joint visit agreed.", null, actions), PURPOSE);
        for (String organisation : List.of(DemoPartners.POLICE_ID, HealthDemo.TRUST_ID)) {
            String type = organisation.equals(DemoPartners.POLICE_ID) ? "POLICE_FORCE" : "NHS_TRUST";
            sharing.share(worker, child, new ShareWithOrganisation(organisation, "SAFEGUARDING_ENQUIRY", "CA1989_S47",
                    false, null, new LinkedHashSet<>(SharedParts.defaults(type, "SAFEGUARDING_ENQUIRY")),
                    today.plusMonths(2)));
        }
    }
}
