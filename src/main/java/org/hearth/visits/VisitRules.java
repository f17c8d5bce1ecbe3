package org.hearth.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/** A visit says whether the child was seen, and which plan it was for. */
public final class VisitRules {
    private static final Set<String> VISIT_CONTEXTS = Set.of("CIN", "CP", "CLA", "EH", "CL");

    private VisitRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (Visit v : journey.all(VisitsStage.VISITS)) {
            if (v.visitSeen() == null) {
                out.add(new Violation("visit-seen", null, VisitsStage.VISITS.name(), v.id(), "visitSeen",
                        "Say whether the child was seen on the visit"));
            }
            if (v.visitContext() == null || !VISIT_CONTEXTS.contains(v.visitContext())) {
                out.add(new Violation("visit-context", null, VisitsStage.VISITS.name(), v.id(), "visitContext",
                        "Say which plan the visit is for: CIN, CP, CLA, EH (family help) or CL (care leaver)"));
            }
            if (Boolean.TRUE.equals(v.visitSeenAlone()) && !Boolean.TRUE.equals(v.visitSeen())) {
                out.add(new Violation("visit-seen-alone", null, VisitsStage.VISITS.name(), v.id(), "visitSeenAlone",
                        "A child seen alone was seen: tick seen as well"));
            }
        }
        return out;
    }
}
