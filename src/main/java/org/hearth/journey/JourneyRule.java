package org.hearth.journey;

import java.util.List;

/** An invariant of a child's journey, checked on every write. Plain Java: no web, no database. */
@FunctionalInterface
public interface JourneyRule {
    List<Violation> check(ChildJourney journey);
}
