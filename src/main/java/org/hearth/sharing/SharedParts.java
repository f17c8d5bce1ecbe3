package org.hearth.sharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.access.RecordParts;

/**
 * Which parts of a child's record a sharing decision covers by default, by the organisation's type and the purpose
 * (the worker may narrow them): a school sees plan status, the lead practitioner and the actions for it; health the
 * child protection and looked-after status and the social worker's contact (in a safeguarding enquiry, with the strategy
 * discussion and the actions for it); the police in a safeguarding enquiry what the enquiry needs (with the actions
 * for the police); Cafcass and the court the court-relevant parts. And what each part is called in words.
 */
public final class SharedParts {
    private SharedParts() {}

    static final Set<String> HEALTH_TYPES = Set.of("NHS_TRUST", "GP_PRACTICE", "HEALTH_VISITING", "SCHOOL_NURSING",
            "CAMHS");

    static final List<String> SCHOOL = List.of("person", "cin-plans", "cp-plans", "early-help", "family-help-plans",
            "allocations", "cin-plan-actions", "protection-actions", "family-help-actions", "involvements");
    static final List<String> HEALTH = List.of("person", "cp-plans", "care-periods", "legal-statuses", "health-flags",
            "allocations", "involvements");
    static final List<String> POLICE = List.of("person", "contacts", "referrals", "strategy-discussions", "s47-enquiries",
            "protection-actions", "cp-plans", "addresses", "relationships", "family-adults", "people-who-matter", "warnings", "missing",
            "allocations", "involvements");
    /** Health in a safeguarding enquiry: its usual parts, and the strategy discussion, the enquiry and its actions. */
    static final List<String> HEALTH_ENQUIRY = List.of("person", "strategy-discussions", "s47-enquiries",
            "protection-actions", "cp-plans", "care-periods", "legal-statuses", "health-flags", "allocations",
            "involvements");
    static final List<String> COURT = List.of("person", "legal-statuses", "care-periods", "placements", "permanence",
            "assessments", "cp-plans", "cp-reviews", "care-reviews", "relationships", "family-adults",
            "people-who-matter", "allocations", "involvements");
    static final List<String> OTHER = List.of("person", "cin-plans", "cp-plans", "family-help-plans", "allocations",
            "involvements");

    /** The default parts for an organisation of this type sharing for this purpose. */
    public static List<String> defaults(String organisationType, String purpose) {
        if ("SAFEGUARDING_ENQUIRY".equals(purpose) && "POLICE_FORCE".equals(organisationType)) {
            return POLICE;
        }
        if (HEALTH_TYPES.contains(organisationType)) {
            return "SAFEGUARDING_ENQUIRY".equals(purpose) ? HEALTH_ENQUIRY : HEALTH;
        }
        return switch (organisationType == null ? "" : organisationType) {
            case "SCHOOL", "EARLY_YEARS" -> SCHOOL;
            case "POLICE_FORCE" -> POLICE;
            case "CAFCASS", "FAMILY_COURT" -> COURT;
            default -> OTHER;
        };
    }

    private static final Map<String, String> WORDS = words();

    private static Map<String, String> words() {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("person", "Who the child is (name, date of birth)");
        w.put("allocations", "The lead practitioner and social worker, with their contact details");
        w.put("contacts", "Contacts to the front door");
        w.put("referrals", "Referrals");
        w.put("assessments", "Assessments");
        w.put("early-help", "Family help: whether it is open");
        w.put("family-help-plans", "Family help plan status");
        w.put("family-help-actions", "Family help plan actions for the organisation");
        w.put("cin-plans", "Child in need plan status");
        w.put("cin-plan-actions", "Child in need plan actions for the organisation");
        w.put("strategy-discussions", "Strategy discussions");
        w.put("s47-enquiries", "Section 47 enquiries");
        w.put("initial-conferences", "Initial child protection conferences");
        w.put("cp-plans", "Child protection plan status");
        w.put("cp-reviews", "Child protection reviews");
        w.put("protection-actions", "Strategy discussion and child protection plan actions for the organisation");
        w.put("core-groups", "Core group meetings");
        w.put("care-periods", "Looked-after status (periods of care)");
        w.put("legal-statuses", "Legal status (court orders)");
        w.put("placements", "Placements");
        w.put("care-reviews", "Looked-after reviews");
        w.put("missing", "Missing episodes");
        w.put("permanence", "Permanence");
        w.put("people-who-matter", "People who matter to the child");
        w.put("relationships", "Relationships");
        w.put("addresses", "Addresses (never one flagged do not disclose)");
        w.put("family-adults", "The adults in the family");
        w.put("warnings", "Warnings");
        w.put("health-flags", "Health flags (child protection or looked after)");
        w.put("involvements", "Your organisation's involvement (you may update it)");
        return w;
    }

    /** The part in words ("cp-plans" → "Child protection plan status"). */
    public static String words(String part) {
        return WORDS.getOrDefault(part, part.replace('-', ' '));
    }

    /** Every part a decision may cover, in words, in the order the form offers them. */
    public static Map<String, String> shareable() {
        Map<String, String> out = new LinkedHashMap<>();
        WORDS.forEach((k, v) -> {
            if (RecordParts.SHAREABLE.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
