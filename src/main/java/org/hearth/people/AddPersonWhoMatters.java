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
 * Someone (or a pet) who matters to the child, in the child's own words: named as the child names them, and linked to
 * a person on Hearth only when the worker may see that person.
 *
 * @param mayName whether the actor may see the person with this id (false for an id no one has)
 */
public record AddPersonWhoMatters(String name, String kind, String relationship, String childsWords,
                                  UUID relatedPersonId, LocalDate from, LocalDate to, boolean doNotDisclose,
                                  Predicate<UUID> mayName) implements JourneyCommand {
    /** Someone who may be shown to whoever may see the child's network. */
    public AddPersonWhoMatters(String name, String kind, String relationship, String childsWords, UUID relatedPersonId,
                               LocalDate from, LocalDate to, Predicate<UUID> mayName) {
        this(name, kind, relationship, childsWords, relatedPersonId, from, to, false, mayName);
    }

    static final Set<String> KINDS = Set.of("PERSON", "PET");
    static final String KIND = PeopleStage.PEOPLE_WHO_MATTER.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> out = new ArrayList<>();
        if (relatedPersonId != null) {
            Violation v = Network.relatedPersonProblem(j, relatedPersonId, mayName, KIND, "relatedPersonId");
            if (v != null) {
                return Decision.refused(v);
            }
        }
        String named = Network.trimmed(name);
        if (named == null) {
            out.add(new Violation("person-who-matters-name", null, KIND, null, "name",
                    "Enter the name the child uses for them"));
        }
        Network.words(named, 100, "the name", KIND, "name", out);
        if (kind == null || !KINDS.contains(kind)) {
            out.add(new Violation("person-who-matters-kind", null, KIND, null, "kind", "Say whether this is a PERSON or a PET"));
        }
        Network.words(relationship, 100, "the relationship", KIND, "relationship", out);
        Network.words(childsWords, 2_000, "the child's words", KIND, "childsWords", out);
        Network.dates(from, to, context.today(), KIND, "startDate", "endDate", out);
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(null, j.child().id(),
                named, kind, Network.trimmed(relationship), Network.trimmed(childsWords), relatedPersonId, from, to,
                doNotDisclose)));
    }
}
