package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child is related to a person already on Hearth ({@code relatedPersonId}): mother, father, sibling… with or
 * without parental responsibility. The person must be one the worker may see (a child on their caseload, or an adult
 * already named on such a record), so naming an unrelated child's id can never show that child's name on the ecomap;
 * someone not on Hearth is added as a person who matters, by name.
 *
 * @param mayName whether the actor may see the person with this id (false for an id no one has)
 */
public record RecordRelationship(UUID relatedPersonId, String type, Boolean parentalResponsibility, LocalDate from,
                                 LocalDate to, Predicate<UUID> mayName) implements JourneyCommand {
    public static final Set<String> TYPES = Set.of("MOTHER", "FATHER", "STEP_PARENT", "SIBLING", "HALF_SIBLING",
            "STEP_SIBLING", "GRANDPARENT", "OTHER_RELATIVE", "FRIEND", "CARER", "OTHER");
    static final String KIND = PeopleStage.RELATIONSHIPS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> out = new ArrayList<>();
        if (relatedPersonId == null) {
            out.add(new Violation("related-person", null, KIND, null, "relatedPersonId", "Say who the child is related to"));
        } else {
            Violation v = Network.relatedPersonProblem(j, relatedPersonId, mayName, KIND, "relatedPersonId");
            if (v != null) {
                return Decision.refused(v);
            }
        }
        if (type == null || !TYPES.contains(type)) {
            out.add(new Violation("relationship-type", null, KIND, null, "relationshipType",
                    "Choose the relationship: " + String.join(", ", TYPES.stream().sorted().toList())));
        }
        Network.dates(from, to, context.today(), KIND, "startDate", "endDate", out);
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(PeopleStage.RELATIONSHIPS, new Relationship(null, j.child().id(),
                relatedPersonId, type, parentalResponsibility, from, to)));
    }
}
