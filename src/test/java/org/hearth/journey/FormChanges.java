package org.hearth.journey;

import org.hearth.stages.Stages;
import java.util.List;
import java.util.UUID;

/** Applies a form's changes to a journey as JourneyService does (new records get an id), for plain-Java tests. */
public final class FormChanges {
    private FormChanges() {}

    public static ChildJourney applied(ChildJourney journey, List<JourneyChange<?>> changes) {
        ChildJourney out = journey;
        for (JourneyChange<?> change : changes) {
            out = apply(out, change);
        }
        // What other stages change because of them, as the service does (a CIN plan ends with its episode).
        for (JourneyChange<?> consequence : Stages.standard().consequences(journey, out)) {
            out = apply(out, consequence);
        }
        return out;
    }

    /** The violations the changes would add: what JourneyService refuses them with. */
    public static List<Violation> refusals(ChildJourney journey, List<JourneyChange<?>> changes) {
        return Stages.journeyRules().introducedBy(journey, applied(journey, changes));
    }

    private static <T extends Record & JourneyRecord> ChildJourney apply(ChildJourney journey, JourneyChange<T> change) {
        T record = change.record();
        T identified = change.kind().table().withIdentity(record, record.id() == null ? UUID.randomUUID() : record.id(),
                journey.child().id());
        return journey.with(change.kind(), identified);
    }
}
