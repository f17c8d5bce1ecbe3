package org.hearth.access;

import java.util.Set;

/**
 * The parts of a child's record that a view opens, named as the API names them: each record kind by its
 * {@code EpisodeKind.name()} ("cp-plans", "placements"…), plus the person, the chronology, IRO challenges, approvals,
 * the clocks, the live return errors and the access controls (grants). Groups are the parts a role works with.
 * Strings, not the kinds themselves, so access depends on no stage.
 */
public final class RecordParts {
    public static final String PERSON = "person";
    public static final String CHRONOLOGY = "chronology";
    public static final String CHALLENGES = "challenges";
    public static final String APPROVALS = "approvals";
    public static final String CLOCKS = "clocks";
    public static final String RETURNS = "returns";
    public static final String ACCESS = "access";
    /**
     * The health flag service's part: whether the child is on a child protection plan (born or unborn) or looked
     * after, since when, and the council's contact; with who in health looked the child up. A health partner reads
     * this part of a flagged child, and nothing else.
     */
    public static final String HEALTH_FLAGS = "health-flags";
    /**
     * Not a part of one child's record but of the council's: the statutory return files (every child in the 903 and
     * the CIN census), their issues and the confirmations of their queries. {@link AccessPolicy#returnFiles} decides
     * who holds it; no view of a child opens it, so it is not in {@link #KNOWN}.
     */
    public static final String RETURN_FILES = "return-files";

    /**
     * Case notes and their corrections. Whoever works with the child writes them (a family help worker and a personal
     * adviser too); a note flagged restricted is shown, like a "do not disclose" address, only to the allocated worker
     * and their manager (it is {@link Restricted}), and its corrections with it.
     */
    public static final String CASE_NOTES = "case-notes";
    public static final String CASE_NOTE_AMENDMENTS = "case-note-amendments";

    /**
     * Who else is involved: each agency involved with the child, its practitioner and contact details, and the lead
     * practitioner (who may be from any agency for family help). A family help worker keeps it too.
     */
    public static final String INVOLVEMENTS = "involvements";
    /** The front door's requests for information to partners, and their answers (with their source). */
    public static final String INFORMATION_REQUESTS = "information-requests";

    /** Asked for by pages that show whatever the view allows: they need only a view that is not empty. */
    static final Set<String> ANY_OF_THE_RECORD = Set.of("record", "caseload", "reviews");

    /** Family help: the child, their network and the help given, but no child protection or looked-after detail. */
    public static final Set<String> FAMILY_HELP = Set.of(PERSON, "early-help", "family-help-plans", "family-help-goals",
            "family-help-actions", "family-help-reviews", "contacts", "visits", "people-who-matter", "relationships",
            "addresses", "family-adults", "warnings", CLOCKS, CASE_NOTES, CASE_NOTE_AMENDMENTS, INVOLVEMENTS,
            "partner-assessments");

    /** A care leaver's personal adviser: their contacts and network, and (to read) the care they left. */
    public static final Set<String> CARE_LEAVER = Set.of(PERSON, "care-leaver-contacts", "addresses",
            "people-who-matter", "relationships", "family-adults", "immigration-statuses", "warnings", CLOCKS, CASE_NOTES,
            CASE_NOTE_AMENDMENTS);
    public static final Set<String> CARE_HISTORY = Set.of("care-periods", "legal-statuses", "placements",
            "care-milestones");

    /**
     * What a child's IRO records: the conferences and reviews they chair (an independent chair holds the initial child
     * protection conference as well as the reviews) and their challenges.
     */
    public static final Set<String> IRO_WRITES = Set.of("initial-conferences", "care-reviews", "cp-reviews", CHALLENGES);

    /**
     * Parts a change may carry along with the part it is about: a conference decides a child protection plan and a
     * review conference ends the plan it reviews, so whoever may record the conference (the IRO who chairs it) may start
     * or end the plan in the same change — and only then; so too the conference's list of who took part.
     */
    static final java.util.Map<String, Set<String>> CARRIED_BY = java.util.Map.of("cp-plans",
            Set.of("initial-conferences", "cp-reviews"),
            // who took part in a conference is recorded with it, by whoever may record the conference
            "protection-attendees", Set.of("initial-conferences", "cp-reviews"));

    /** Every part a test of the policy walks through (the record kinds by name, then the other parts). */
    public static final java.util.List<String> KNOWN = java.util.List.of(PERSON, "early-help", "family-help-plans",
            "family-help-goals", "family-help-actions", "family-help-reviews", "contacts", "referrals",
            "assessments", "cin-plans", "cin-plan-outcomes", "cin-plan-actions", "cin-plan-reviews", "cin-plan-follow-ups",
            "strategy-discussions", "s47-enquiries", "initial-conferences", "cp-plans",
            "cp-reviews", "protection-attendees", "protection-actions", "cp-plan-outcomes", "core-groups",
            "care-periods", "legal-statuses", "placements", "care-reviews", "missing", "visits",
            "allocations", "permanence", "care-leaver-contacts", "people-who-matter", "relationships", "addresses",
            "care-outcomes", "previous-permanence", "mothers-children", "immigration-statuses",
            "social-worker-episodes", "deprivations-of-liberty", "returned-rows", "documents", "family-adults", "care-milestones", INVOLVEMENTS, INFORMATION_REQUESTS, "partner-assessments", CASE_NOTES, CASE_NOTE_AMENDMENTS, "warnings", CHRONOLOGY, CHALLENGES, APPROVALS,
            CLOCKS, RETURNS, ACCESS, HEALTH_FLAGS);

    private RecordParts() {}

    /** The part a caller named, in the policy's terms (older callers name some parts their own way). */
    static String canonical(String part) {
        return switch (part) {
            case "iro-challenges" -> CHALLENGES;
            case "care" -> "care-periods";
            default -> part;
        };
    }
}
