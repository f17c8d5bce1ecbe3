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
 * <li>A carer reads, of a child placed with them now (a live CARER assignment of the child, mirrored from their link
 *     to the child's placement), the carer's parts ({@link RecordParts#CARER_READS}) and writes only their logs and
 *     requests ({@link RecordParts#CARER_WRITES}); never restricted records, case notes or family members' details, and
 *     nothing once the placement has ended.</li>
 * <li>A partner organisation's practitioner reads a child only under a current sharing decision for their
 *     organisation (its SHARING assignment live, its basis standing: consent given and not withdrawn where consent is
 *     the basis), and only the parts it covers that may ever be shared ({@link RecordParts#SHAREABLE}); writes only
 *     their organisation's own involvement (and, where the decision covers them, child protection actions: the command
 *     lets them mark only their own organisation's done); never records flagged "do not disclose"; an EXCLUDED wall on the user or
 *     the organisation beats it.</li>
 * <li>A health partner with a live health flag look-up assignment reads the health flag part of a child who carries a
 *     flag now (a child protection plan, born or unborn, or looked after), and nothing of any other child.</li>
 * </ul>
 */
public final class AccessPolicy {
    public enum Action { READ, WRITE }

    /** The basis on which a view rests, as the audit records it. */
    public enum Basis { ALLOCATED_WORKER, TEAM_MANAGER, IRO, IRO_SERVICE_MANAGER, GRANT, BREAK_GLASS, EXCLUDED,
        HEALTH_FLAG_LOOKUP, SELF, CARER, SHARING_DECISION, INFORMATION_REQUEST }

    static final String NOT_FLAGGED = "This child has no child protection or looked-after flag; health partners see "
            + "nothing else of a child's record";
    static final String NO_LOOKUP = "Your account is not set up to look up health flags; ask the council to give "
            + "your organisation access";

    static final String NO_SHARING = "The council has not shared this child's record with your organisation. Ask "
            + "the child's social worker or the front door if you need to know about this child";
    static final String NOT_YOURS = "This is not your record";
    static final String NOT_PLACED = "This child is not placed with you. You see a child's details only while they "
            + "are placed with you";

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
            return partner(actor, assignments, child, now);
        }
        if (actor.role() == Role.CHILD || actor.role() == Role.YOUNG_PERSON) {
            return self(actor, assignments, child, now);
        }
        if (actor.role() == Role.CARER) {
            return carer(actor, assignments, child, now);
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
     * held by the user; an EXCLUDED wall still beats it; nothing at all of a child with no flag. A current sharing
     * decision with the user's trust opens what it covers as it does for any partner (with the flag, if flagged).
     */
    private static View healthPartner(Actor actor, List<Assignment> assignments, ChildFacts child, Instant now) {
        List<Assignment> mine = assignments.stream()
                .filter(a -> (a.heldBy(actor) || a.heldByOrganisation(actor.organisationId())) && a.liveAt(now)
                        && covers(a, child)).toList();
        Optional<Assignment> wall = mine.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.EXCLUDED).findFirst();
        if (wall.isPresent()) {
            return View.none(EXCLUDED, Basis.EXCLUDED, wall.get());
        }
        Optional<Assignment> lookup = mine.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.STANDARD
                        && Assignment.HEALTH_FLAG_LOOKUP.equals(a.role()) && a.scope() == Assignment.Scope.COUNCIL)
                .findFirst();
        View shared = partner(actor, assignments, child, now);
        if (lookup.isEmpty() || !child.healthFlagged()) {
            if (shared.isEmpty() && actor.organisationId() != null
                    && endedRefusal(actor.organisationId(), child, now).isPresent()) {
                return shared; // says why the trust's sharing ended
            }
            return !shared.isEmpty() ? shared : View.none(lookup.isEmpty() ? NO_LOOKUP : NOT_FLAGGED);
        }
        if (!shared.isEmpty()) { // a sharing decision with the trust, and the flag the look-up shows anyway
            return new View(shared.reads().plus(View.Parts.of(RecordParts.HEALTH_FLAGS)), shared.writes(), true,
                    shared.basis(), shared.via(), shared.until(), null, shared.shared());
        }
        return new View(View.Parts.of(RecordParts.HEALTH_FLAGS), View.Parts.NONE, true, Basis.HEALTH_FLAG_LOOKUP,
                lookup.get(), lookup.get().validTo(), null);
    }

    /**
     * A child's or care leaver's view of their own record: only through a live SELF link (holder USER, scope CHILD,
     * STANDARD) to this very child; the parts written for them or by them ({@link RecordParts#CHILD_OWN_READS}), and
     * they write their views, ambitions, people and advocacy answer. Never a kind of the record (so no other family
     * member's details, no referral source, no case notes), never a restricted record, never another child. A paused
     * account's link has ended, so it opens nothing; an EXCLUDED wall still beats it.
     */
    private static View self(Actor actor, List<Assignment> assignments, ChildFacts child, Instant now) {
        // a wall says nothing more to a child than "not yours"
        return linked(actor, assignments, child, now, Assignment.SELF, Basis.SELF, RecordParts.CHILD_OWN_READS,
                RecordParts.CHILD_OWN_WRITES, NOT_YOURS, wall -> View.none(NOT_YOURS));
    }

    /**
     * A carer's view: the carer's parts of a child placed with them now, on a live STANDARD assignment in the role CARER
     * over that child; an EXCLUDED wall beats it; nothing of any other child, and nothing after the link ends.
     */
    private static View carer(Actor actor, List<Assignment> assignments, ChildFacts child, Instant now) {
        return linked(actor, assignments, child, now, Assignment.CARER, Basis.CARER, RecordParts.CARER_READS,
                RecordParts.CARER_WRITES, NOT_PLACED, wall -> View.none(EXCLUDED, Basis.EXCLUDED, wall));
    }

    /**
     * A person's view through their own live STANDARD link (a SELF or CARER assignment) to this very child: the parts
     * given, restricted records withheld, until the link ends; an EXCLUDED wall beats it.
     */
    private static View linked(Actor actor, List<Assignment> assignments, ChildFacts child, Instant now, String role,
                               Basis basis, Set<String> reads, Set<String> writes, String noLink,
                               java.util.function.Function<Assignment, View> walled) {
        List<Assignment> mine = assignments.stream()
                .filter(a -> a.heldBy(actor) && a.liveAt(now) && covers(a, child)).toList();
        Optional<Assignment> wall = mine.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.EXCLUDED).findFirst();
        if (wall.isPresent()) {
            return walled.apply(wall.get());
        }
        Optional<Assignment> link = mine.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.STANDARD && role.equals(a.role())
                        && a.scope() == Assignment.Scope.CHILD)
                .findFirst();
        if (link.isEmpty()) {
            return View.none(noLink);
        }
        return new View(View.Parts.of(reads), View.Parts.of(writes), true, basis, link.get(), link.get().validTo(),
                null);
    }

    static final String SHARING_WITHDRAWN = "The family has withdrawn their consent to sharing this child's record "
            + "with your organisation, so it is no longer shared. Ask the child's social worker if you need to know more";

    /**
     * A partner practitioner's view: the union of the current sharing decisions for their organisation (read the
     * parts covered, write the organisation's own involvement), read only otherwise, restricted records withheld.
     */
    private static View partner(Actor actor, List<Assignment> assignments, ChildFacts child, Instant now) {
        String organisation = actor.organisationId();
        if (organisation == null) {
            return View.none(NO_SHARING);
        }
        List<Assignment> ours = assignments.stream()
                .filter(a -> (a.heldBy(actor) || a.heldByOrganisation(organisation)) && a.liveAt(now) && covers(a, child))
                .toList();
        Optional<Assignment> wall = ours.stream()
                .filter(a -> a.grantType() == Assignment.GrantType.EXCLUDED).findFirst();
        if (wall.isPresent()) {
            return View.none(EXCLUDED, Basis.EXCLUDED, wall.get());
        }
        View.Parts reads = View.Parts.NONE;
        Assignment first = null;
        ChildFacts.Shared firstDecision = null;
        boolean withdrawn = false;
        for (Assignment a : ours) {
            if (!a.heldByOrganisation(organisation) || a.grantType() != Assignment.GrantType.STANDARD
                    || !Assignment.SHARING.equals(a.role()) || a.scope() != Assignment.Scope.CHILD || a.parts() == null) {
                continue;
            }
            Optional<ChildFacts.Shared> decision = child.sharing().stream()
                    .filter(d -> a.id().equals(d.assignmentId()) && organisation.equals(d.organisationId())).findFirst();
            if (decision.isEmpty()) {
                continue; // an assignment with no decision behind it opens nothing
            }
            if (!decision.get().standsOnItsBasis()) {
                withdrawn = true;
                continue;
            }
            java.util.Set<String> covered = new java.util.HashSet<>(a.parts());
            covered.retainAll(RecordParts.SHAREABLE);
            if (covered.isEmpty()) {
                continue;
            }
            covered.add(RecordParts.PERSON);
            reads = reads.plus(View.Parts.of(covered));
            if (first == null) {
                first = a;
                firstDecision = decision.get();
            }
        }
        if (first == null) {
            return View.none(endedRefusal(organisation, child, now).orElse(withdrawn ? SHARING_WITHDRAWN : NO_SHARING));
        }
        View.Parts writes = View.Parts.of(RecordParts.PARTNER_WRITES);
        if (reads.contains(RecordParts.PROTECTION_ACTIONS)) { // only their own done, the command says
            writes = writes.plus(View.Parts.of(RecordParts.PROTECTION_ACTIONS));
        }
        return new View(reads, writes, true, Basis.SHARING_DECISION, first, first.validTo(), null, firstDecision);
    }

    static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
    static final String ENDED_CONSENT = "Sharing with your organisation ended on %s because consent was withdrawn. "
            + "Ask the child's social worker if you need to know more";
    static final String ENDED_BY_COUNCIL = "Sharing with your organisation ended on %s because the council ended it. "
            + "Ask the child's social worker if you need to know more";
    static final String ENDED_END_DATE = "Sharing with your organisation ended on %s, the end date the council set. "
            + "Ask the child's social worker to renew it if you still need to know about this child";

    /**
     * Why a partner no longer sees a child the council once shared with their organisation: the latest of their
     * organisation's decisions to have stopped, in words with its day (consent withdrawn, ended by the council, or its
     * end date passed). Empty when the organisation never had a decision for the child. The typed reason a worker gave
     * for ending it is not told: it may name the family's circumstances.
     */
    static Optional<String> endedRefusal(String organisation, ChildFacts child, Instant now) {
        java.time.LocalDate today = now.atZone(LONDON).toLocalDate();
        return child.sharing().stream().filter(d -> organisation.equals(d.organisationId()))
                .map(d -> d.ended(today)).filter(java.util.Objects::nonNull)
                .max(java.util.Map.Entry.comparingByValue())
                .map(e -> String.format(switch (e.getKey()) {
                    case CONSENT_WITHDRAWN -> ENDED_CONSENT;
                    case ENDED_BY_THE_COUNCIL -> ENDED_BY_COUNCIL;
                    case END_DATE_PASSED -> ENDED_END_DATE;
                }, e.getValue().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
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

    static final String ORGANISATIONS_NOT_ADMIN = "Partner organisations and their users are managed by the council's "
            + "administrators";

    /**
     * Whether the user may manage the council's partner organisations and their users (the council level part
     * {@link RecordParts#ORGANISATIONS}): only the council's own administrators, never a user of a partner
     * organisation (whatever their role) and no practitioner, whatever they hold. Deny by default. Empty when allowed,
     * else the reason refused, in the user's words.
     */
    public static Optional<String> organisations(Actor actor) {
        return actor != null && actor.role() == Role.ADMINISTRATOR && actor.organisationId() == null ? Optional.empty()
                : Optional.of(ORGANISATIONS_NOT_ADMIN);
    }

    // ── Supervision: a staff record between a supervisor and a worker, not a part of any child's record ──────────

    /**
     * What of a supervision record a user sees: nothing; the record without the worker's personal part (their
     * wellbeing); or all of it. The decisions about children are case notes on each child's record and are read
     * there, through the child's own view.
     */
    public enum SupervisionView { NONE, WITHOUT_PERSONAL, FULL }

    static final String SUPERVISION_NOT_YOURS = "A supervision record is seen by the worker, their supervisor and the "
            + "managers of the worker's team";
    static final String SUPERVISION_NOT_MANAGER = "Only a team manager records supervision, for the workers of their "
            + "own team";
    static final String SUPERVISION_FIGURES = "The council's supervision figures are for data analysts, the performance "
            + "team and the principal social worker";

    /**
     * A supervision record's view for this user: the supervisor and the worker see all of it (and only they see the
     * worker's personal part); another team manager of the worker's team sees it without that part; anyone else,
     * nothing. Deny by default.
     */
    public static SupervisionView supervision(Actor actor, String supervisor, String worker, String workerTeam) {
        if (actor == null || actor.username() == null) {
            return SupervisionView.NONE;
        }
        if (actor.username().equals(supervisor) || actor.username().equals(worker)) {
            return SupervisionView.FULL;
        }
        if (actor.role() == Role.TEAM_MANAGER && actor.teamId() != null && actor.teamId().equals(workerTeam)) {
            return SupervisionView.WITHOUT_PERSONAL;
        }
        return SupervisionView.NONE;
    }

    /**
     * Whether this user may record a supervision with this worker: a team manager, for a worker of their own team who
     * holds cases (not themselves). Empty when allowed, else why not.
     */
    public static Optional<String> maySupervise(Actor actor, Actor worker) {
        if (actor.role() != Role.TEAM_MANAGER || actor.teamId() == null) {
            return Optional.of(SUPERVISION_NOT_MANAGER);
        }
        if (worker == null || worker.username().equals(actor.username()) || worker.role().allocationRole() == null
                || !actor.teamId().equals(worker.teamId())) {
            return Optional.of(SUPERVISION_NOT_MANAGER);
        }
        return Optional.empty();
    }

    /**
     * Whether this user may see the council's supervision figures (how many workers had no supervision within their
     * cadence: counts only, no worker or child named): data analysts, and practitioners holding a live council-wide
     * {@link Assignment#PERFORMANCE} or {@link Assignment#PRINCIPAL_SOCIAL_WORKER} assignment; never an administrator.
     */
    public static Optional<String> supervisionFigures(Actor actor, List<Assignment> assignments, Instant now) {
        return supervisionFigures(actor, () -> assignments, now);
    }

    /**
     * {@link #supervisionFigures(Actor, List, Instant)} asking for the assignments only when the role alone does not
     * answer (a practitioner's): a partner's or a carer's page need not read them to be told no.
     */
    public static Optional<String> supervisionFigures(Actor actor, java.util.function.Supplier<List<Assignment>> held,
                                                      Instant now) {
        if (actor.role() == Role.DATA_ANALYST) {
            return Optional.empty();
        }
        if (!actor.role().practitioner()) {
            return Optional.of(SUPERVISION_FIGURES);
        }
        List<Assignment> assignments = held.get();
        boolean granted = assignments.stream().anyMatch(a -> a.heldBy(actor) && a.liveAt(now)
                && (Assignment.PERFORMANCE.equals(a.role()) || Assignment.PRINCIPAL_SOCIAL_WORKER.equals(a.role()))
                && a.scope() == Assignment.Scope.COUNCIL && a.grantType() == Assignment.GrantType.STANDARD);
        return granted ? Optional.empty() : Optional.of(SUPERVISION_FIGURES);
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
            // a care leaver's adviser works with their own space too: reads it, writes the plan in their words, offers
            // an advocate and invites or pauses the young person's account
            case Assignment.PA -> new View.Parts[] {
                    View.Parts.of(RecordParts.CARE_LEAVER).plus(View.Parts.of(RecordParts.CARE_HISTORY))
                            .plus(View.Parts.of(RecordParts.CHILD_OWN_READS)).plus(View.Parts.of(RecordParts.PORTAL)),
                    View.Parts.of(RecordParts.CARE_LEAVER).plus(View.Parts.of(RecordParts.MY_PLAN, RecordParts.ADVOCACY,
                            RecordParts.PORTAL))};
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
