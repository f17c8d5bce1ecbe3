package org.hearth.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.care.CareReviewSection;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.stereotype.Component;

/**
 * The looked-after review shows the child's delegated authority (who takes each everyday decision) and records, when
 * its chair ticks the box, that it was reviewed at that review.
 */
@Component
class DelegatedAuthorityAtReview implements CareReviewSection {
    static final String NAME = "delegatedAuthorityReviewed";

    private final JourneyService journeys;

    DelegatedAuthorityAtReview(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public Optional<Shown> shown(ChildJourney journey, Actor actor) {
        List<DelegatedAuthority> all = journey.all(CarersStage.DELEGATED_AUTHORITY);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String decision : CarersStage.options(CarersStage.DECISION).keySet()) {
            CarerRules.whoDecides(journey, decision).ifPresent(d -> lines.add(CarersStage.label(CarersStage.DECISION,
                    decision) + ": " + CarersStage.inSentence(CarersStage.DECIDED_BY, d.decidedBy())));
        }
        String last = CarerRules.lastReview(journey).map(r -> " Last reviewed on "
                + org.hearth.journey.Dates.uk(r.reviewedOn()) + ".").orElse(" Not reviewed yet.");
        return Optional.of(new Shown(NAME, "Delegated authority", lines,
                "The delegated authority was reviewed at this review." + last));
    }

    @Override
    public void recorded(Actor actor, UUID childId, UUID careReviewId, LocalDate date) {
        journeys.execute(actor, childId, null, new ReviewDelegatedAuthority(date, careReviewId),
                "record that the delegated authority was reviewed at the looked-after review");
    }
}
