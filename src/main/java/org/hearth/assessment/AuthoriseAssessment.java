package org.hearth.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A team manager authorises the assessment today: the only way its authorisation date (the day the DfE counts it
 * complete) is set. Run by the manager's approval of the worker's request ({@code approval/Approvals.decide}), which
 * names who wrote and sent it and the team it was sent in. Refused for anyone who is not a team manager of that team,
 * for the assessment's author (no one approves their own work), and for an assessment that is incomplete — help
 * offered included, whatever the outcome — or already authorised.
 *
 * @param author     the username of the worker who sent the assessment for authorisation
 * @param authorTeam the team the worker sent it in, whose manager decides
 */
public record AuthoriseAssessment(UUID assessmentId, String author, String authorTeam) implements JourneyCommand {
    @Override
    public List<String> parts() {
        return List.of(AssessmentAnswers.KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        Actor manager = context.actor();
        String kind = AssessmentAnswers.KIND;
        if (manager.role() != Role.TEAM_MANAGER) {
            return Decision.refused(new Violation("authorise-team-manager", null, kind, assessmentId, null,
                    "Only a team manager can authorise an assessment, by approving the worker's request"));
        }
        if (author == null || manager.username().equals(author)) {
            return Decision.refused(new Violation("authorise-not-own-work", null, kind, assessmentId, null,
                    "You cannot authorise an assessment you wrote; another team manager must decide"));
        }
        if (authorTeam == null || !authorTeam.equals(manager.teamId())) {
            return Decision.refused(new Violation("authorise-own-team", null, kind, assessmentId, null,
                    "Only a team manager of " + author + "'s team can authorise this assessment"));
        }
        Assessment a = assessmentId == null ? null : j.find(AssessmentStage.ASSESSMENTS, assessmentId).orElse(null);
        if (a == null) {
            return Decision.refused(new Violation("assessment-not-found", null, kind, assessmentId, null,
                    "There is no such assessment on this child's record"));
        }
        if (a.assessmentAuthDate() != null) {
            return Decision.refused(new Violation("assessment-authorised", null, kind, a.id(), null,
                    "This assessment was already authorised on " + Dates.uk(a.assessmentAuthDate())));
        }
        List<Violation> refusals = new ArrayList<>(AssessmentAnswers.incomplete(a));
        if (a.assessmentStartDate() != null && a.assessmentStartDate().isAfter(context.today())) {
            refusals.add(AssessmentAnswers.refusal(a, "assessmentAuthDate", null,
                    "An assessment cannot be authorised before it started on " + Dates.uk(a.assessmentStartDate())));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AssessmentStage.ASSESSMENTS, a.authorisedOn(context.today())));
    }
}
