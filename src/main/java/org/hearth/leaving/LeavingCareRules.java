package org.hearth.leaving;

import java.util.ArrayList;
import java.util.List;
import org.hearth.care.CareStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/** A care leaver was looked after. */
public final class LeavingCareRules {
    private LeavingCareRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        if (!journey.all(LeavingCareStage.CARE_LEAVER_CONTACTS).isEmpty() && journey.all(CareStage.CARE_PERIODS).isEmpty()) {
            CareLeaverContact first = journey.all(LeavingCareStage.CARE_LEAVER_CONTACTS).get(0);
            out.add(new Violation("care-leaver-was-looked-after", "1002", LeavingCareStage.CARE_LEAVER_CONTACTS.name(), first.id(),
                    "careLeaverLatestContact", "Care leaver contacts need a period of being looked after on the record"));
        }
        return out;
    }
}
