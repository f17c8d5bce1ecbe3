package org.hearth.portal.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * What every command of the child's own space asks first: is the actor the child (or care leaver) themself, writing on
 * their own record? {@code self} is the record their sign-in is linked to (the server reads it from their SELF
 * assignment, never from the request); a command refuses any other record whatever the access seam would allow, and a
 * worker never writes as the child.
 */
final class OwnSpace {
    private OwnSpace() {}

    static boolean child(Role role) {
        return role == Role.CHILD || role == Role.YOUNG_PERSON;
    }

    /** The refusal when the actor is not the child writing on their own record; null when they are. */
    static Violation notTheirs(ChildJourney j, JourneyCommand.Context c, UUID self, String kind) {
        if (!child(c.actor().role())) {
            return new Violation("own-space-child", null, kind, null, null,
                    "Only the child can write in their own space; workers add what the child tells them in the record");
        }
        if (self == null || !self.equals(j.child().id())) {
            return new Violation("own-space-own-record", null, kind, null, null,
                    "You can only write in your own space");
        }
        return null;
    }

    /** The checks' problems (field → message in the child's words) as refusals naming the same fields. */
    static List<Violation> refusals(String kind, String rule, Map<String, String> problems) {
        List<Violation> out = new ArrayList<>();
        problems.forEach((field, message) -> out.add(new Violation(rule, null, kind, null, field, message)));
        return out;
    }

    static void requireTime(Object at) {
        if (at == null) {
            throw new IllegalArgumentException("a change in the child's space needs the time it is made");
        }
    }
}
