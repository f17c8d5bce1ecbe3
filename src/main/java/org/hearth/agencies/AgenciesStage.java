package org.hearth.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;
import org.hearth.journey.Violation;

/**
 * Who else is involved with the child and the work between agencies: each agency's involvement and the lead
 * practitioner, the front door's requests for information to partners with their answers, and another agency's
 * assessment accepted as the basis of family help. Partner referrals to the front door live beside the record (they
 * become a contact through the front door's own command) in {@link PartnerReferrals}.
 */
public final class AgenciesStage implements Stage {
    public static final EpisodeKind<AgencyInvolvement> INVOLVEMENTS = EpisodeKind.of(38, "involvements",
            "Agency involved", AgencyInvolvement.class, "agency_involvements", "agin_", "agin_involvement_id")
            .coded("involvementKind", "INVOLVEMENT_KIND", AgencyInvolvement::involvementKind);
    public static final EpisodeKind<InformationRequest> INFORMATION_REQUESTS = EpisodeKind.of(39,
            "information-requests", "Request for information", InformationRequest.class, "information_requests",
            "inrq_", "inrq_request_id");
    public static final EpisodeKind<PartnerAssessment> PARTNER_ASSESSMENTS = EpisodeKind.of(40, "partner-assessments",
            "Partner assessment accepted", PartnerAssessment.class, "partner_assessments", "paas_",
            "paas_assessment_id").coded("assessmentKind", "PARTNER_ASSESSMENT", PartnerAssessment::assessmentKind);

    @Override
    public String name() {
        return "agencies";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(INVOLVEMENTS, INFORMATION_REQUESTS, PARTNER_ASSESSMENTS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(AgenciesStage::oneLead);
    }

    /** A child has at most one lead practitioner among the agencies involved now. */
    static List<Violation> oneLead(ChildJourney j) {
        List<AgencyInvolvement> leads = j.all(INVOLVEMENTS).stream()
                .filter(i -> i.leads() && i.endDate() == null).toList();
        if (leads.size() <= 1) {
            return List.of();
        }
        return List.of(new Violation("one-lead-practitioner", null, INVOLVEMENTS.name(), leads.get(1).id(), "lead",
                "The child already has a lead practitioner (" + leads.get(0).organisationName() + ")"));
    }

    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        String base = "/children/" + journey.child().id();
        List<Stage.Action> out = new ArrayList<>();
        out.add(new Stage.Action("Agencies involved", base + "/involvements", List.of(INVOLVEMENTS.name())));
        if (journey.openOn("early-help", today).isPresent()) {
            out.add(new Stage.Action("Base family help on a partner's assessment", base + "/partner-assessments/new",
                    List.of(PARTNER_ASSESSMENTS.name())));
        }
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("involvement", "Agency involvement recorded", "involvement-updated", "Agency involvement updated",
                "involvement-ended", "Agency involvement ended", "lead", "Lead practitioner named",
                "partner-assessment", "Family help is now based on the partner's assessment",
                "information-requested", "Request for information sent");
    }
}
