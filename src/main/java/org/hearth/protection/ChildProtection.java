package org.hearth.protection;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;

/**
 * The child protection stage's answers about a child's record, in one place: the open plan, its latest review, the
 * open section 47 enquiry, the enquiries still waiting for a conference — and who may record each step. The pages,
 * the commands, the child's record and the clocks all ask here, so they never disagree.
 */
public final class ChildProtection {
    private ChildProtection() {}

    /** The categories of abuse a plan is made under (the CIN census's CP_CATEGORY list), in words. */
    public static final Map<String, String> CATEGORIES = words("NEG", "Neglect", "PHY", "Physical abuse",
            "SAB", "Sexual abuse", "EMO", "Emotional abuse", "MUL", "More than one category (not recommended)");
    /** The agencies that take part in child protection meetings (police and health must, in a strategy discussion). */
    public static final Map<String, String> AGENCIES = words("POLICE", "Police", "HEALTH", "Health",
            "SCHOOL", "School or education", "SOCIAL_CARE", "Children's social care", "FAMILY", "The family",
            "OTHER", "Other");
    /** How far an agreed action has got. */
    public static final Map<String, String> ACTION_STATUSES = words("NOT_STARTED", "Not started",
            "IN_PROGRESS", "In progress", "DONE", "Done", "STOPPED", "No longer needed");

    /**
     * The agency an organisation takes part for, by its type (the organisation_type code list): a police force for the
     * police, an NHS trust, GP practice, health visiting, school nursing or CAMHS for health, a school or early years
     * setting for education; none (the council's own staff, the family) is given by the caller.
     */
    public static String agencyOf(String organisationType, boolean health) {
        if ("POLICE_FORCE".equals(organisationType)) {
            return "POLICE";
        }
        if (health) {
            return "HEALTH";
        }
        if ("SCHOOL".equals(organisationType) || "EARLY_YEARS".equals(organisationType)) {
            return "SCHOOL";
        }
        return "OTHER";
    }

    /** Who took part in (or sent apologies to) a meeting, in the order recorded. */
    public static List<ProtectionAttendee> attendees(ChildJourney j, java.util.UUID meetingId) {
        return j.all(ProtectionStage.ATTENDEES).stream().filter(a -> meetingId.equals(a.meetingId())).toList();
    }

    /** The actions agreed at a strategy discussion or on a plan, soonest due first. */
    public static List<ProtectionAction> actions(ChildJourney j, java.util.UUID forId) {
        return j.all(ProtectionStage.ACTIONS).stream().filter(a -> forId.equals(a.forId()))
                .sorted(Comparator.comparing(ProtectionAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The outcomes of a plan, in the order set. */
    public static List<CpPlanOutcome> outcomes(ChildJourney j, java.util.UUID planId) {
        return j.all(ProtectionStage.OUTCOMES).stream().filter(o -> planId.equals(o.cpPlanId())).toList();
    }

    /** The core group meetings of a plan, in date order. */
    public static List<CoreGroup> coreGroups(ChildJourney j, java.util.UUID planId) {
        return j.all(ProtectionStage.CORE_GROUPS).stream().filter(c -> planId.equals(c.cpPlanId()))
                .sorted(Comparator.comparing(CoreGroup::meetingDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Whether the police and health took part in a strategy discussion: the agencies missing, in words. */
    public static List<String> missingAgencies(List<ProtectionAttendee> attendees) {
        List<String> out = new java.util.ArrayList<>();
        for (String must : List.of("POLICE", "HEALTH")) {
            if (attendees.stream().noneMatch(a -> a.tookPart() && must.equals(a.agency()))) {
                out.add(AGENCIES.get(must));
            }
        }
        return out;
    }
    /** What a strategy discussion can decide. */
    public static final Map<String, String> OUTCOMES = words(RecordStrategyDiscussion.START_S47,
            "Start a section 47 enquiry", "CIN", "Continue as a child in need, without a section 47 enquiry",
            "NFA", "No further action");
    /** Why a child protection plan ends (Working Together 2023): Hearth's words, not a DfE list. */
    public static final Map<String, String> END_REASONS = words(
            "NO_LONGER_AT_RISK", "The child is no longer at continuing risk of significant harm",
            "LOOKED_AFTER", "The child is looked after and the care plan now manages the risk",
            "MOVED_LA", "The child has moved permanently to another local authority",
            "LEFT_UK", "The child has left the UK permanently",
            "AGED_18", "The child has reached 18",
            "DIED", "The child has died");

    /** Codes and their words, in the order given, unchangeable. */
    private static Map<String, String> words(String... codesAndWords) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            out.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The child protection plan open now (the latest started, should the record hold more than one), or null. */
    public static CpPlan openPlan(ChildJourney j) {
        return j.all(ProtectionStage.CP_PLANS).stream().filter(p -> p.cpPlanEndDate() == null)
                .reduce((a, b) -> b).orElse(null);
    }

    /** The latest dated review conference of this plan, or null. */
    public static CpReview lastReview(ChildJourney j, CpPlan plan) {
        return plan == null ? null : j.all(ProtectionStage.CP_REVIEWS).stream()
                .filter(r -> plan.id().equals(r.cpPlanId()) && r.cpReviewDate() != null)
                .max(Comparator.comparing(CpReview::cpReviewDate)).orElse(null);
    }

    /** The latest dated review conference of any of the child's plans, or null. */
    public static CpReview lastReview(ChildJourney j) {
        return j.all(ProtectionStage.CP_REVIEWS).stream().filter(r -> r.cpReviewDate() != null)
                .max(Comparator.comparing(CpReview::cpReviewDate)).orElse(null);
    }

    /** The section 47 enquiry still open (no end date; the latest started, should there be more), if any. */
    public static Optional<S47Enquiry> openEnquiry(ChildJourney j) {
        return j.all(ProtectionStage.S47_ENQUIRIES).stream().filter(s -> s.s47EndDate() == null).reduce((a, b) -> b);
    }

    /** Enquiries that may still lead to a conference: not decided against one, and none held for them yet. */
    public static List<S47Enquiry> awaitingConference(ChildJourney j) {
        List<InitialConference> held = j.all(ProtectionStage.INITIAL_CONFERENCES);
        return j.all(ProtectionStage.S47_ENQUIRIES).stream()
                .filter(s -> !Boolean.FALSE.equals(s.icpcRequired()))
                .filter(s -> held.stream().noneMatch(c -> s.id().equals(c.s47EnquiryId())))
                .toList();
    }

    /** The category a plan is under now: the latest given at a review, else the one it started with. */
    public static String category(CpPlan plan) {
        return plan.cpPlanLatestCategory() != null ? plan.cpPlanLatestCategory() : plan.cpPlanInitialCategory();
    }

    /**
     * Strategy discussions and section 47 enquiries are the social worker's casework, overseen by their team manager;
     * an IRO, early help worker or personal adviser does not record them.
     */
    public static boolean recordsCasework(Actor actor) {
        return actor.role() == Role.SOCIAL_WORKER || actor.role() == Role.TEAM_MANAGER;
    }

    /**
     * Conferences (initial and review) are chaired independently — often by the child's IRO — and recorded by the
     * chair, the child's social worker or their team manager.
     */
    public static boolean recordsConferences(Actor actor) {
        return recordsCasework(actor) || actor.role() == Role.IRO;
    }
}
