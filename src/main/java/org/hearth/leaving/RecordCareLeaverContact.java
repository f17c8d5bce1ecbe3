package org.hearth.leaving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The personal adviser (or the young person's social worker or their manager) was in contact with a care leaver on
 * {@code date}: whether they are in touch (IN_TOUCH), and when in touch their main activity (ACTIV) and accommodation
 * (ACCOM), as the 903's OC3 asks; the accommodation's code says whether it is suitable. A contact has happened, so it
 * is never in the future, and is made only with a care leaver (left care, 16 to 25).
 */
public record RecordCareLeaverContact(LocalDate date, String inTouch, String activity, String accommodation)
        implements JourneyCommand {
    static final String KIND = LeavingCareStage.CARE_LEAVER_CONTACTS.name();
    static final String IN_TOUCH = "YES";
    static final String RETURNED_HOME = "RHOM";
    static final String NOT_KNOWN = "0";

    /** The roles who keep in touch with a care leaver. */
    public static boolean mayRecord(Role role) {
        return Set.of(Role.PERSONAL_ADVISER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER).contains(role);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!mayRecord(c.actor().role())) {
            return Decision.refused(refusal("care-leaver-contact-role", null,
                    "Only the young person's personal adviser or social worker records a care leaver contact"));
        }
        List<Violation> out = new ArrayList<>();
        LocalDate day = date;
        if (date == null) {
            out.add(refusal("care-leaver-contact-date", "careLeaverLatestContact",
                    "Enter the date of the contact as a real date, for example 27 3 2025"));
            day = c.today();
        } else if (date.isAfter(c.today())) {
            out.add(refusal("not-in-future", "careLeaverLatestContact",
                    "The date of the contact must be today or in the past"));
            day = c.today();
        }
        Optional<CareLeavers.Status> status = CareLeavers.on(j, day);
        if (status.isEmpty()) {
            return Decision.refused(refusal("care-leaver-contact-care-leaver", "careLeaverLatestContact",
                    "The young person is not a care leaver on " + Dates.uk(day)
                            + ": a care leaver has left care and is 16 or over and under 25"));
        }
        if (inTouch == null || !CodeRules.list("IN_TOUCH", day).contains(inTouch)) {
            out.add(refusal("care-leaver-in-touch", "careLeaverInTouch", "Select whether you are in touch with the young person"));
        }
        boolean touching = IN_TOUCH.equals(inTouch);
        if (touching && (activity == null || NOT_KNOWN.equals(activity)
                || !CodeRules.list("ACTIV", day).contains(activity))) {
            out.add(refusal("care-leaver-activity", "careLeaverActivity", "Select the young person's main activity"));
        }
        if (touching && (accommodation == null || NOT_KNOWN.equals(accommodation)
                || !CodeRules.list("ACCOM", day).contains(accommodation))) {
            out.add(refusal("care-leaver-accommodation", "careLeaverAccommodation",
                    "Select where the young person lives, and whether it is suitable"));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        // Not in touch: the 903 asks for "not known" (0); returned home for six months or more: it asks nothing more.
        String act = touching ? activity : RETURNED_HOME.equals(inTouch) ? null : NOT_KNOWN;
        String accom = touching ? accommodation : RETURNED_HOME.equals(inTouch) ? null : NOT_KNOWN;
        String suitable = accom == null || NOT_KNOWN.equals(accom) ? null : accom.endsWith("1") ? "Y" : "N";
        return Decision.of(JourneyChange.of(LeavingCareStage.CARE_LEAVER_CONTACTS, new CareLeaverContact(null,
                j.child().id(), date, status.get().eligibility(), inTouch, act, accom, suitable)));
    }

    private static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
