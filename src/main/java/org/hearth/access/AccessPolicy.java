package org.hearth.access;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and change what of a child's record: a pure function from (the user, their role assignments, the
 * child's facts, now) to a {@link View}. Deny by default; no I/O.
 *
 * <ul>
 * <li>An allocated social worker, and the manager of their team, read and write the whole record.</li>
 * <li>An allocated family help worker (and their manager) reads and writes the family help parts only; an
 *     allocated personal adviser (and their manager) the care leaver's parts, reading the care they left.</li>
 * <li>The child's IRO reads the whole record and writes only the reviews they chair and their challenges; the
 *     manager of the IRO's team reads, for oversight, and writes nothing (team membership is no allocation).</li>
 * <li>A grant reads the parts granted (and who the child is), a live break-glass the whole record: both read-only
 *     and time-limited.</li>
 * <li>An EXCLUDED assignment (a conflict of interest) beats every other; analysts and administrators see nothing.</li>
 * <li>Records flagged "do not disclose", and case notes flagged restricted (with their corrections), are shown only to
 * the allocated worker and their team manager.</li>
 * <li>A health partner with a live health flag look-up assignment reads the health flag part of a child who carries a
 *     flag now (a child protection plan, born or unborn, or looked after), and nothing of any other child.</li>
 * </ul>
 */
public final class AccessPolicy {
    public enum Action { READ, WRITE }

    /** The basis on which a view rests, as the audit records it. */
    public enum Basis { ALLOCATED_WORKER, TEAM_MANAGER, IRO, IRO_SERVICE_MANAGER, GRANT, BREAK_GLASS, EXCLUDED,
        HEALTH_FLAG_LOOKUP, INFORMATION_REQUEST }

    static final String NOT_FLAGGED = "This child has no child protection or looked-after flag; health partners see "
            + "nothing else of a child's record";
    static final String NO_LOOKUP = "Your account is not set up to look up health flags; ask the council to give "
            + "your organisation access";

    static final String NO_SHARING = "The council has not shared this child's record with your organisation. Ask "
            + "the child's social worker or the front door if you need to know about this child";
    static final String NOT_YOURS = "This is not your record";

    static final String NO_RELATIONSHIP = "You have no working relationship with this child. Ask their team manager "
            + "for access, or use break-glass access with a reason if a child may be at risk now";
    static final String EXCLUDED = "You are excluded from this child's record because of a conflict of interest. "
            + "Ask your manager if the child's safety needs someone to act";
    static final String READ_ONLY = "Your access to this child's record is to read only; ask their team manager to "
            + "allocate you";

    private static final Set<String> CASE_HOLDERS = Set.of(Assignment.SW, Assignment.EHW, Assignment.PA);

    private AccessPolicy() {}

    /** One assignment's contribution to a view. */
    private record Grant(View.Parts reads, View.Parts writes, boolean seesRestricted, Basis basis, Assignment via) {}

    public static View view(Actor actor, List<Assignment> assignments, ChildFacts child, Instant now) {
        if (actor.role() == Role.HEALTH_PARTNER) {
            return healthPartner(actor, assignments, child, now);
        }
        if (actor.role() == Role.PARTNER) {
            return View.none(NO_SHARING);
        }
        if (actor.role().inPortal()) {
            return View.none(NOT_YOURS);
        }
        if (!actor.role().practitioner()) {
            return View.none(actor.role() == Role.DATA_ANALYST
                    ? "Data analysts see de-identified and aggregate data only, not a child's record"
                    : "Administrators manage Hearth, not children's records");
        }
        List<Assignment> mine = assignments.stream()
                .filter(a -> a.heldBy(actor) && a.liveAt(now) && covers(a, child)).toList();
        Optional<Assignment> wall = mine.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.EXCLUDED).findFirst();
        if (wall.isPresent()) {
            return View.none(EXCLUDED, Basis.EXCLUDED, wall.get());
        }
        List<Grant> grants = mine.stream().map(a -> grant(a, child)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Grant::basis)).toList();
        if (grants.isEmpty()) {
            return View.none(NO_RELATIONSHIP);
        }
        View.Parts reads = View.Parts.NONE;
        View.Parts writes = View.Parts.NONE;
        boolean seesRestricted = false;
        for (Grant g : grants) {
            reads = reads.plus(g.reads());
            writes = writes.plus(g.writes());
            seesRestricted |= g.seesRestricted();
        }
        Grant first = grants.get(0);
        return new View(reads, writes, !seesRestricted, first.basis(), first.via(), first.via().validTo(), null);
    }

    /**
     * A health partner's view (CP-IS's rule): the flag part of a flagged child, read only, on a live look-up assignment
     * held by the user; an EXCLUDED wall still beats it; nothing at all of a child with no flag.
     */
    private static View healthPartner(Actor actor, List<Assignment> assignments, ChildFacts child, Instant now) {
        List<Assignment> mine = assignments.stream()
                .filter(a -> a.heldBy(actor) && a.liveAt(now) && covers(a, child)).toList();
        Optional<Assignment> wall = mine.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.EXCLUDED).findFirst();
        if (wall.isPresent()) {
            return View.none(EXCLUDED, Basis.EXCLUDED, wall.get());
        }
        Optional<Assignment> lookup = mine.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.STANDARD
                        && Assignment.HEALTH_FLAG_LOOKUP.equals(a.role()) && a.scope() == Assignment.Scope.COUNCIL)
                .findFirst();
        if (lookup.isEmpty()) {
            return View.none(NO_LOOKUP);
        }
        if (!child.healthFlagged()) {
            return View.none(NOT_FLAGGED);
        }
        return new View(View.Parts.of(RecordParts.HEALTH_FLAGS), View.Parts.NONE, true, Basis.HEALTH_FLAG_LOOKUP,
                lookup.get(), lookup.get().validTo(), null);
    }

    static final String NOT_ASKED = "This request for information was sent to another organisation";
    static final String ONLY_PARTNERS_ANSWER = "Requests for information are answered by the partner organisation asked";

    /**
     * A partner's view of a child for one request for information (from the front door, MASH) addressed to their
     * organisation: who the child is ({@link RecordParts#PERSON}, for the page to identify them) and the requests
     * themselves, to read and answer; nothing else of the record, whatever sharing there is. Only a partner's user
     * (PARTNER or HEALTH_PARTNER) whose organisation is the one asked; an EXCLUDED wall on the user still beats it.
     * The request is what opens this view: it is not the sharing decision a partner's other views rest on.
     */
    public static View informationRequest(Actor actor, String actorOrganisation, String askedOrganisation,
                                          List<Assignment> assignments, ChildFacts child, Instant now) {
        if (!actor.role().partner()) {
            return View.none(ONLY_PARTNERS_ANSWER);
        }
        Optional<Assignment> wall = assignments.stream().filter(a -> a.heldBy(actor) && a.liveAt(now) && covers(a, child)
                && a.grantType() == Assignment.GrantType.EXCLUDED).findFirst();
        if (wall.isPresent()) {
            return View.none(EXCLUDED, Basis.EXCLUDED, wall.get());
        }
        if (actorOrganisation == null || !actorOrganisation.equals(askedOrganisation)) {
            return View.none(NOT_ASKED);
        }
        View.Parts requests = View.Parts.of(RecordParts.INFORMATION_REQUESTS);
        return new View(requests.plus(View.Parts.of(RecordParts.PERSON)), requests, true, Basis.INFORMATION_REQUEST,
                null, null, null);
    }

    static final String REFERRALS_NO_ORGANISATION = "Your account belongs to no partner organisation, so it cannot "
            + "refer to the front door through Hearth; ask the council to set it up";
    static final String REFERRALS_NOT_FRONT_DOOR = "Partner referrals are for the council's front door: practitioners "
            + "who take contacts about children";

    /** What a user does with partners' referrals to the front door (not yet part of any child's record). */
    public enum ReferralUse {
        /** A partner's user makes a referral, or reads their own organisation's referrals and their outcomes. */
        REFER,
        /** The front door reads the referrals waiting and accepts one as a contact on a child's record. */
        TRIAGE
    }

    /**
     * Whether the user may use partners' referrals so: a partner's user (PARTNER or HEALTH_PARTNER) in an organisation
     * refers and sees their own organisation's referrals (never another's, and of the child's record only the outcome
     * and its reasons); a practitioner takes them in at the front door. Empty when allowed, else the reason refused.
     */
    public static Optional<String> partnerReferrals(Actor actor, String actorOrganisation, ReferralUse use) {
        if (use == ReferralUse.REFER) {
            if (!actor.role().partner()) {
                return Optional.of("Referrals through this service are made by partner organisations; record a "
                        + "contact at the front door instead");
            }
            return actorOrganisation == null ? Optional.of(REFERRALS_NO_ORGANISATION) : Optional.empty();
        }
        return actor.role().practitioner() && actor.role() != Role.IRO ? Optional.empty()
                : Optional.of(REFERRALS_NOT_FRONT_DOOR);
    }

    static final String RETURN_FILES_ADMIN = "Administrators manage Hearth, not children's data: the return files "
            + "hold every child in the returns";
    static final String RETURN_FILES_NO_ROLE = "The return files hold the data of every child in the returns, so only "
            + "data analysts and the performance team make and check them. Ask the performance team if you need a "
            + "figure";

    /**
     * Whether the user may make, check and download the statutory return files and confirm their queries (the council
     * level part {@link RecordParts#RETURN_FILES}): the data analysts, whose job is the returns, and practitioners who
     * hold a live council-wide {@link Assignment#PERFORMANCE} assignment (the performance team); never an
     * administrator, whatever their assignments. Empty when allowed, else the reason refused, in the user's words.
     */
    public static java.util.Optional<String> returnFiles(Actor actor, List<Assignment> assignments, Instant now) {
        if (actor.role() == Role.ADMINISTRATOR) {
            return java.util.Optional.of(RETURN_FILES_ADMIN);
        }
        if (actor.role() == Role.DATA_ANALYST) {
            return java.util.Optional.empty();
        }
        if (!actor.role().practitioner()) { // a partner's user is never the council's performance team
            return java.util.Optional.of(RETURN_FILES_NO_ROLE);
        }
        boolean performanceTeam = assignments.stream().anyMatch(a -> a.heldBy(actor) && a.liveAt(now)
                && Assignment.PERFORMANCE.equals(a.role()) && a.scope() == Assignment.Scope.COUNCIL
                && a.grantType() == Assignment.GrantType.STANDARD
                && (a.parts() == null || a.parts().contains(RecordParts.RETURN_FILES)));
        return performanceTeam ? java.util.Optional.empty() : java.util.Optional.of(RETURN_FILES_NO_ROLE);
    }

    /** Why this view does not allow the action on the part (a sentence for the user and the audit). */
    public static String refusal(View view, String part, Action action) {
        if (view.isEmpty()) {
            return view.refusal() == null ? NO_RELATIONSHIP : view.refusal();
        }
        if (action == Action.WRITE && view.writes().isEmpty()) {
            return READ_ONLY;
        }
        return "Your role with this child does not let you " + (action == Action.READ ? "see" : "change") + " "
                + part.replace(',', ' ').replace('-', ' ');
    }

    static boolean covers(Assignment a, ChildFacts child) {
        return switch (a.scope()) {
            case CHILD -> child.childId().toString().equals(a.scopeId());
            case FAMILY -> child.familyId() != null && child.familyId().equals(a.scopeId());
            case TEAM -> child.allocations().stream().anyMatch(x -> a.scopeId().equals(x.teamId()));
            case ORGANISATION -> false; // no organisation holds a child's case yet
            case COUNCIL -> true;
        };
    }

    private static Optional<Grant> grant(Assignment a, ChildFacts child) {
        return switch (a.grantType()) {
            case SPECIFIC -> Optional.of(new Grant(a.parts() == null ? View.Parts.EVERY
                    : View.Parts.of(a.parts()).plus(View.Parts.of(RecordParts.PERSON)), View.Parts.NONE, false,
                    Basis.GRANT, a));
            case BREAK_GLASS -> Optional.of(new Grant(View.Parts.EVERY, View.Parts.NONE, false, Basis.BREAK_GLASS, a));
            case EXCLUDED -> Optional.empty();
            case STANDARD -> standard(a, child);
        };
    }

    private static Optional<Grant> standard(Assignment a, ChildFacts child) {
        if (a.scope() == Assignment.Scope.TEAM && Assignment.TEAM_MANAGER.equals(a.role())) {
            return managed(a, child);
        }
        if (a.scope() != Assignment.Scope.CHILD) {
            return Optional.empty();
        }
        return switch (a.role()) {
            case Assignment.IRO -> Optional.of(new Grant(View.Parts.EVERY, View.Parts.of(RecordParts.IRO_WRITES), false,
                    Basis.IRO, a));
            case Assignment.SW, Assignment.EHW, Assignment.PA -> {
                View.Parts[] rw = caseHolding(a.role());
                yield Optional.of(new Grant(rw[0], rw[1], true, Basis.ALLOCATED_WORKER, a));
            }
            default -> Optional.empty(); // a role Hearth does not know opens nothing
        };
    }

    /** What a case-holding allocation (SW, EHW, PA) reads and writes. */
    private static View.Parts[] caseHolding(String role) {
        return switch (role) {
            case Assignment.SW -> new View.Parts[] {View.Parts.EVERY, View.Parts.EVERY};
            case Assignment.EHW -> new View.Parts[] {View.Parts.of(RecordParts.FAMILY_HELP),
                    View.Parts.of(RecordParts.FAMILY_HELP)};
            case Assignment.PA -> new View.Parts[] {
                    View.Parts.of(RecordParts.CARE_LEAVER).plus(View.Parts.of(RecordParts.CARE_HISTORY)),
                    View.Parts.of(RecordParts.CARE_LEAVER)};
            default -> throw new IllegalArgumentException(role);
        };
    }

    /**
     * A team manager's view of a child their team holds: what their workers' allocations open, plus the child's
     * access controls. When the team holds only the child's IRO (the IRO service), the manager reads for oversight
     * and writes nothing.
     */
    private static Optional<Grant> managed(Assignment a, ChildFacts child) {
        List<ChildFacts.Allocated> ours = child.allocations().stream()
                .filter(x -> a.scopeId().equals(x.teamId())).toList();
        View.Parts reads = View.Parts.NONE;
        View.Parts writes = View.Parts.NONE;
        for (ChildFacts.Allocated x : ours) {
            if (CASE_HOLDERS.contains(x.role())) {
                View.Parts[] rw = caseHolding(x.role());
                reads = reads.plus(rw[0]);
                writes = writes.plus(rw[1]);
            }
        }
        if (!reads.isEmpty()) {
            View.Parts access = View.Parts.of(RecordParts.ACCESS);
            return Optional.of(new Grant(reads.plus(access), writes.plus(access), true, Basis.TEAM_MANAGER, a));
        }
        if (ours.stream().anyMatch(x -> Assignment.IRO.equals(x.role()))) {
            return Optional.of(new Grant(View.Parts.EVERY, View.Parts.NONE, false, Basis.IRO_SERVICE_MANAGER, a));
        }
        return Optional.empty();
    }
}
