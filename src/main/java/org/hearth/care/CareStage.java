package org.hearth.care;

import org.hearth.referral.Referrals;
import org.hearth.access.Actor;
import java.util.Map;
import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Looked after: periods of care, legal statuses, placements, reviews, missing episodes, and what the 903 return adds. */
public final class CareStage implements Stage {
    public static final EpisodeKind<CarePeriod> CARE_PERIODS = EpisodeKind.of(11, "care-periods", "Period of care",
            CarePeriod.class, "cla_periods", "clpe_", "clpe_period_id").noOverlap("").dateCodes(null, "302", null)
            .coded("reasonCeased", "REC", CarePeriod::reasonCeased)
            .coded("cinCode", "CIN", CarePeriod::cinCode);
    public static final EpisodeKind<LegalStatus> LEGAL_STATUSES = EpisodeKind.of(12, "legal-statuses", "Legal status",
            LegalStatus.class, "ssd_legal_status", "lega_", "lega_legal_status_id").noOverlap("")
            .coded("legalStatus", "LS", LegalStatus::legalStatus);
    public static final EpisodeKind<Placement> PLACEMENTS = EpisodeKind.of(13, "placements", "Placement",
            Placement.class, "ssd_cla_placement", "clap_", "clap_cla_placement_id").noOverlap("")
            .coded("claPlacementType", "PLACE", Placement::claPlacementType)
            .coded("claPlacementProvider", "PLACE_PROVIDER", Placement::claPlacementProvider)
            .coded("claPlacementChangeReason", "REASON_PLACE_CHANGE", Placement::claPlacementChangeReason);
    public static final EpisodeKind<CareReview> CARE_REVIEWS = EpisodeKind.of(14, "care-reviews", "Looked-after review",
            CareReview.class, "ssd_cla_reviews", "clar_", "clar_cla_review_id")
            .coded("claReviewParticipation", "PARTICIPATION", CareReview::claReviewParticipation);
    public static final EpisodeKind<MissingEpisode> MISSING = EpisodeKind.of(15, "missing", "Missing or away episode",
            MissingEpisode.class, "ssd_missing", "miss_", "miss_table_id").noOverlap("574")
            .coded("missingEpisodeType", "MISSING", MissingEpisode::missingEpisodeType);
    public static final EpisodeKind<CareOutcome> CARE_OUTCOMES = EpisodeKind.of(23, "care-outcomes", "Outcomes for the year",
            CareOutcome.class, "cla_outcomes", "clao_", "clao_outcome_id");
    public static final EpisodeKind<DeprivationOfLiberty> DEPRIVATIONS_OF_LIBERTY = EpisodeKind.of(28, "deprivations-of-liberty", "Deprivation of liberty order",
            DeprivationOfLiberty.class, "cla_dolo", "dolo_", "dolo_order_id");
    public static final EpisodeKind<CareMilestone> MILESTONES = EpisodeKind.of(30, "care-milestones",
            "Care plan, health, education or placement step", CareMilestone.class, "cla_milestones", "clam_",
            "clam_milestone_id");

    @Override
    public String name() {
        return "care";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(CARE_PERIODS, LEGAL_STATUSES, PLACEMENTS, CARE_REVIEWS, MISSING, CARE_OUTCOMES, DEPRIVATIONS_OF_LIBERTY,
                MILESTONES);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(CareRules::check);
    }

    @Override
    public List<String> statusTags(ChildJourney journey, LocalDate today) {
        List<String> tags = new java.util.ArrayList<>();
        boolean lookedAfter = Stage.openOn(journey.all(CARE_PERIODS), today);
        if (lookedAfter) {
            tags.add("LOOKED_AFTER");
        }
        Integer age = journey.child().ageOn(today);
        if (!lookedAfter && !journey.all(CARE_PERIODS).isEmpty() && age != null && age >= 16 && age < 25) {
            tags.add("CARE_LEAVER");
        }
        if (Stage.openOn(journey.all(MISSING), today)) {
            tags.add("MISSING");
        }
        return tags;
    }

    /**
     * The looked-after steps this actor may take now, each only when it would not be refused: the social worker (or
     * their manager) records becoming looked after, moves, legal status changes, missing episodes and ceasing care;
     * the IRO records the looked-after review. The looked-after card on the child's record shows the first four.
     */
    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        String base = "/children/" + journey.child().id();
        List<Stage.Action> out = new java.util.ArrayList<>();
        boolean casework = CareRoles.changesCare(actor.role());
        boolean lookedAfter = LookedAfter.openPeriod(journey) != null;
        if (casework && !lookedAfter && BecomeLookedAfter.whyNot(journey, today) == null) {
            out.add(new Stage.Action("Record becoming looked after", base + "/care/new",
                    List.of(CARE_PERIODS.name(), LEGAL_STATUSES.name(), PLACEMENTS.name())));
        }
        Placement placement = LookedAfter.currentPlacement(journey);
        if (casework && placement != null && placement.claPlacementStartDate().isBefore(today)) {
            out.add(new Stage.Action("Change placement", base + "/placements/change", List.of(PLACEMENTS.name())));
        }
        LegalStatus status = LookedAfter.currentLegalStatus(journey);
        if (casework && status != null && status.legalStatusStartDate().isBefore(today)) {
            out.add(new Stage.Action("Change legal status", base + "/legal-statuses/change",
                    List.of(LEGAL_STATUSES.name())));
        }
        if (CareRoles.reviews(actor.role()) && lookedAfter && RecordCareReview.whyNot(journey) == null) {
            out.add(new Stage.Action("Record a review", base + "/care-reviews/new", List.of(CARE_REVIEWS.name())));
        }
        MissingEpisode missing = LookedAfter.openMissing(journey);
        if (casework && missing != null) {
            out.add(new Stage.Action("Record the child's return", base + "/missing/" + missing.id(),
                    List.of(MISSING.name())));
        } else if (casework && RecordMissingEpisode.whyNot(journey) == null
                && (lookedAfter || Referrals.open(journey).isPresent())) {
            out.add(new Stage.Action("Record a missing or away episode", base + "/missing/new", List.of(MISSING.name())));
        }
        if (casework && (lookedAfter || !journey.all(CARE_PERIODS).isEmpty()) && !journey.child().unborn()) {
            out.add(new Stage.Action("Record a care plan, health or education step", base + "/care-steps/new",
                    List.of(MILESTONES.name())));
        }
        if (casework && lookedAfter) {
            out.add(new Stage.Action("Record ceasing to be looked after", base + "/care/end",
                    List.of(CARE_PERIODS.name(), PLACEMENTS.name(), LEGAL_STATUSES.name())));
        }
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("care", "Becoming looked after recorded", "placement", "Change of placement recorded",
                "legal-status", "Change of legal status recorded", "missing", "Missing or away episode recorded",
                "missing-return", "The child's return recorded", "care-end", "Ceasing to be looked after recorded",
                "care-step", "Step recorded: its statutory clock is updated");
    }
}
