package org.hearth.leaving;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/**
 * The one place that answers who may have a pathway plan and what a plan holds now. A young person is eligible while
 * looked after at 16 or 17 after 13 weeks looked after since 14; relevant once they have left care at 16 or 17 after
 * that; former relevant from 18 to their 25th birthday (the plan and a personal adviser continue to 25).
 */
public final class PathwayPlans {
    public static final String ELIGIBLE = "ELIGIBLE";
    /** The areas of a plan (Care Leavers (England) Regulations 2010, schedule 1), in the order a plan shows them. */
    public static final Map<String, String> AREAS = new LinkedHashMap<>();
    public static final Map<String, String> ELIGIBILITY = new LinkedHashMap<>();
    static final int TEXT_MAX = 5_000;
    static final int LINE_MAX = 200;
    /** The longest interval between reviews. */
    public static final int REVIEW_MONTHS = 6;
    /** Care ending by adoption, a special guardianship or child arrangements order does not make a care leaver. */
    private static final Set<String> NOT_LEAVING_CARE = Set.of("E11", "E12", "E41", "E43", "E44", "E45", "E46", "E47",
            "E48");

    static {
        AREAS.put("ACCOMMODATION", "Accommodation");
        AREAS.put("EET", "Education, employment and training");
        AREAS.put("HEALTH", "Health and development");
        AREAS.put("FINANCE", "Money and financial support");
        AREAS.put("RELATIONSHIPS", "Family and relationships");
        AREAS.put("IDENTITY", "Identity");
        AREAS.put("PRACTICAL_SKILLS", "Practical and everyday skills");
        ELIGIBILITY.put(ELIGIBLE, "Eligible (still looked after, 16 or 17)");
        ELIGIBILITY.put(CareLeavers.RELEVANT, "Relevant (left care at 16 or 17)");
        ELIGIBILITY.put(CareLeavers.FORMER_RELEVANT, "Former relevant (18 to 25)");
    }

    private PathwayPlans() {}

    /**
     * Whether the young person may have a pathway plan on {@code day}, and as what (ELIGIBLE, RELEVANT,
     * FORMER_RELEVANT); empty if not: under 16, 25 or over, never looked after for 13 weeks since 14, or care ended by
     * adoption, a special guardianship or a child arrangements order.
     */
    public static Optional<String> eligibility(ChildJourney j, LocalDate day) {
        if (j.child().dob() == null) {
            return Optional.empty();
        }
        Integer age = j.child().ageOn(day);
        if (age == null || age < 16 || age >= 25 || daysLookedAfterSince14(j, day) < 91) {
            return Optional.empty();
        }
        boolean lookedAfterNow = j.all(CareStage.CARE_PERIODS).stream().anyMatch(p -> p.periodStartDate() != null
                && !p.periodStartDate().isAfter(day) && (p.periodEndDate() == null || p.periodEndDate().isAfter(day)));
        if (lookedAfterNow) {
            return age < 18 ? Optional.of(ELIGIBLE) : Optional.empty();
        }
        CarePeriod last = j.all(CareStage.CARE_PERIODS).stream()
                .filter(p -> p.periodEndDate() != null && !p.periodEndDate().isAfter(day))
                .max(Comparator.comparing(CarePeriod::periodEndDate)).orElse(null);
        if (last == null || NOT_LEAVING_CARE.contains(last.reasonCeased())) {
            return Optional.empty();
        }
        Integer ageLeft = j.child().ageOn(last.periodEndDate());
        if (ageLeft == null || ageLeft < 16) {
            return Optional.empty();
        }
        return Optional.of(age < 18 ? CareLeavers.RELEVANT : CareLeavers.FORMER_RELEVANT);
    }

    /** Days looked after on or after the 14th birthday, up to {@code day}. */
    static long daysLookedAfterSince14(ChildJourney j, LocalDate day) {
        LocalDate fourteen = j.child().dob().plusYears(14);
        long days = 0;
        for (CarePeriod p : j.all(CareStage.CARE_PERIODS)) {
            if (p.periodStartDate() == null) {
                continue;
            }
            LocalDate from = p.periodStartDate().isBefore(fourteen) ? fourteen : p.periodStartDate();
            LocalDate to = p.periodEndDate() == null || p.periodEndDate().isAfter(day) ? day : p.periodEndDate();
            if (to.isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, to);
            }
        }
        return days;
    }

    /** The open pathway plan, if there is one. */
    public static Optional<PathwayPlan> open(ChildJourney j) {
        return j.all(LeavingCareStage.PATHWAY_PLANS).stream().filter(p -> p.planEndDate() == null)
                .max(Comparator.comparing(PathwayPlan::planStartDate));
    }

    public static List<PathwayPlanSection> sections(ChildJourney j, UUID planId) {
        return j.all(LeavingCareStage.PATHWAY_PLAN_SECTIONS).stream().filter(s -> planId.equals(s.planId()))
                .sorted(Comparator.comparing(s -> List.copyOf(AREAS.keySet()).indexOf(s.area()))).toList();
    }

    public static Optional<PathwayPlanSection> section(ChildJourney j, UUID planId, String area) {
        return sections(j, planId).stream().filter(s -> s.area().equals(area)).findFirst();
    }

    public static List<PathwayPlanAction> actions(ChildJourney j, UUID planId) {
        return j.all(LeavingCareStage.PATHWAY_PLAN_ACTIONS).stream().filter(a -> planId.equals(a.planId()))
                .sorted(Comparator.comparing(PathwayPlanAction::dueDate)).toList();
    }

    public static List<PathwayPlanReview> reviews(ChildJourney j, UUID planId) {
        return j.all(LeavingCareStage.PATHWAY_PLAN_REVIEWS).stream().filter(r -> planId.equals(r.planId()))
                .sorted(Comparator.comparing(PathwayPlanReview::reviewDate)).toList();
    }

    public static List<PathwayPlanComment> comments(ChildJourney j, UUID planId) {
        return j.all(LeavingCareStage.PATHWAY_PLAN_COMMENTS).stream().filter(c -> planId.equals(c.planId()))
                .sorted(Comparator.comparing(PathwayPlanComment::commentDate)).toList();
    }

    /**
     * When the plan is next to be reviewed: six months from its start or its latest review at the latest, sooner if
     * that review set an earlier date.
     */
    public static LocalDate reviewDue(ChildJourney j, PathwayPlan plan) {
        List<PathwayPlanReview> reviews = reviews(j, plan.id());
        if (reviews.isEmpty()) {
            return plan.planStartDate().plusMonths(REVIEW_MONTHS);
        }
        PathwayPlanReview last = reviews.get(reviews.size() - 1);
        LocalDate latest = last.reviewDate().plusMonths(REVIEW_MONTHS);
        return last.nextReviewDate() != null && last.nextReviewDate().isBefore(latest) ? last.nextReviewDate() : latest;
    }

    /** Help asked for and not yet followed by a contact from the personal adviser (on or after the day asked). */
    public static List<HelpRequest> waitingHelp(ChildJourney j) {
        LocalDate lastContact = CareLeavers.lastContact(j).map(CareLeaverContact::careLeaverLatestContact).orElse(null);
        return j.all(LeavingCareStage.HELP_REQUESTS).stream()
                .filter(h -> lastContact == null || lastContact.isBefore(h.askedDate()))
                .sorted(Comparator.comparing(HelpRequest::askedDate)).toList();
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\0", "").strip();
        return t.isEmpty() ? null : t;
    }

    static Violation refusal(String kind, String rule, String field, String message) {
        return new Violation(rule, null, kind, null, field, message);
    }
}
