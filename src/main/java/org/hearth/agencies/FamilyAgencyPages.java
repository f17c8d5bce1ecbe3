package org.hearth.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.people.family.Families;
import org.hearth.people.family.Family;
import org.hearth.platform.web.FormAnswers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The family's agencies (issue 10 §3, "on each child's record and the family's"): for the child and each brother or
 * sister, the agencies involved now, with their practitioner and how to reach them, the kind of involvement, since when,
 * the last contact and the lead practitioner. Each other child is read through the seam, audited; a child of the family
 * whose record the user may not read is counted, never named.
 */
@Controller
class FamilyAgencyPages {
    static final String PURPOSE = "agencies involved with the family";

    private final JourneyService journeys;
    private final Families families;
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    FamilyAgencyPages(JourneyService journeys, Families families, AccessSeam seam, CurrentActor currentActor) {
        this.journeys = journeys;
        this.families = families;
        this.seam = seam;
        this.currentActor = currentActor;
    }

    /** One child of the family with the agencies involved with them now, the lead practitioner among them first. */
    record ChildAgencies(UUID id, String name, String relation, boolean thisChild, List<AgencyPages.Shown> agencies,
                         String lead) {}

    @GetMapping("/children/{childId}/family/agencies")
    String familyAgencies(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        JourneyService.Viewed viewed = journeys.readWithView(actor, childId, AgenciesStage.INVOLVEMENTS.name(), PURPOSE);
        ChildJourney j = viewed.journey();
        LocalDate today = LocalDate.now();
        Family family = families.of(actor, j, today);
        Set<UUID> others = new LinkedHashSet<>();
        Map<UUID, String> relation = new java.util.HashMap<>();
        for (Family.Sibling s : family.siblings()) {
            if (!s.personId().equals(childId)) {
                others.add(s.personId());
                relation.put(s.personId(), s.kindLabel());
            }
        }
        List<UUID> readable = others.isEmpty() ? List.of()
                : seam.readable(actor, List.copyOf(others), AgenciesStage.INVOLVEMENTS.name());
        List<ChildAgencies> children = new ArrayList<>();
        children.add(of(j, "This child", true, today));
        if (!readable.isEmpty()) {
            journeys.readEach(actor, readable, AgenciesStage.INVOLVEMENTS.name(), PURPOSE).stream()
                    .sorted(Comparator.comparing(o -> o.child().displayName()))
                    .forEach(o -> children.add(of(o, relation.getOrDefault(o.child().id(), "Brother or sister"), false,
                            today)));
        }
        model.addAttribute("child", j.child());
        model.addAttribute("children", children);
        model.addAttribute("notShown", others.size() - readable.size());
        return "agencies/family-agencies";
    }

    private static ChildAgencies of(ChildJourney j, String relation, boolean thisChild, LocalDate today) {
        List<AgencyPages.Shown> open = j.all(AgenciesStage.INVOLVEMENTS).stream()
                .filter(i -> i.endDate() == null)
                .sorted(Comparator.comparing(AgencyInvolvement::leads).reversed()
                        .thenComparing(AgencyInvolvement::organisationName))
                .map(i -> new AgencyPages.Shown(i, FormAnswers.options("INVOLVEMENT_KIND", today)
                        .getOrDefault(i.involvementKind(), "Involved"), Involvements.recency(i.lastContactDate(), today)))
                .toList();
        String lead = open.stream().filter(s -> s.involvement().leads()).findFirst()
                .map(s -> s.involvement().practitionerName() + " (" + s.involvement().organisationName() + ")")
                .orElse(null);
        return new ChildAgencies(j.child().id(), j.child().displayName(), relation, thisChild, open, lead);
    }
}
