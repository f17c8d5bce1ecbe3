package org.hearth.leaving;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A contact with a care leaver (to 25): in touch, activity and accommodation, as the 903's OC3 asks. */
public record CareLeaverContact(UUID id, UUID personId, LocalDate careLeaverLatestContact, String careLeaverEligibility,
                                String careLeaverInTouch, String careLeaverActivity, String careLeaverAccommodation,
                                String careLeaverAccomSuitable) implements JourneyRecord {
    public LocalDate startDate() { return careLeaverLatestContact; }
    public String summary() {
        return "Care leaver contact" + (careLeaverActivity == null ? "" : ", activity: "
                + org.hearth.codes.CodeLists.standard().words("ACTIV", careLeaverActivity, startDate()));
    }
}
