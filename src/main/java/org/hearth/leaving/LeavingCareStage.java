package org.hearth.leaving;

import java.util.List;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Leaving care to 25: the personal adviser's contacts with the care leaver. */
public final class LeavingCareStage implements Stage {
    public static final EpisodeKind<CareLeaverContact> CARE_LEAVER_CONTACTS = EpisodeKind.of(19, "care-leaver-contacts", "Care leaver contact",
            CareLeaverContact.class, "ssd_care_leavers", "clea_", "clea_table_id")
            .coded("careLeaverInTouch", "IN_TOUCH", CareLeaverContact::careLeaverInTouch)
            .coded("careLeaverActivity", "ACTIV", CareLeaverContact::careLeaverActivity)
            .coded("careLeaverAccommodation", "ACCOM", CareLeaverContact::careLeaverAccommodation);

    @Override
    public String name() {
        return "leaving";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(CARE_LEAVER_CONTACTS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(LeavingCareRules::check);
    }
}
