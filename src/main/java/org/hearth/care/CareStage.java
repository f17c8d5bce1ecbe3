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

    @Override
    public String name() {
        return "care";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(CARE_PERIODS, LEGAL_STATUSES, PLACEMENTS, CARE_REVIEWS, MISSING, CARE_OUTCOMES, DEPRIVATIONS_OF_LIBERTY);
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

    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        String base = "/children/" + journey.child().id();
        List<Stage.Action> out = new java.util.ArrayList<>();
        boolean lookedAfter = LookedAfter.openPeriod(journey) != null;
        MissingEpisode missing = journey.all(MISSING).stream().filter(m -> m.missingEpisodeEndDate() == null)
                .findFirst().orElse(null);
        if (missing != null) {
            out.add(new Stage.Action("Record the child's return", base + "/missing/" + missing.id(),
                    List.of(MISSING.name())));
        } else if (lookedAfter || Referrals.open(journey).isPresent()) {
            out.add(new Stage.Action("Record a missing or away episode", base + "/missing/new", List.of(MISSING.name())));
        }
        if (lookedAfter) {
            out.add(new Stage.Action("Record ceasing to be looked after", base + "/care/end",
                    List.of(CARE_PERIODS.name(), PLACEMENTS.name(), LEGAL_STATUSES.name())));
        }
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("missing", "Missing or away episode recorded", "missing-return", "The child's return recorded",
                "care-end", "Ceasing to be looked after recorded");
    }
}
