package org.hearth.people;

import java.util.List;
import org.hearth.journey.Violation;

/** NHS number and UPN checks on a person (filled in when the identifier validators land). */
final class IdentifierChecks {
    private IdentifierChecks() {}

    static void check(Person p, List<Violation> out) {
    }
}
