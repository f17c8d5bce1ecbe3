package org.hearth.leaving;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;

/**
 * A care leaver asks for help, up to their 25th birthday ("no cliff edge"): support re-opens without a new referral.
 * The request lands on the record and waits for the leaving care team manager (and the personal adviser) until the
 * adviser is in contact again. The young person asks for themselves ({@code self} is the record their sign-in is
 * linked to, read by the server) or their adviser, social worker or manager records the ask for them.
 */
public record AskForHelp(UUID self, String about, String words) implements JourneyCommand {
    public static final Map<String, String> ABOUT = new LinkedHashMap<>();
    public static final int MAX = 2_000;
    static final String KIND = LeavingCareStage.HELP_REQUESTS.name();

    static {
        ABOUT.put("HOUSING", "Somewhere to live");
        ABOUT.put("MONEY", "Money");
        ABOUT.put("WORK_OR_STUDY", "Work, training or study");
        ABOUT.put("HEALTH", "Health or how I am feeling");
        ABOUT.put("OTHER", "Something else");
    }

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        boolean themselves = CommentOnPathwayPlan.youngPerson(c.actor().role());
        if (!themselves && !RecordCareLeaverContact.mayRecord(c.actor().role())) {
            return Decision.refused(PathwayPlans.refusal(KIND, "help-request-role", null,
                    "Only the young person, or their personal adviser or social worker for them, asks for help"));
        }
        if (themselves && (self == null || !self.equals(j.child().id()))) {
            return Decision.refused(PathwayPlans.refusal(KIND, "help-request-own", null,
                    "You can only ask for help for yourself"));
        }
        Optional<String> status = PathwayPlans.eligibility(j, c.today());
        if (status.isEmpty() || PathwayPlans.ELIGIBLE.equals(status.get())) {
            Integer age = j.child().ageOn(c.today());
            return Decision.refused(PathwayPlans.refusal(KIND, "help-request-care-leaver", null,
                    age != null && age >= 25 ? "Support from the leaving care service lasts until the 25th birthday, "
                            + "on " + Dates.uk(j.child().dob().plusYears(25)) + ". Ask the council's adult services "
                            + "or the local offer for help now"
                            : "Asking for help this way is for care leavers from 16 to their 25th birthday"));
        }
        if (!PathwayPlans.waitingHelp(j).isEmpty()) {
            return Decision.refused(PathwayPlans.refusal(KIND, "help-request-waiting", null,
                    "Help was already asked for on " + Dates.uk(PathwayPlans.waitingHelp(j).get(0).askedDate())
                            + ". The personal adviser will be in touch"));
        }
        if (about == null || !ABOUT.containsKey(about)) {
            return Decision.refused(PathwayPlans.refusal(KIND, "help-request-about", "about",
                    "Choose what you need help with"));
        }
        String said = PathwayPlans.clean(words);
        if (said != null && said.length() > MAX) {
            return Decision.refused(PathwayPlans.refusal(KIND, "help-request-words", "words",
                    "What you need help with must be " + MAX + " characters or fewer"));
        }
        return Decision.of(JourneyChange.of(LeavingCareStage.HELP_REQUESTS, new HelpRequest(null, j.child().id(),
                c.today(), about, said, c.actor().username())));
    }
}
