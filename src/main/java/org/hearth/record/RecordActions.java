package org.hearth.record;

import org.hearth.journey.ChildJourney;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.referral.ReferralStage;

/**
 * The "Record" links on a child's record: only the steps that apply to where the child is now (a CIN episode open,
 * a plan open, looked after), so a worker is not offered a form that could only be refused.
 */
public final class RecordActions {
    public record Action(String label, String href) {}

    private RecordActions() {}

    /** What the child's record says was just saved, for the steps these links lead to. */
    static final Map<String, String> SAVED = Map.ofEntries(
            Map.entry("contact", "Contact and decision recorded"),
            Map.entry("contact-family-help", "Contact recorded and family help started"),
            Map.entry("referral", "Contact recorded and referral to children's social care opened"),
            Map.entry("cin-plan", "Child in need plan started"),
            Map.entry("cin-plan-end", "Child in need plan ended"),
            Map.entry("missing", "Missing or away episode recorded"),
            Map.entry("missing-return", "The child's return recorded"),
            Map.entry("allocation", "Social worker changed"),
            Map.entry("cin-closed", "Child in need episode closed"),
            Map.entry("care-end", "Ceasing to be looked after recorded"));

    public static String savedMessage(String saved) {
        return saved == null ? null : SAVED.get(saved);
    }

    public static List<Action> of(ChildJourney j, LocalDate today, boolean teamManager) {
        UUID id = j.child().id();
        String base = "/children/" + id;
        List<Action> out = new ArrayList<>();
        out.add(new Action("Record a contact", base + "/contacts/new"));
        org.hearth.referral.Referral referral = openReferral(j);
        org.hearth.assessment.CinPlan cinPlan = j.all(AssessmentStage.CIN_PLANS).stream().filter(p -> p.cinPlanEndDate() == null)
                .findFirst().orElse(null);
        if (referral != null && !referral.nfa() && cinPlan == null) {
            out.add(new Action("Start a child in need plan", base + "/cin-plans/new"));
        }
        if (cinPlan != null) {
            out.add(new Action("End the child in need plan", base + "/cin-plans/" + cinPlan.id() + "/end"));
        }
        boolean lookedAfter = j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> p.periodEndDate() == null);
        org.hearth.care.MissingEpisode missing = j.all(CareStage.MISSING).stream()
                .filter(m -> m.missingEpisodeEndDate() == null).findFirst().orElse(null);
        if (missing != null) {
            out.add(new Action("Record the child's return", base + "/missing/" + missing.id()));
        } else if (lookedAfter || referral != null) {
            out.add(new Action("Record a missing or away episode", base + "/missing/new"));
        }
        if (lookedAfter) {
            out.add(new Action("Record ceasing to be looked after", base + "/care/end"));
        }
        if (referral != null) {
            out.add(new Action("Close the child in need episode", base + "/referrals/" + referral.id() + "/close"));
        }
        if (teamManager) {
            out.add(new Action("Change social worker", base + "/allocations/change"));
        }
        return out;
    }

    /** The CIN episode open now: the latest referral not closed. */
    static org.hearth.referral.Referral openReferral(ChildJourney j) {
        return j.all(ReferralStage.REFERRALS).stream().filter(r -> r.closeDate() == null && r.referralDate() != null)
                .max(java.util.Comparator.comparing(org.hearth.referral.Referral::referralDate)).orElse(null);
    }
}
