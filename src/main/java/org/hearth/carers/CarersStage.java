package org.hearth.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.care.CareRoles;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/**
 * Carers (issue 12 §2): the carers linked to a looked-after child's placement, the everyday decisions delegated to
 * them (and those kept by the social worker or the parents), the decisions they ask for and the answers, and their
 * daily logs and significant events. Builds on care (the placement); the carer's access is the link, which ends with
 * the placement ({@link #consequences}).
 */
public final class CarersStage implements Stage {
    public static final EpisodeKind<PlacementCarer> PLACEMENT_CARERS = EpisodeKind.of(40, "placement-carers",
            "Placement carer", PlacementCarer.class, "placement_carers", "pcar_", "pcar_placement_carer_id");
    public static final EpisodeKind<DelegatedAuthority> DELEGATED_AUTHORITY = EpisodeKind.of(41, "delegated-authority",
            "Delegated authority", DelegatedAuthority.class, "delegated_authority", "dlga_", "dlga_delegation_id");
    public static final EpisodeKind<DelegatedAuthorityReview> DELEGATED_AUTHORITY_REVIEWS = EpisodeKind.of(42,
            "delegated-authority-reviews", "Delegated authority review", DelegatedAuthorityReview.class,
            "delegated_authority_reviews", "dlgr_", "dlgr_review_id");
    public static final EpisodeKind<DecisionRequest> DECISION_REQUESTS = EpisodeKind.of(43, "decision-requests",
            "Carer's decision request", DecisionRequest.class, "decision_requests", "dreq_", "dreq_request_id");
    public static final EpisodeKind<DecisionAnswer> DECISION_ANSWERS = EpisodeKind.of(44, "decision-answers",
            "Decision answer", DecisionAnswer.class, "decision_answers", "dans_", "dans_answer_id");
    public static final EpisodeKind<CarerLog> CARER_LOGS = EpisodeKind.of(45, "carer-logs", "Carer's log",
            CarerLog.class, "carer_logs", "clog_", "clog_log_id");

    public static final String CARER_KIND = "CARER_KIND";
    public static final String DECISION = "DELEGATED_DECISION";
    public static final String DECIDED_BY = "DECIDED_BY";
    public static final String MOOD = "MOOD";

    @Override
    public String name() {
        return "carers";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(PLACEMENT_CARERS, DELEGATED_AUTHORITY, DELEGATED_AUTHORITY_REVIEWS, DECISION_REQUESTS,
                DECISION_ANSWERS, CARER_LOGS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(CarerRules::check);
    }

    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        boolean lookedAfter = journey.openOn(CareStage.PLACEMENTS.name(), today).isPresent();
        if (!CareRoles.changesCare(actor.role()) || !lookedAfter && journey.all(DELEGATED_AUTHORITY).isEmpty()) {
            return List.of();
        }
        return List.of(new Stage.Action("Carers and delegated authority",
                "/children/" + journey.child().id() + "/delegated-authority", List.of(DELEGATED_AUTHORITY.name())),
                new Stage.Action("Health needs and allergies", "/children/" + journey.child().id() + "/health-needs",
                        List.of(org.hearth.access.RecordParts.HEALTH_NEEDS)));
    }

    /** A carer's link ends with the placement it belongs to: the day the placement ends, in the same change. */
    @Override
    public List<JourneyChange<?>> consequences(ChildJourney before, ChildJourney after) {
        List<JourneyChange<?>> out = new ArrayList<>();
        for (PlacementCarer link : after.all(PLACEMENT_CARERS)) {
            Placement placement = after.find(CareStage.PLACEMENTS, link.placementId()).orElse(null);
            if (placement == null || placement.endDate() == null) {
                continue;
            }
            if (link.linkEndDate() == null || link.linkEndDate().isAfter(placement.endDate())) {
                LocalDate end = placement.endDate().isBefore(link.linkStartDate()) ? link.linkStartDate()
                        : placement.endDate();
                out.add(JourneyChange.of(PLACEMENT_CARERS, link.endingOn(end)));
            }
        }
        return out;
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("carer-linked", "Carer linked to the placement",
                "delegated-authority", "Delegated authority saved",
                "delegated-authority-reviewed", "Delegated authority recorded as reviewed",
                "decision-answered", "Answer sent to the carer",
                "health-needs", "Health needs and allergies saved: the child's carer sees them");
    }

    /** A code of one of the carers' lists in words. */
    public static String label(String list, String code) {
        return code == null ? "" : CodeLists.standard().words(list, code, null);
    }

    /** A code in words to go inside a sentence: the label with its first letter in lower case ("holidays in the UK"). */
    public static String inSentence(String list, String code) {
        String label = label(list, code);
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** A list's codes and labels, in the list's order, as a form offers them. */
    public static Map<String, String> options(String list) {
        var codes = CodeLists.standard().list(list, CollectionYear.containing(LocalDate.now()));
        Map<String, String> out = new LinkedHashMap<>();
        codes.codes().forEach(c -> out.put(c, codes.label(c).orElse(c)));
        return out;
    }

    static boolean inList(String list, String code, LocalDate on) {
        return code != null && CodeLists.standard().list(list, CollectionYear.containing(on)).contains(code);
    }

    /** Text for a chronology line: the first 160 characters, on one line. */
    static String shortened(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
