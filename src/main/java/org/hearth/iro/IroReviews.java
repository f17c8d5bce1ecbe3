package org.hearth.iro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.care.CareReview;
import org.hearth.care.LookedAfter;
import org.hearth.clocks.JourneyClocks;
import org.hearth.clocks.StatutoryClock;
import org.hearth.journey.ChildJourney;
import org.hearth.stages.ChildStatus;
import org.hearth.journey.JourneyService;
import org.hearth.protection.CpReview;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.hearth.care.CareStage;
import org.hearth.protection.ProtectionStage;

/**
 * The reviews an IRO chairs: the children for whom they are allocated as IRO today, each read through the access
 * seam, with the review clocks, the last review, the child's latest recorded views and the challenge log.
 */
@Service
public class IroReviews {
    private final JourneyService journeys;
    private final Challenges challenges;
    private final JdbcTemplate jdbc;
    private final JourneyClocks clocks = JourneyClocks.standard();

    IroReviews(JourneyService journeys, Challenges challenges, JdbcTemplate jdbc) {
        this.journeys = journeys;
        this.challenges = challenges;
        this.jdbc = jdbc;
    }

    /** The children whose reviews {@code username} chairs: an open IRO involvement. */
    public List<UUID> chairedBy(String username) {
        return jdbc.queryForList("SELECT DISTINCT invo_person_id FROM ssd_involvements WHERE invo_professional_id = ? "
                + "AND invo_professional_role_id = 'IRO' AND invo_involvement_start_date <= current_date "
                + "AND (invo_involvement_end_date IS NULL OR invo_involvement_end_date >= current_date)",
                UUID.class, username);
    }

    /** The signed-in IRO's children, soonest review due first (none due last). */
    public List<ReviewedChild> of(Actor actor) {
        List<UUID> ids = chairedBy(actor.username());
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        List<ChildJourney> read = journeys.readEach(actor, ids, "reviews", "my reviews");
        Map<UUID, List<Challenge>> logs = challenges.forChildren(actor, ids, "my reviews");
        List<ReviewedChild> out = new ArrayList<>();
        for (ChildJourney j : read) {
            out.add(row(j, logs.getOrDefault(j.child().id(), List.of()), clocks.open(j, today), today));
        }
        out.sort(Comparator.comparing(ReviewedChild::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReviewedChild::name));
        return out;
    }

    static ReviewedChild row(ChildJourney j, List<Challenge> log, List<StatutoryClock> open, LocalDate today) {
        ReviewedChild.Due la = due(open, "CLA_REVIEW", today);
        ReviewedChild.Due cp = due(open, "CP_REVIEW", today);
        CareReview lastLa = LookedAfter.lastReview(j);
        CpReview lastCp = org.hearth.protection.ChildProtection.lastReview(j);
        LocalDate last = null;
        String lastKind = null;
        if (lastLa != null) {
            last = lastLa.claReviewDate();
            lastKind = "Looked-after review";
        }
        if (lastCp != null && (last == null || lastCp.cpReviewDate().isAfter(last))) {
            last = lastCp.cpReviewDate();
            lastKind = "Child protection review";
        }
        return new ReviewedChild(j.child().id(), j.child().legacyId(), j.child().displayName(), j.child().dob(),
                ChildStatus.tags(j, today), la, cp, last, lastKind, latestViews(j), log);
    }

    /** The child's views from the latest review, of either kind, that recorded them. */
    public static ReviewedChild.LatestViews latestViews(ChildJourney j) {
        ReviewedChild.LatestViews best = null;
        for (CareReview r : j.all(CareStage.CARE_REVIEWS)) {
            if (r.claReviewChildViews() != null && r.claReviewDate() != null
                    && (best == null || r.claReviewDate().isAfter(best.on()))) {
                best = new ReviewedChild.LatestViews(r.claReviewDate(), "Looked-after review", r.claReviewChildViews());
            }
        }
        for (CpReview r : j.all(ProtectionStage.CP_REVIEWS)) {
            if (r.cpReviewChildViews() != null && r.cpReviewDate() != null
                    && (best == null || r.cpReviewDate().isAfter(best.on()))) {
                best = new ReviewedChild.LatestViews(r.cpReviewDate(), "Child protection review", r.cpReviewChildViews());
            }
        }
        return best;
    }

    private static ReviewedChild.Due due(List<StatutoryClock> open, String prefix, LocalDate today) {
        return open.stream().filter(c -> c.ruleId().startsWith(prefix)).min(Comparator.comparing(StatutoryClock::dueOn))
                .map(c -> new ReviewedChild.Due(c.dueOn(), c.status(today))).orElse(null);
    }
}
