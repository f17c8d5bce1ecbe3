package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child started at a school on {@code from} (and left it on {@code to}, if they have). The school they attended
 * until then ends the day before, so the history has no overlaps and each new school is one school move.
 */
public record RecordSchool(String name, String urn, LocalDate from, LocalDate to) implements JourneyCommand {
    static final String KIND = PeopleStage.SCHOOLS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        List<Violation> out = new ArrayList<>();
        String named = Network.trimmed(name);
        if (named == null) {
            out.add(new Violation("school-name", null, KIND, null, "schoolName", "Enter the name of the school"));
        }
        Network.words(named, 200, "the name of the school", KIND, "schoolName", out);
        String ref = Network.trimmed(urn);
        if (ref != null && !ref.matches("\\d{6}")) {
            out.add(new Violation("school-urn", null, KIND, null, "schoolUrn",
                    "The school's URN is six digits, for example 100000"));
        }
        if (from == null) {
            out.add(new Violation("school-start", null, KIND, null, "startDate",
                    "Enter the date the child started at the school as a real date, for example 5 9 2025"));
        }
        Network.dates(from, to, c.today(), KIND, "startDate", "endDate", out);
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        for (SchoolAttended s : j.all(PeopleStage.SCHOOLS)) {
            if (s.endDate() == null && s.startDate().isBefore(from)) {
                changes.add(JourneyChange.of(PeopleStage.SCHOOLS, new SchoolAttended(s.id(), s.personId(),
                        s.schoolName(), s.schoolUrn(), s.startDate(), from.minusDays(1))));
            }
        }
        changes.add(JourneyChange.of(PeopleStage.SCHOOLS, new SchoolAttended(null, j.child().id(), named, ref, from, to)));
        return Decision.of(changes);
    }
}
