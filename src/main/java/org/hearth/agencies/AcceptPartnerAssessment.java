package org.hearth.agencies;

import static org.hearth.agencies.Involvements.clean;
import static org.hearth.agencies.Involvements.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.earlyhelp.EarlyHelp;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Joint thresholds: another agency's assessment (a school's early help assessment) is accepted as the basis of the
 * child's open family help, so the family is not assessed again. The record then says "Help based on Hillside
 * Academy's early help assessment of 3 March 2026". Only the council accepts one ({@code actingOrganisation} null).
 */
public record AcceptPartnerAssessment(Organisations.Org organisation, String organisationAsked, String assessmentKind,
                                      LocalDate assessmentDate, String summary, String actingOrganisation)
        implements JourneyCommand {
    static final String KIND = AgenciesStage.PARTNER_ASSESSMENTS.name();
    public static final int SUMMARY_MAX = 4_000;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (actingOrganisation != null) {
            return Decision.refused(refusal(KIND, "organisationId", "The council accepts an assessment as the basis of "
                    + "its help: send yours with a referral or to the family's lead practitioner"));
        }
        LocalDate today = context.today();
        List<Violation> refusals = new ArrayList<>();
        EarlyHelpEpisode help = EarlyHelp.open(j).orElse(null);
        if (help == null) {
            refusals.add(refusal(KIND, "earlyHelpId", "The child has no family help open: start family help, then base "
                    + "it on the assessment"));
        }
        if (organisation == null) {
            refusals.add(refusal(KIND, "organisationId", clean(organisationAsked) == null
                    ? "Select the organisation that assessed"
                    : "There is no organisation with that id in Hearth: select one from the list"));
        }
        String kind = clean(assessmentKind);
        if (kind == null || !CodeRules.list("PARTNER_ASSESSMENT", today).contains(kind)) {
            refusals.add(refusal(KIND, "assessmentKind", "Select the kind of assessment"));
        }
        if (assessmentDate == null) {
            refusals.add(refusal(KIND, "assessmentDate", "Enter the date of the assessment"));
        } else if (assessmentDate.isAfter(today)) {
            refusals.add(refusal(KIND, "assessmentDate", "The date of the assessment must be today or in the past"));
        } else if (assessmentDate.isBefore(today.minusMonths(6))) {
            refusals.add(refusal(KIND, "assessmentDate", "An assessment from before " + Dates.uk(today.minusMonths(6))
                    + " is too old to base help on now: the family's needs may have changed"));
        }
        String s = clean(summary);
        if (s == null) {
            refusals.add(refusal(KIND, "summary", "Summarise the assessment: the needs it found and what it recommends"));
        } else if (s.length() > SUMMARY_MAX) {
            refusals.add(refusal(KIND, "summary", "The summary must be " + SUMMARY_MAX + " characters or fewer"));
        }
        if (help != null && j.all(AgenciesStage.PARTNER_ASSESSMENTS).stream()
                .anyMatch(a -> help.id().equals(a.earlyHelpId()))) {
            refusals.add(refusal(KIND, "earlyHelpId", "This family help is already based on a partner's assessment"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(AgenciesStage.PARTNER_ASSESSMENTS, new PartnerAssessment(null,
                j.child().id(), organisation.id(), organisation.name(), kind, assessmentDate, s, help.id(), today,
                context.actor().username())));
    }
}
