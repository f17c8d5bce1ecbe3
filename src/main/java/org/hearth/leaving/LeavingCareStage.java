package org.hearth.leaving;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
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

    /** The personal adviser (and the young person's social worker or their manager) keeps in touch with a care leaver. */
    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        return RecordCareLeaverContact.mayRecord(actor.role()) && CareLeavers.on(journey, today).isPresent()
                ? List.of(new Stage.Action("Record a care leaver contact", "/children/" + journey.child().id()
                + "/care-leaver-contacts/new", List.of(CARE_LEAVER_CONTACTS.name())))
                : List.of();
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("care-leaver-contact", "Care leaver contact recorded");
    }
}
