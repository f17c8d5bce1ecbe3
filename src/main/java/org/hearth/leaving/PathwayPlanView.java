package org.hearth.leaving;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;

/**
 * Version 1 of how a pathway plan reads, for the practitioner's page, the API and the young person's own page: labels,
 * never codes; what each area's goals, actions and the young person's words are; the review clock; comments.
 */
@Schema(description = "A young person's pathway plan as the reader's access shows it")
public record PathwayPlanView(UUID childId, String eligibility, Plan plan, List<Section> sections,
                              List<Review> reviews, LocalDate nextReviewDue, boolean reviewOverdue,
                              List<Comment> comments, List<Help> helpWaiting, String localOffer) {

    public record Plan(UUID id, LocalDate started, String eligibility, String needsAssessment, Staying stayingPut,
                       Staying stayingClose) {}

    /** A Staying Put (former foster carers) or Staying Close (provider) arrangement. */
    public record Staying(LocalDate from, LocalDate to, String with) {}

    public record Section(String area, String label, String goals, String youngPersonsWords, LocalDate updated,
                          List<Action> actions) {}

    public record Action(UUID id, String text, String owner, LocalDate due, boolean overdue) {}

    public record Review(UUID id, LocalDate date, boolean youngPersonTookPart, String summary, LocalDate nextReview) {}

    public record Comment(UUID id, LocalDate date, String area, String areaLabel, String text) {}

    public record Help(UUID id, LocalDate asked, String about, String words) {}

    public static final String LOCAL_OFFER = "/local-offer";

    /** The plan as the journey holds it on {@code today}; every area is listed, written or not. */
    public static PathwayPlanView of(ChildJourney j, LocalDate today) {
        String eligibility = PathwayPlans.eligibility(j, today).map(PathwayPlans.ELIGIBILITY::get).orElse(null);
        List<Help> help = PathwayPlans.waitingHelp(j).stream().map(h -> new Help(h.id(), h.askedDate(),
                AskForHelp.ABOUT.getOrDefault(h.about(), h.about()), h.words())).toList();
        PathwayPlan p = PathwayPlans.open(j).orElse(null);
        if (p == null) {
            return new PathwayPlanView(j.child().id(), eligibility, null, List.of(), List.of(), null, false, List.of(),
                    help, LOCAL_OFFER);
        }
        List<PathwayPlanAction> actions = PathwayPlans.actions(j, p.id());
        List<Section> sections = PathwayPlans.AREAS.entrySet().stream().map(a -> {
            PathwayPlanSection s = PathwayPlans.section(j, p.id(), a.getKey()).orElse(null);
            return new Section(a.getKey(), a.getValue(), s == null ? null : s.goals(),
                    s == null ? null : s.youngPersonsWords(), s == null ? null : s.updatedDate(),
                    actions.stream().filter(x -> a.getKey().equals(x.area())).map(x -> new Action(x.id(),
                            x.actionText(), x.owner(), x.dueDate(), x.dueDate().isBefore(today))).toList());
        }).toList();
        LocalDate due = PathwayPlans.reviewDue(j, p);
        return new PathwayPlanView(j.child().id(), eligibility,
                new Plan(p.id(), p.planStartDate(), PathwayPlans.ELIGIBILITY.getOrDefault(p.eligibility(), p.eligibility()),
                        p.needsAssessment(), p.stayingPutStart() == null ? null
                        : new Staying(p.stayingPutStart(), p.stayingPutEnd(), p.stayingPutCarer()),
                        p.stayingCloseStart() == null ? null
                                : new Staying(p.stayingCloseStart(), p.stayingCloseEnd(), p.stayingCloseProvider())),
                sections,
                PathwayPlans.reviews(j, p.id()).stream().map(r -> new Review(r.id(), r.reviewDate(),
                        Boolean.TRUE.equals(r.youngPersonTookPart()), r.reviewSummary(), r.nextReviewDate())).toList(),
                due, due.isBefore(today),
                PathwayPlans.comments(j, p.id()).stream().map(c -> new Comment(c.id(), c.commentDate(), c.area(),
                        c.area() == null ? "The whole plan" : PathwayPlans.AREAS.getOrDefault(c.area(), c.area()),
                        c.commentText())).toList(),
                help, LOCAL_OFFER);
    }
}
