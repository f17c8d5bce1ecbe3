package org.hearth.dfeapi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.child.Person;

/** A synthetic child's record for the data flow's tests: the person and whatever records a test adds. */
final class Child {
    Person person;
    final Map<EpisodeKind<?>, List<JourneyRecord>> records = new HashMap<>();

    private Child(Person person) {
        this.person = person;
    }

    static Child born(String laId, LocalDate dob) {
        return new Child(new Person(UUID.randomUUID(), laId, Person.CHILD, "Alex", "Example", null, "F", null, "WBRI",
                dob, null, null, null, "A123456789012", null, null, null, null, null, null, false, null,
                List.of("HAND")));
    }

    static Child unborn(String laId, LocalDate expected) {
        return new Child(new Person(UUID.randomUUID(), laId, Person.CHILD, null, "Example", null, "U", null, null,
                null, expected, null, null, null, "UN1", null, null, null, null, null, null, null, List.of()));
    }

    UUID id() {
        return person.id();
    }

    <T extends Record & JourneyRecord> Child with(EpisodeKind<T> kind, T record) {
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
        return this;
    }

    ChildJourney journey() {
        return new ChildJourney(person, 1, new HashMap<>(records));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
