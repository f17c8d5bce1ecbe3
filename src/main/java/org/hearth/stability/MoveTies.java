package org.hearth.stability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.care.LookedAfter;
import org.hearth.care.PlacementTies;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.people.PeopleStage;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.Relationship;
import org.hearth.people.SchoolAttended;
import org.springframework.stereotype.Component;

/**
 * The ties a child named that a move of placement could break, for the change of placement form: a brother or sister
 * placed with them now (same placement postcode or Ofsted URN), the school they attend now, and the people who matter
 * they said they want to keep seeing. A sibling is named only when the worker may see the sibling's placement (read
 * through the seam and audited with its purpose); otherwise it is not mentioned at all.
 */
@Component
class MoveTies implements PlacementTies {
    static final Set<String> SIBLINGS = Set.of("SIBLING", "HALF_SIBLING", "STEP_SIBLING");
    private static final String PURPOSE = "check a proposed move keeps brothers and sisters together";

    private final JourneyService journeys;
    private final AccessSeam seam;

    MoveTies(JourneyService journeys, AccessSeam seam) {
        this.journeys = journeys;
        this.seam = seam;
    }

    @Override
    public List<String> atRisk(ChildJourney j, Actor actor) {
        LocalDate today = LocalDate.now();
        List<String> out = new ArrayList<>();
        Placement here = LookedAfter.currentPlacement(j);
        if (here != null) {
            List<UUID> siblings = j.all(PeopleStage.RELATIONSHIPS).stream()
                    .filter(r -> SIBLINGS.contains(r.relationshipType()) && r.relatedPersonId() != null
                            && (r.endDate() == null || r.endDate().isAfter(today)))
                    .map(Relationship::relatedPersonId).distinct().toList();
            List<UUID> seen = siblings.isEmpty() ? List.of() : seam.readable(actor, siblings, "placements");
            for (UUID id : seen) {
                ChildJourney sibling = journeys.read(actor, id, "placements", PURPOSE);
                if (placedTogether(here, LookedAfter.currentPlacement(sibling))) {
                    out.add("Placed with their brother or sister " + sibling.child().displayName());
                }
            }
        }
        out.addAll(named(j, today));
        return out;
    }

    /** The ties on the child's own record: their school now, the people who matter they want to keep seeing. */
    static List<String> named(ChildJourney j, LocalDate today) {
        List<String> out = new ArrayList<>();
        j.all(PeopleStage.SCHOOLS).stream()
                .filter(s -> !s.startDate().isAfter(today) && (s.endDate() == null || !s.endDate().isBefore(today)))
                .map(SchoolAttended::schoolName).forEach(s -> out.add("Their school, " + s));
        for (PersonWhoMatters p : j.all(PeopleStage.PEOPLE_WHO_MATTER)) {
            if (Boolean.TRUE.equals(p.keepSeeing()) && (p.endDate() == null || p.endDate().isAfter(today))) {
                out.add(p.name() + (p.relationship() == null ? "" : " (" + p.relationship() + ")")
                        + ", who they want to keep seeing");
            }
        }
        return out;
    }

    static boolean placedTogether(Placement a, Placement b) {
        if (a == null || b == null) {
            return false;
        }
        return a.claPlacementUrn() != null && Objects.equals(a.claPlacementUrn(), b.claPlacementUrn())
                || a.claPlacementPostcode() != null && Objects.equals(normal(a.claPlacementPostcode()),
                normal(b.claPlacementPostcode()));
    }

    private static String normal(String postcode) {
        return postcode == null ? null : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
