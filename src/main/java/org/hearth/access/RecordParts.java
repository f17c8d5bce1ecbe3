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
     * The council's partner organisations and their users (the administrator's pages and API): not a part of any
     * child's record; {@link AccessPolicy#organisations} decides who holds it. Not in {@link #KNOWN}.
     */
    public static final String ORGANISATIONS = "organisations";

    /**
     * A worker's supervision records (a staff record, not a part of any child's record): {@link AccessPolicy#supervision}
     * decides who sees them, and the decisions about children are case notes on each child's own record. Not in
     * {@link #KNOWN}: no view of a child opens it.
     */
    public static final String SUPERVISION = "supervision";

    /**
     * Case notes and their corrections. Whoever works with the child writes them (a family help worker and a personal
     * adviser too); a note flagged restricted is shown, like a "do not disclose" address, only to the allocated worker
     * and their manager (it is {@link Restricted}), and its corrections with it.
     */
    public static final String CASE_NOTES = "case-notes";
    public static final String CASE_NOTE_AMENDMENTS = "case-note-amendments";

    /**
     * The child's own space: the parts written for the child or by the child, and nothing else of their record.
     * "my-plan" is the plan as the worker wrote it for the child (goals, who does what, what was decided and why, who
     * the child's workers are, the next review); "my-views" what the child said (views before a meeting, messages,
     * good news); "my-ambitions" their hopes; "my-people" the people and pets who matter to them, in their words;
     * "advocacy" the offer of an advocate and the child's answer. A child (or care leaver) reads these of their own
     * record and writes their views, ambitions, people and advocacy answer; the worker writes "my-plan".
     */
    public static final String MY_PLAN = "my-plan";
    public static final String MY_VIEWS = "my-views";
    public static final String MY_AMBITIONS = "my-ambitions";
    public static final String MY_PEOPLE = "my-people";
    public static final String ADVOCACY = "advocacy";
    /** The portal account of the child (invite, pause, the codes sent): their worker's, never the child's. */
    public static final String PORTAL = "portal";
    /**
     * A care leaver's (or an eligible 16–17-year-old's) pathway plan is theirs to read and comment on, and they may ask
     * for help up to 25; its actions name only the people who do them, so no third party's details come with it.
     */
    public static final Set<String> CHILD_OWN_READS = Set.of(MY_PLAN, MY_VIEWS, MY_AMBITIONS, MY_PEOPLE, ADVOCACY,
            "pathway-plans", "pathway-plan-sections", "pathway-plan-actions", "pathway-plan-reviews",
            "pathway-plan-comments", "help-requests");
    public static final Set<String> CHILD_OWN_WRITES = Set.of(MY_VIEWS, MY_AMBITIONS, MY_PEOPLE, ADVOCACY,
            "pathway-plan-comments", "help-requests");

    /**
     * A carer's parts (issue 12 §2). What a carer needs to know of a child placed with them (name, date of birth, known
     * as, the social worker's and IRO's work contact, the placement plan dates, the next review date) is the derived part
     * {@link #CARER_ESSENTIALS}, never the person's whole identity or another kind of the record; with it the carer reads
     * the child's health needs and allergies ({@link #HEALTH_NEEDS}), the schools they attend(ed), the delegated
     * authority, their requests and the answers, and the logs; they write only their logs and requests.
     */
    public static final String CARER_ESSENTIALS = "carer-essentials";
    /**
     * The child's health needs and allergies as their worker records them for the people who care for them day to
     * day (a carer reads them; the whole health record stays with health).
     */
    public static final String HEALTH_NEEDS = "health-needs";
    public static final String DELEGATED_AUTHORITY = "delegated-authority";
    public static final String CARER_LOGS = "carer-logs";
    public static final Set<String> CARER_READS = Set.of(CARER_ESSENTIALS, "placement-carers", DELEGATED_AUTHORITY,
            "delegated-authority-reviews", "decision-requests", "decision-answers", CARER_LOGS, HEALTH_NEEDS, "schools");
    public static final Set<String> CARER_WRITES = Set.of("decision-requests", CARER_LOGS);

    /**
     * The child's sharing decisions with partner organisations (who the record is shared with, why, under what law)
     * and the services agencies ask of each other for the child: kept by whoever holds the whole record.
     */
    public static final String SHARING = "sharing";
    /**
     * Who looked at the child's record (the audit read back by child): for the social worker, and the child's own
     * access log for a subject access request.
     */
    public static final String ACCESS_LOG = "access-log";
    /** A partner organisation's own involvement with the child (its practitioner, contact, kind of involvement). */
    public static final String INVOLVEMENTS = "involvements";

    /**
     * Every part a sharing decision may ever open to a partner organisation: what a school, health, the police or
     * Cafcass may need. Never the chronology, case notes, documents, the access controls, the audit, approvals or
     * the returns: a decision naming those opens nothing more.
     */
    public static final Set<String> SHAREABLE = Set.of(PERSON, "contacts", "referrals", "assessments", "cin-plans",
            "cin-plan-actions", "strategy-discussions", "s47-enquiries", "initial-conferences", "cp-plans", "cp-reviews",
            "protection-actions", "core-groups", "care-periods", "legal-statuses", "placements", "care-reviews",
            "missing", "allocations", "permanence", "people-who-matter", "relationships", "addresses", "family-adults",
            "warnings", "early-help", "family-help-plans", "family-help-actions", HEALTH_FLAGS, INVOLVEMENTS);

    /** What a partner's practitioner may change under a current decision: their own organisation's involvement. */
    public static final Set<String> PARTNER_WRITES = Set.of(INVOLVEMENTS);
    /**
     * A strategy discussion's or child protection plan's actions: a partner whose decision covers them may also change
     * them (the command lets them only mark their own organisation's actions done).
     */
    public static final String PROTECTION_ACTIONS = "protection-actions";
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
    public static final Set<String> CARE_LEAVER = Set.of(PERSON, "care-leaver-contacts", "pathway-plans",
            "pathway-plan-sections", "pathway-plan-actions", "pathway-plan-reviews", "pathway-plan-comments",
            "help-requests", "addresses",
            "people-who-matter", "relationships", "family-adults", "immigration-statuses", "warnings", CLOCKS, CASE_NOTES,
            CASE_NOTE_AMENDMENTS);
    public static final Set<String> CARE_HISTORY = Set.of("care-periods", "legal-statuses", "placements",
            "care-milestones");

    /**
     * What a child's IRO records: the conferences and reviews they chair (an independent chair holds the initial child
     * protection conference as well as the reviews), their challenges, and that the carers' delegated authority was
     * reviewed at the looked-after review they chair.
     */
    public static final Set<String> IRO_WRITES = Set.of("initial-conferences", "care-reviews", "cp-reviews", CHALLENGES,
            "delegated-authority-reviews");

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
            "allocations", "permanence", "care-leaver-contacts", "pathway-plans", "pathway-plan-sections",
            "pathway-plan-actions", "pathway-plan-reviews", "pathway-plan-comments", "help-requests", "schools",
            "people-who-matter", "relationships", "addresses",
            "care-outcomes", "previous-permanence", "mothers-children", "immigration-statuses",
            "social-worker-episodes", "deprivations-of-liberty", "returned-rows", "documents", "family-adults",
            "care-milestones", INVOLVEMENTS, INFORMATION_REQUESTS, "partner-assessments", CASE_NOTES, CASE_NOTE_AMENDMENTS,
            "warnings", "placement-carers", DELEGATED_AUTHORITY, "delegated-authority-reviews", "decision-requests",
            "decision-answers", CARER_LOGS, CARER_ESSENTIALS, HEALTH_NEEDS, CHRONOLOGY, CHALLENGES, APPROVALS, CLOCKS, RETURNS, ACCESS,
            HEALTH_FLAGS, MY_PLAN, MY_VIEWS, MY_AMBITIONS, MY_PEOPLE, ADVOCACY, PORTAL, SHARING, ACCESS_LOG);

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
