package org.hearth.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hearth.audit.AuditLog;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one seam through which every read and write of a child's record passes. It loads the user's role assignments
 * and the child's facts, asks {@link AccessPolicy} for the user's {@link View} of the record, checks the part asked
 * for against it, runs the work (given the view, so a read returns only what the view shows) in a transaction, and
 * leaves one audit entry whatever the outcome — ALLOWED with the work (role, assignment and parts disclosed),
 * DENIED or REFUSED on their own.
 */
@Component
public class AccessSeam {
    /** A purpose is a few words the user (or the page) gives: printable, and short. */
    static final int MAX_PURPOSE = 200;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public AccessSeam(JdbcTemplate jdbc, AuditLog audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * What a page that only reads has already asked of the database while it runs on this thread: the one actor's
     * assignments in force (every scope, so each child's judgement can use them) and the children's facts. Every
     * judgement is still made, by the policy, for each child and each part, as before; only the rows are not read
     * again (issue 15: My work asked for the same assignments three times). Held for one actor only: anyone else is
     * read afresh.
     */
    private static final class Reading {
        final Actor actor;
        List<Assignment> assignments;
        final Map<UUID, ChildFacts> facts = new HashMap<>();

        Reading(Actor actor) {
            this.actor = actor;
        }
    }

    private final ThreadLocal<Reading> reading = new ThreadLocal<>();

    /**
     * Runs a page's reads with the actor's assignments and the children's facts read at most once (see
     * {@link Reading}); every read is judged and audited inside as outside. For pages that change nothing: a change
     * asked for inside is refused, since a change could make what was read stale. Nested, the outer reading holds
     * (and still for its actor only). Ends with the work, however it ends.
     */
    public <T> T readingOnce(Actor actor, Supplier<T> work) {
        if (reading.get() != null) {
            return work.get();
        }
        reading.set(new Reading(actor));
        try {
            return work.get();
        } finally {
            reading.remove();
        }
    }

    /** A change judged on rows read for a page that only reads could be judged on what it has just made stale. */
    private void refuseInsideReading(String what) {
        if (reading.get() != null) {
            throw new IllegalStateException(what + " inside a page that only reads (AccessSeam.readingOnce)");
        }
    }

    public <T> T read(Actor actor, UUID childId, String part, String purpose, Supplier<T> work) {
        return guarded(actor, childId, part, AccessPolicy.Action.READ, purpose, null, v -> work.get());
    }

    /** A read whose work is given the user's view, to return only what it shows (see {@code ChildJourney#visibleTo}). */
    public <T> T readView(Actor actor, UUID childId, String part, String purpose, Function<View, T> work) {
        return guarded(actor, childId, part, AccessPolicy.Action.READ, purpose, null, work);
    }

    /**
     * A read of one item of a part (a document downloaded): judged as a read of the part, and audited with what was
     * read ({@code item}, e.g. the document's id) as the entry's detail, so each disclosure can be traced.
     */
    public <T> T readItem(Actor actor, UUID childId, String part, String item, String purpose, Function<View, T> work) {
        return guarded(actor, childId, part, AccessPolicy.Action.READ, purpose, item, work);
    }

    /** A change to the part(s) named (comma-separated), each of which the view must let the user write. */
    public <T> T write(Actor actor, UUID childId, String part, String purpose, Supplier<T> work) {
        return guarded(actor, childId, part, AccessPolicy.Action.WRITE, purpose, null, v -> work.get());
    }

    /** The user's view of a child's record now, without recording an access: to decide what to offer on a page. */
    public View view(Actor actor, UUID childId) {
        return views(actor, List.of(childId)).get(childId);
    }

    /**
     * Creating a new child's record: there is no relationship yet, so any practitioner may, and the work must
     * allocate them (or someone) in the same transaction. Analysts and administrators are refused before anything
     * about existing records can answer.
     */
    public <T> T create(Actor actor, String part, String purpose, Function<UUID, T> work) {
        refuseInsideReading("Creating a record");
        purpose = checkedPurpose(actor, null, part, "CREATE", purpose);
        UUID childId = UUID.randomUUID();
        if (!actor.role().practitioner()) {
            String reason = "Only practitioners create children's records";
            audit.appendAlone(actor.username(), null, part, "CREATE", purpose, "DENIED", null, reason,
                    new AuditLog.Disclosure(actor.role().name(), null, null));
            throw new AccessDenied(reason);
        }
        View creator = new View(View.Parts.EVERY, View.Parts.EVERY, false, null, null, null, null);
        return run(actor, childId, part, "CREATE", purpose, "CREATOR", creator, null, v -> work.apply(childId));
    }

    /**
     * Reads several children's records at once (a caseload): each child is judged on its own, those the user may
     * not see are left out (and the refusal audited), and every child read gets its own audit entry.
     */
    public <T> List<T> readEach(Actor actor, List<UUID> childIds, String part, String purpose,
                                Function<List<UUID>, List<T>> work) {
        return readEachView(actor, childIds, part, purpose, views -> work.apply(new ArrayList<>(views.keySet())));
    }

    /** {@link #readEach} whose work is given each readable child's view, in the order asked for. */
    public <T> List<T> readEachView(Actor actor, List<UUID> childIds, String part, String purpose,
                                    Function<Map<UUID, View>, List<T>> work) {
        String why = checkedPurpose(actor, null, part, "READ", purpose);
        Map<UUID, View> views = views(actor, childIds);
        Map<UUID, View> allowed = new LinkedHashMap<>();
        List<AuditLog.Pending> entries = new ArrayList<>();
        for (UUID id : childIds) {
            View v = views.get(id);
            if (v.canRead(part)) {
                allowed.put(id, v);
                entries.add(new AuditLog.Pending(actor.username(), id, part, "READ", sharedPurpose(v, why), "ALLOWED",
                        v.basis().name(), null, disclosure(actor, v)));
            } else {
                audit.appendAlone(actor.username(), id, part, "READ", why, "DENIED", basis(v),
                        AccessPolicy.refusal(v, part, AccessPolicy.Action.READ), disclosure(actor, v));
            }
        }
        return tx.execute(status -> {
            List<T> result = work.apply(allowed);
            audit.appendAll(entries);
            return result;
        });
    }

    /**
     * A bulk read by the system for a lawful purpose (a statutory return), run by an operator from the command
     * line: no practitioner relationship applies, so one audit entry records who, why and how many records.
     */
    public <T> T systemRead(String operator, String part, String purpose, Supplier<T> work,
                            java.util.function.ToIntFunction<T> count) {
        return tx.execute(status -> {
            T result = work.get();
            audit.append("system:" + operator, null, part, "READ", purpose, "ALLOWED", "STATUTORY_RETURN",
                    count.applyAsInt(result) + " records");
            return result;
        });
    }

    /**
     * Records a bulk write by the system (an import of a return, the demo authority) within the caller's transaction,
     * so the audit entry commits with the records or not at all: who ran it, why, and what it wrote.
     */
    public void systemWrote(String operator, String part, String purpose, String whatWasWritten) {
        audit.append(operator, null, part, "CREATE", purpose, "ALLOWED", null, whatWasWritten);
    }

    /**
     * Lets a role with no case work (a data analyst) see figures about many children and none in particular, and
     * refuses a role that may see neither; either way audited.
     */
    public void aggregateRead(Actor actor, String part, String purpose, String whatWasShown) {
        if (actor.role() == Role.ADMINISTRATOR) {
            String reason = "Administrators manage Hearth, not children's records or figures about them";
            audit.appendAlone(actor.username(), null, part, "READ", purpose, "DENIED", null, reason);
            throw AccessDenied.forRole(reason);
        }
        audit.appendAlone(actor.username(), null, part, "READ", purpose, "ALLOWED", "AGGREGATE", whatWasShown);
    }

    /**
     * Runs work on the council's statutory return files (making them, downloading them or their issues, confirming a
     * query) for a user {@link AccessPolicy#returnFiles} lets hold them: the files name every child in the return, so
     * each use is audited as a bulk disclosure with its purpose and what was disclosed, in the work's transaction.
     * Anyone else is refused (403, in words) and the refusal audited.
     *
     * @param action    READ (made or looked at), DOWNLOAD (files taken away), CREATE (a query confirmed)
     * @param disclosed what the work discloses or records, e.g. "CIN census 2025/26: 1,204 children"; no child's data
     */
    public <T> T returnFiles(Actor actor, String action, String purpose, String disclosed, Supplier<T> work) {
        String why = checkedPurpose(actor, null, RecordParts.RETURN_FILES, action, purpose);
        java.util.Optional<String> refused = AccessPolicy.returnFiles(actor, assignments(actor, List.of()),
                Instant.now());
        if (refused.isPresent()) {
            audit.appendAlone(actor.username(), null, RecordParts.RETURN_FILES, action, why, "DENIED", null,
                    refused.get(), new AuditLog.Disclosure(actor.role().name(), null, null));
            throw new HearthProblem(HttpStatus.FORBIDDEN, "You cannot use the return files", refused.get());
        }
        return tx.execute(status -> {
            T result = work.get();
            audit.append(actor.username(), null, RecordParts.RETURN_FILES, action, why, "ALLOWED", "BULK_DISCLOSURE",
                    disclosed, new AuditLog.Disclosure(actor.role().name(), null, RecordParts.RETURN_FILES));
            return result;
        });
    }

    /**
     * Runs an administrator's work on the council's partner organisations and their users (the council level part
     * {@link RecordParts#ORGANISATIONS}) for a user {@link AccessPolicy#organisations} lets manage them: the work and
     * its audit entry (who, what, when, why; usernames and organisation ids, no one's personal details) commit together
     * or not at all; a refusal by the policy, or of the work (bad input, a stale version), is audited alone.
     *
     * @param action READ, CREATE or UPDATE
     * @param what   what the work reads or changes, e.g. "registered organisation ORG-1 (School or academy)"
     */
    public <T> T organisations(Actor actor, String action, String purpose, String what, Supplier<T> work) {
        return organisations(actor, action, purpose, what, work, result -> what);
    }

    /** {@link #organisations}, the allowed entry saying what was done from the result (e.g. the new id). */
    public <T> T organisations(Actor actor, String action, String purpose, String what, Supplier<T> work,
                               Function<T, String> done) {
        String why = checkedPurpose(actor, null, RecordParts.ORGANISATIONS, action, purpose);
        java.util.Optional<String> refused = AccessPolicy.organisations(actor);
        AuditLog.Disclosure disclosure = new AuditLog.Disclosure(actor.role().name(), null, RecordParts.ORGANISATIONS);
        if (refused.isPresent()) {
            audit.appendAlone(actor.username(), null, RecordParts.ORGANISATIONS, action, why, "DENIED", null,
                    what + ": " + refused.get(), disclosure);
            throw AccessDenied.forRole(refused.get());
        }
        try {
            return tx.execute(status -> {
                T result = work.get();
                audit.append(actor.username(), null, RecordParts.ORGANISATIONS, action, why, "ALLOWED",
                        "ADMINISTRATION", done.apply(result), disclosure);
                return result;
            });
        } catch (RuntimeException e) {
            String title = e instanceof HearthProblem p ? p.title() + ": " + p.getMessage() : e.getClass().getSimpleName();
            audit.appendAlone(actor.username(), null, RecordParts.ORGANISATIONS, action, why, "REFUSED",
                    "ADMINISTRATION", what + ": " + title, disclosure);
            throw e;
        }
    }

    /** Whether the user may manage partner organisations, to offer them the link: nothing disclosed, nothing audited. */
    public boolean mayManageOrganisations(Actor actor) {
        return AccessPolicy.organisations(actor).isEmpty();
    }

    /**
     * Within {@link #organisations} (the caller's transaction): records on a child's audit trail that a sharing
     * decision with an organisation the administrator closed has ended, so the child's worker sees it under "who
     * looked". Nothing of the child's record is disclosed to the administrator; refused unless they may manage
     * organisations.
     */
    public void sharingEndedWithOrganisation(Actor actor, UUID childId, String what) {
        java.util.Optional<String> refused = AccessPolicy.organisations(actor);
        if (refused.isPresent()) {
            throw AccessDenied.forRole(refused.get());
        }
        audit.append(actor.username(), childId, RecordParts.SHARING, "UPDATE", "the organisation was closed", "ALLOWED",
                "ADMINISTRATION", what, new AuditLog.Disclosure(actor.role().name(), null, null));
    }

    /**
     * Runs work on one supervision record (a staff record between a supervisor and a worker) for a user
     * {@link AccessPolicy#supervision} lets see it: a read needs any view, a change the full view (the supervisor or
     * the worker). The work is given the view (so the worker's personal part is left out where it must be), and the
     * use is audited with its purpose and the record's id in the work's transaction; a refusal is audited alone.
     *
     * @param record the supervision record's id, or a description of the records (e.g. "history of sw.demo")
     */
    public <T> T supervision(Actor actor, String record, String supervisor, String worker, String workerTeam,
                             AccessPolicy.Action action, String purpose, Function<AccessPolicy.SupervisionView, T> work) {
        String why = checkedPurpose(actor, null, RecordParts.SUPERVISION, action.name(), purpose);
        AccessPolicy.SupervisionView view = AccessPolicy.supervision(actor, supervisor, worker, workerTeam);
        boolean allowed = action == AccessPolicy.Action.READ ? view != AccessPolicy.SupervisionView.NONE
                : view == AccessPolicy.SupervisionView.FULL;
        AuditLog.Disclosure disclosure = new AuditLog.Disclosure(actor.role().name(), null,
                view == AccessPolicy.SupervisionView.FULL ? RecordParts.SUPERVISION : RecordParts.SUPERVISION
                        + " without the worker's personal part");
        if (!allowed) {
            audit.appendAlone(actor.username(), null, RecordParts.SUPERVISION, action.name(), why, "DENIED", null,
                    record + ": " + AccessPolicy.SUPERVISION_NOT_YOURS, disclosure);
            throw new HearthProblem(HttpStatus.FORBIDDEN, "You cannot see this supervision record",
                    AccessPolicy.SUPERVISION_NOT_YOURS);
        }
        try {
            return tx.execute(status -> {
                T result = work.apply(view);
                audit.append(actor.username(), null, RecordParts.SUPERVISION, action.name(), why, "ALLOWED",
                        "SUPERVISION", record, disclosure);
                return result;
            });
        } catch (RuntimeException e) {
            String refused = e instanceof HearthProblem p ? p.title() : e.getClass().getSimpleName();
            audit.appendAlone(actor.username(), null, RecordParts.SUPERVISION, action.name(), why, "REFUSED",
                    "SUPERVISION", record + ": " + refused, disclosure);
            throw e;
        }
    }

    /**
     * Records a new supervision with this worker, for a user {@link AccessPolicy#maySupervise} lets (a team manager of
     * the worker's team), audited with its purpose; the work writes the record (and the decisions on the children's
     * records, each through this seam) in one transaction, so nothing is half-saved.
     */
    public <T> T recordSupervision(Actor actor, Actor worker, String purpose, Supplier<T> work) {
        String why = checkedPurpose(actor, null, RecordParts.SUPERVISION, "CREATE", purpose);
        java.util.Optional<String> refused = AccessPolicy.maySupervise(actor, worker);
        AuditLog.Disclosure disclosure = new AuditLog.Disclosure(actor.role().name(), null, RecordParts.SUPERVISION);
        String who = "supervision of " + (worker == null ? "an unknown worker" : worker.username());
        if (refused.isPresent()) {
            audit.appendAlone(actor.username(), null, RecordParts.SUPERVISION, "CREATE", why, "DENIED", null,
                    who + ": " + refused.get(), disclosure);
            throw AccessDenied.forRole(refused.get());
        }
        try {
            return tx.execute(status -> {
                T result = work.get();
                audit.append(actor.username(), null, RecordParts.SUPERVISION, "CREATE", why, "ALLOWED", "SUPERVISION",
                        who, disclosure);
                return result;
            });
        } catch (RuntimeException e) {
            String title = e instanceof HearthProblem p ? p.title() : e.getClass().getSimpleName();
            audit.appendAlone(actor.username(), null, RecordParts.SUPERVISION, "CREATE", why, "REFUSED", "SUPERVISION",
                    who + ": " + title, disclosure);
            throw e;
        }
    }

    /** Whether the user may record a supervision with this worker (to offer the form): nothing disclosed, nothing audited. */
    public boolean maySupervise(Actor actor, Actor worker) {
        return AccessPolicy.maySupervise(actor, worker).isEmpty();
    }

    /**
     * The council's supervision figures (counts only, naming no worker or child) for a user
     * {@link AccessPolicy#supervisionFigures} lets see them; audited as an aggregate read, a refusal too.
     */
    public <T> T supervisionFigures(Actor actor, String purpose, String shown, Supplier<T> work) {
        String why = checkedPurpose(actor, null, RecordParts.SUPERVISION, "READ", purpose);
        java.util.Optional<String> refused = AccessPolicy.supervisionFigures(actor, assignments(actor, List.of()),
                Instant.now());
        if (refused.isPresent()) {
            audit.appendAlone(actor.username(), null, RecordParts.SUPERVISION, "READ", why, "DENIED", null,
                    refused.get(), new AuditLog.Disclosure(actor.role().name(), null, null));
            throw AccessDenied.forRole(refused.get());
        }
        return tx.execute(status -> {
            T result = work.get();
            audit.append(actor.username(), null, RecordParts.SUPERVISION, "READ", why, "ALLOWED", "AGGREGATE", shown,
                    new AuditLog.Disclosure(actor.role().name(), null, null));
            return result;
        });
    }

    /** Whether the user may see the council's supervision figures, to offer them a link. */
    public boolean maySeeSupervisionFigures(Actor actor) {
        return AccessPolicy.supervisionFigures(actor, () -> assignments(actor, List.of()), Instant.now()).isEmpty();
    }

    /** Whether the user may use the return files, to offer them a link: nothing is disclosed, so nothing audited. */
    public boolean mayUseReturnFiles(Actor actor) {
        return AccessPolicy.returnFiles(actor, assignments(actor, List.of()), Instant.now()).isEmpty();
    }

    /**
     * Which of these children the user could read now, without recording an access: to narrow search results, or a
     * list of many children (the LA's return errors) before reading them with {@link #readEach}. Analysts and
     * administrators read none.
     */
    public List<UUID> readable(Actor actor, List<UUID> childIds) {
        return readable(actor, childIds, "record");
    }

    /** Which of these children the user could read this part of now, without recording an access. */
    public List<UUID> readable(Actor actor, List<UUID> childIds, String part) {
        if (!actor.role().practitioner() || childIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, View> views = views(actor, childIds);
        return childIds.stream().filter(id -> views.get(id).canRead(part)).toList();
    }

    /**
     * Records a search: how many children it showed (by id) and how many matched that the user may not see. A
     * search discloses that a child is known, so it is audited like a read, with no typed text (that is personal).
     */
    public void searched(Actor actor, String purpose, List<UUID> shown, int hidden) {
        String why = checkedPurpose(actor, null, "search", "SEARCH", purpose);
        String detail = shown.size() + " shown, " + hidden + " hidden"
                + (shown.isEmpty() ? "" : ": " + String.join(",", shown.stream().map(UUID::toString).toList()));
        audit.appendAlone(actor.username(), null, "search", "SEARCH", why, "ALLOWED",
                actor.role().practitioner() ? "SEARCH" : "NO_CASE_WORK", detail,
                new AuditLog.Disclosure(actor.role().name(), null, "person"));
    }

    /**
     * A health partner's look-up of health flags by an identifier. The caller names the children the identifier found
     * and whether each carries a flag now (as the flag rules derive it from the record); the policy judges each child
     * (a health partner reads the flag part of a flagged child, nothing of any other). The work is given the views of
     * the children it may disclose, and runs in one transaction with the audit: an entry for the look-up itself (how
     * many children it found, which were disclosed) and one per child found, allowed or denied.
     */
    public <T> T healthLookup(Actor actor, String purpose, Map<UUID, Boolean> found,
                              Function<Map<UUID, View>, T> work) {
        String part = RecordParts.HEALTH_FLAGS;
        String why = checkedPurpose(actor, null, part, "SEARCH", purpose);
        if (actor.role() != Role.HEALTH_PARTNER) {
            String reason = "Only a health organisation's users and systems look up health flags";
            audit.appendAlone(actor.username(), null, part, "SEARCH", why, "DENIED", null, reason,
                    new AuditLog.Disclosure(actor.role().name(), null, null));
            throw new AccessDenied(reason);
        }
        List<UUID> ids = List.copyOf(found.keySet());
        Instant now = Instant.now();
        List<Assignment> assignments = assignments(actor, ids);
        Map<UUID, ChildFacts> facts = ids.isEmpty() ? Map.of() : facts(ids);
        Map<UUID, View> allowed = new LinkedHashMap<>();
        List<AuditLog.Pending> entries = new ArrayList<>();
        for (UUID id : ids) {
            View v = AccessPolicy.view(actor, assignments, facts.get(id).flagged(Boolean.TRUE.equals(found.get(id))), now);
            if (v.canRead(part)) {
                allowed.put(id, v);
                entries.add(new AuditLog.Pending(actor.username(), id, part, "READ", why, "ALLOWED", v.basis().name(),
                        null, disclosure(actor, v)));
            } else {
                entries.add(new AuditLog.Pending(actor.username(), id, part, "READ", why, "DENIED", basis(v),
                        AccessPolicy.refusal(v, part, AccessPolicy.Action.READ), disclosure(actor, v)));
            }
        }
        String detail = ids.size() + " found, " + allowed.size() + " shown"
                + (allowed.isEmpty() ? "" : ": " + String.join(",", allowed.keySet().stream().map(UUID::toString).toList()));
        entries.add(0, new AuditLog.Pending(actor.username(), null, part, "SEARCH", why, "ALLOWED",
                AccessPolicy.Basis.HEALTH_FLAG_LOOKUP.name(), detail,
                new AuditLog.Disclosure(actor.role().name(), null, allowed.isEmpty() ? null : part)));
        return tx.execute(status -> {
            T result = work.apply(allowed);
            audit.appendAll(entries);
            return result;
        });
    }

    /**
     * A person's decision on whether two children's records are one child (the same child, not the same child, a link
     * undone). The user must be able to change the subject's person details and read the other record's: a worker
     * decides only on records they may see. The work and one audit entry per child, with {@code detail} (the
     * decision, score and evidence seen), commit together; a refusal is audited and answered 403, a missing record 404.
     */
    public <T> T identityDecision(Actor actor, UUID subject, UUID other, String purpose, String detail,
                                  Supplier<T> work) {
        refuseInsideReading("An identity decision");
        String part = RecordParts.PERSON;
        String why = checkedPurpose(actor, subject, part, "WRITE", purpose);
        Integer found = jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_person_id IN (?, ?)",
                Integer.class, subject, other);
        if (found == null || found < 2 || subject.equals(other)) {
            throw HearthProblem.notFound("The child's record");
        }
        Map<UUID, View> views = views(actor, List.of(subject, other));
        View mine = views.get(subject);
        View theirs = views.get(other);
        String refusal = !mine.canWrite(part) ? AccessPolicy.refusal(mine, part, AccessPolicy.Action.WRITE)
                : !theirs.canRead(part) ? AccessPolicy.refusal(theirs, part, AccessPolicy.Action.READ) : null;
        if (refusal != null) {
            audit.appendAlone(actor.username(), subject, part, "WRITE", why, "DENIED", basis(mine), refusal,
                    disclosure(actor, mine));
            throw new AccessDenied(refusal);
        }
        return tx.execute(status -> {
            T result = work.get();
            audit.appendAll(List.of(
                    new AuditLog.Pending(actor.username(), subject, part, "WRITE", why, "ALLOWED",
                            mine.basis().name(), detail, disclosure(actor, mine)),
                    new AuditLog.Pending(actor.username(), other, part, "READ", why, "ALLOWED",
                            theirs.basis().name(), detail, disclosure(actor, theirs))));
            return result;
        });
    }

    /**
     * A partner's read or answer of a request for information (MASH) addressed to their organisation: judged by
     * {@link AccessPolicy#informationRequest} (the user's organisation must be the one asked), then run and audited
     * like any read or write of the child's record, with the request's id as the entry's detail. A refusal is audited
     * and answered 403.
     */
    public <T> T informationRequest(Actor actor, UUID childId, String askedOrganisation, AccessPolicy.Action action,
                                    String purpose, UUID requestId, Function<View, T> work) {
        String part = RecordParts.INFORMATION_REQUESTS;
        if (action == AccessPolicy.Action.WRITE) {
            refuseInsideReading("An answer to a request for information");
        }
        String why = checkedPurpose(actor, childId, part, action.name(), purpose);
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_person_id = ?)",
                Boolean.class, childId);
        if (!Boolean.TRUE.equals(exists)) {
            throw HearthProblem.notFound("The request for information");
        }
        String organisation = organisationOf(actor);
        View view = AccessPolicy.informationRequest(actor, organisation, askedOrganisation,
                assignments(actor, List.of(childId)), facts(List.of(childId)).get(childId), Instant.now());
        boolean allowed = action == AccessPolicy.Action.READ ? view.canRead(part) : view.canWrite(part);
        String item = "information request " + requestId;
        if (!allowed) {
            String reason = AccessPolicy.refusal(view, part, action);
            audit.appendAlone(actor.username(), childId, part, action.name(), why, "DENIED", basis(view),
                    item + ": " + reason, disclosure(actor, view));
            throw new AccessDenied(reason);
        }
        return run(actor, childId, part, action.name(), why, view.basis().name(), view, item, work);
    }

    /** The partner organisation a user belongs to, or null (council staff, children, carers). */
    public String organisationOf(Actor actor) {
        return jdbc.query("SELECT organisation_id FROM hearth_user WHERE username = ?", (rs, n) -> rs.getString(1),
                actor.username()).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Work on partners' referrals to the front door, which are not yet part of any child's record: judged by
     * {@link AccessPolicy#partnerReferrals} (a partner's user refers and reads their own organisation's; the front
     * door triages), given the user's organisation, and audited with its purpose and {@code detail} (the referral's
     * id, never its contents) in the work's transaction. A refusal is audited and answered 403.
     *
     * @param action CREATE (a referral made), READ (referrals listed or read), WRITE (consent withdrawn, accepted)
     */
    public <T> T partnerReferrals(Actor actor, AccessPolicy.ReferralUse use, String action, String purpose,
                                  String detail, Function<String, T> work) {
        String part = "partner-referrals";
        String why = checkedPurpose(actor, null, part, action, purpose);
        String organisation = organisationOf(actor);
        java.util.Optional<String> refused = AccessPolicy.partnerReferrals(actor, organisation, use);
        if (refused.isPresent()) {
            audit.appendAlone(actor.username(), null, part, action, why, "DENIED", null, refused.get(),
                    new AuditLog.Disclosure(actor.role().name(), null, null));
            throw AccessDenied.forRole(refused.get());
        }
        String basis = use == AccessPolicy.ReferralUse.REFER ? "PARTNER_REFERRER" : "FRONT_DOOR";
        return tx.execute(status -> {
            T result = work.apply(organisation);
            audit.append(actor.username(), null, part, action, why, "ALLOWED", basis, detail,
                    new AuditLog.Disclosure(actor.role().name(), null, part));
            return result;
        });
    }

    /**
     * A view the seam has judged for one user and one child, given to the work of {@link #readJudging} so that a page
     * can read further parts of the same record under it ({@link #readFurther}) without judging again. Only the seam
     * makes one, and it is good only on the thread that judged it and only until that read's work returns (and, for a
     * view that ends, such as break-glass, only until it ends): it cannot be kept for a later request, handed to
     * another thread, or used for another child or another user.
     */
    public static final class Judged {
        private final Actor actor;
        private final UUID childId;
        private final View view;
        private final Thread thread = Thread.currentThread();
        /** The further parts read, audited with the judging read's own entry when its work returns. */
        private final List<AuditLog.Pending> further = new ArrayList<>();
        private boolean open = true;

        private Judged(Actor actor, UUID childId, View view) {
            this.actor = actor;
            this.childId = childId;
            this.view = view;
        }

        /** The user's view of the record, as judged: what the page shows and offers. */
        public View view() {
            return view;
        }

        private boolean usableFor(Actor who, UUID child) {
            return open && thread == Thread.currentThread() && actor.equals(who) && childId.equals(child);
        }
    }

    /**
     * A read of a part of a child's record whose work may read further parts of the same record under the view judged
     * here ({@link #readFurther}): judged, refused and audited as {@link #readView}, except that the entry for this
     * part and those for the further parts are appended together, in one transaction, when the work returns (so
     * before it returns to the caller, and before anything of a page is sent). The work runs outside a transaction,
     * as a read: it holds no connection while it builds its answer.
     */
    public <T> T readJudging(Actor actor, UUID childId, String part, String purpose, Function<Judged, T> work) {
        String why = checkedPurpose(actor, childId, part, "READ", purpose);
        View view = judge(actor, childId, part, AccessPolicy.Action.READ, why, null);
        return judged(actor, childId, part, why, view, work);
    }

    /**
     * Reads a further part of the child's record under the view {@link #readJudging} judged moments ago for the same
     * user and child, within that read's work: audited exactly as {@link #read} audits it (part, purpose, outcome,
     * basis, what was disclosed) and refused exactly as {@link #read} refuses it when the view does not open the part,
     * but without asking the database again who the user is to the child. A judged view past its end (a break-glass
     * or a grant that ended meanwhile) is judged again, as {@link #read} would.
     *
     * @throws IllegalStateException when the judged view is not this user's view of this child, or is used after its
     *                               read returned or on another thread: a defect of the caller; nothing is read
     */
    public <T> T readFurther(Judged judged, Actor actor, UUID childId, String part, String purpose, Supplier<T> work) {
        if (judged == null || !judged.usableFor(actor, childId)) {
            throw new IllegalStateException("A judged view is good only for its own user and child, on the thread that "
                    + "judged it, while its read runs");
        }
        View view = judged.view;
        if (view.until() != null && !Instant.now().isBefore(view.until())) {
            return read(actor, childId, part, purpose, work);
        }
        String why = checkedPurpose(actor, childId, part, "READ", purpose);
        if (!view.canRead(part)) {
            String reason = AccessPolicy.refusal(view, part, AccessPolicy.Action.READ);
            audit.appendAlone(actor.username(), childId, part, "READ", why, "DENIED", basis(view), reason,
                    disclosure(actor, view));
            throw new AccessDenied(reason);
        }
        AuditLog.Disclosure disclosure = disclosure(actor, view);
        String shared = sharedPurpose(view, why);
        String basis = view.basis().name();
        try {
            T result = work.get();
            judged.further.add(new AuditLog.Pending(actor.username(), childId, part, "READ", shared, "ALLOWED", basis,
                    null, disclosure));
            return result;
        } catch (RuntimeException e) {
            audit.appendAlone(actor.username(), childId, part, "READ", shared, "REFUSED", basis, refused(e),
                    disclosure);
            throw e;
        }
    }

    /**
     * Runs a judging read's work under the view judged (package-private for the tests of misuse), then appends its
     * entry and the further parts' together; a failed work, or a failure to audit, is audited as {@link #run} does.
     */
    <T> T judged(Actor actor, UUID childId, String part, String given, View view, Function<Judged, T> work) {
        AuditLog.Disclosure disclosure = disclosure(actor, view);
        String purpose = sharedPurpose(view, given);
        String basis = view.basis().name();
        Judged judged = new Judged(actor, childId, view);
        try {
            T result;
            try {
                result = work.apply(judged);
            } finally {
                judged.open = false;
            }
            List<AuditLog.Pending> entries = new ArrayList<>(1 + judged.further.size());
            entries.add(new AuditLog.Pending(actor.username(), childId, part, "READ", purpose, "ALLOWED", basis, null,
                    disclosure));
            entries.addAll(judged.further);
            tx.executeWithoutResult(status -> audit.appendAll(entries));
            return result;
        } catch (RuntimeException e) {
            audit.appendAlone(actor.username(), childId, part, "READ", purpose, "REFUSED", basis, refused(e),
                    disclosure);
            throw e;
        }
    }

    private static String refused(RuntimeException e) {
        return e instanceof HearthProblem p ? p.title() : e.getClass().getSimpleName();
    }

    private <T> T guarded(Actor actor, UUID childId, String part, AccessPolicy.Action action, String purpose,
                          String item, Function<View, T> work) {
        if (action == AccessPolicy.Action.WRITE) {
            refuseInsideReading("A change");
        }
        String why = checkedPurpose(actor, childId, part, action.name(), purpose);
        View view = judge(actor, childId, part, action, why, item);
        return run(actor, childId, part, action.name(), why, view.basis().name(), view, item, work);
    }

    /** The user's view of the child's record if it lets them do this to the part; otherwise refused and audited. */
    private View judge(Actor actor, UUID childId, String part, AccessPolicy.Action action, String why, String item) {
        // whether the child exists is read with what judges them (one statement), but answered first: a child that
        // does not exist is 404 before anything is judged, disclosed or audited
        Judgements judgements = judgements(actor, List.of(childId), true);
        if (!judgements.known().contains(childId)) {
            throw HearthProblem.notFound("The child's record");
        }
        View view = judgements.views().get(childId);
        boolean allowed = action == AccessPolicy.Action.READ ? view.canRead(part) : view.canWrite(part);
        if (!allowed) {
            String reason = AccessPolicy.refusal(view, part, action);
            audit.appendAlone(actor.username(), childId, part, action.name(), why, "DENIED", basis(view),
                    item == null ? reason : item + ": " + reason, disclosure(actor, view));
            throw new AccessDenied(reason);
        }
        return view;
    }

    private <T> T run(Actor actor, UUID childId, String part, String action, String given, String basis, View view,
                      String item, Function<View, T> work) {
        AuditLog.Disclosure disclosure = disclosure(actor, view);
        String purpose = sharedPurpose(view, given);
        try {
            return tx.execute(status -> {
                T result = work.apply(view);
                audit.append(actor.username(), childId, part, action, purpose, "ALLOWED", basis, item, disclosure);
                return result;
            });
        } catch (RuntimeException e) {
            // The work was refused (rules, stale version, bad input): keep that it was tried, not what was typed.
            String why = e instanceof HearthProblem p ? p.title() : e.getClass().getSimpleName();
            audit.appendAlone(actor.username(), childId, part, action, purpose, "REFUSED", basis,
                    item == null ? why : item + ": " + why, disclosure);
            throw e;
        }
    }

    /**
     * The purpose as given, or a refusal (400) that is audited first: a purpose is printable text of at most
     * {@link #MAX_PURPOSE} characters. What was typed is not kept: it may be anything.
     */
    private String checkedPurpose(Actor actor, UUID childId, String part, String action, String purpose) {
        String problem = purposeProblem(purpose);
        if (problem == null) {
            return purpose;
        }
        audit.appendAlone(actor.username(), childId, part, action, null, "DENIED", null, problem,
                new AuditLog.Disclosure(actor.role().name(), null, null));
        throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check the purpose", problem,
                List.of(Map.of("pointer", "/purpose", "detail", problem)));
    }

    /**
     * The purpose an access is audited with. A partner's access rests on a sharing decision: its purpose and lawful
     * basis (codes) lead, then the sharing decision's id, then what the page or caller said, e.g.
     * {@code "SAFEGUARDING_ENQUIRY under CA1989_S47 (sharing 1b2…): partner child view"}.
     */
    static String sharedPurpose(View view, String given) {
        if (view.shared() == null) {
            return given;
        }
        ChildFacts.Shared d = view.shared();
        return d.purpose() + " under " + d.lawfulBasis() + " (sharing " + d.sharingId() + ")"
                + (given == null ? "" : ": " + given);
    }

    static String purposeProblem(String purpose) {
        if (purpose == null) {
            return null;
        }
        if (purpose.length() > MAX_PURPOSE) {
            return "Say why in at most " + MAX_PURPOSE + " characters";
        }
        if (!isText(purpose)) {
            return "Say why in words: the purpose has characters that are not text";
        }
        return null;
    }

    /** Printable text: no control characters (a NUL cannot even be stored), no lone surrogates, nothing unassigned. */
    public static boolean isText(String s) {
        return s.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED);
    }

    private static AuditLog.Disclosure disclosure(Actor actor, View view) {
        return new AuditLog.Disclosure(actor.role().name(), view.via() == null ? null : view.via().id(),
                view.isEmpty() ? null : view.disclosed());
    }

    private static String basis(View view) {
        return view.basis() == null ? null : view.basis().name();
    }

    /** Each child's view for this user: their assignments, the children's allocations (and sharing) in one query. */
    Map<UUID, View> views(Actor actor, List<UUID> childIds) {
        return judgements(actor, childIds, false).views();
    }

    /** Each child's view, and which of the children exist (asked for only when {@code checkKnown}). */
    private record Judgements(Map<UUID, View> views, Set<UUID> known) {}

    private Judgements judgements(Actor actor, List<UUID> childIds, boolean checkKnown) {
        Instant now = Instant.now();
        Map<UUID, View> out = new HashMap<>();
        // analysts and administrators are judged on their role alone: nothing to read unless asked who exists
        if (!actor.role().partner() && !actor.role().practitioner() && !actor.role().inPortal()) {
            Set<UUID> known = checkKnown ? Set.copyOf(jdbc.queryForList(
                    "SELECT pers_person_id FROM ssd_person WHERE pers_person_id = ANY(?)", UUID.class,
                    (Object) childIds.toArray(UUID[]::new))) : Set.of();
            for (UUID id : childIds) {
                out.put(id, AccessPolicy.view(actor, List.of(), ChildFacts.of(id), now));
            }
            return new Judgements(out, known);
        }
        Reading r = reading.get();
        if (r != null && r.actor.equals(actor) && !checkKnown && !actor.role().partner()) {
            // a page that only reads (readingOnce) judges on the assignments and facts it has read once already
            List<Assignment> assignments = assignments(actor, childIds);
            Map<UUID, ChildFacts> facts = facts(childIds);
            for (UUID id : childIds) {
                out.put(id, AccessPolicy.view(actor, assignments, facts.get(id), now));
            }
            return new Judgements(out, Set.of());
        }
        Inputs in = inputs(actor, childIds, checkKnown);
        for (UUID id : childIds) {
            ChildFacts facts = in.facts().get(id);
            if (actor.role().partner()) { // their organisation's sharing decisions, and any wall around the user
                facts = facts.shared(in.sharing().getOrDefault(id, List.of()));
            }
            out.put(id, AccessPolicy.view(actor, in.assignments(), facts, now));
        }
        return new Judgements(out, in.known());
    }

    /** What {@link AccessPolicy#view} is given for these children, and which of them exist. */
    record Inputs(Set<UUID> known, List<Assignment> assignments, Map<UUID, ChildFacts> facts,
                  Map<UUID, List<ChildFacts.Shared>> sharing) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Everything the policy needs to judge these children for this user in ONE statement (issue 15: each statement
     * costs a round trip and a backend's work, and this one runs on every page about a child): which of them exist
     * (only when {@code checkKnown}), the user's assignments in force, who is allocated to each child today and, for
     * a partner, their organisation's sharing decisions. Each part is the query it replaced, its rows gathered as
     * JSON so that parts of different shapes come back in one row.
     */
    Inputs inputs(Actor actor, List<UUID> childIds, boolean checkKnown) {
        UUID[] ids = childIds.toArray(UUID[]::new);
        String[] textIds = childIds.stream().map(UUID::toString).toArray(String[]::new);
        String organisation = actor.role().partner() ? actor.organisationId() : null;
        return jdbc.queryForObject("SELECT "
                        + "ARRAY(SELECT pers_person_id FROM ssd_person WHERE pers_person_id = ANY(?)), "
                        + "(SELECT json_agg(a) FROM (" + ASSIGNMENTS + FOR_CHILDREN + ") a), "
                        + "(SELECT json_agg(f) FROM (" + ALLOCATIONS + "i.invo_person_id = ANY(?) AND " + today("i")
                        + ") f), "
                        + "(SELECT json_agg(s) FROM (SELECT person_id, sharing_id, assignment_id, organisation_id, purpose, "
                        + "lawful_basis, consent_given, consent_withdrawn_on, ends_on, ended_on FROM sharing_decision "
                        + "WHERE organisation_id = ? AND person_id = ANY(?)) s)",
                (rs, n) -> {
                    Array known = rs.getArray(1);
                    List<Assignment> assignments = new ArrayList<>();
                    for (JsonNode a : json(rs.getString(2))) {
                        assignments.add(assignment(a));
                    }
                    Map<UUID, List<ChildFacts.Allocated>> allocations = new HashMap<>();
                    for (JsonNode f : json(rs.getString(3))) {
                        allocations.computeIfAbsent(UUID.fromString(text(f, "child")), k -> new ArrayList<>())
                                .add(new ChildFacts.Allocated(text(f, "username"), text(f, "role"), text(f, "team")));
                    }
                    Map<UUID, List<ChildFacts.Shared>> sharing = new HashMap<>();
                    for (JsonNode s : json(rs.getString(4))) {
                        sharing.computeIfAbsent(UUID.fromString(text(s, "person_id")), k -> new ArrayList<>())
                                .add(shared(s));
                    }
                    Map<UUID, ChildFacts> facts = new HashMap<>();
                    for (UUID id : childIds) {
                        facts.put(id, new ChildFacts(id, null, allocations.getOrDefault(id, List.of())));
                    }
                    return new Inputs(known == null ? Set.of() : Set.of((UUID[]) known.getArray()),
                            List.copyOf(assignments), facts, sharing);
                },
                checkKnown ? ids : new UUID[0], actor.username(), organisationHolder(actor), textIds, ids,
                organisation, ids);
    }

    /** The rows of one part, as json_agg gathered them (SQL null when the part found none). */
    private static JsonNode json(String aggregated) {
        return aggregated == null ? JSON.createArrayNode() : JSON.readTree(aggregated);
    }

    private static String text(JsonNode row, String column) {
        JsonNode v = row.get(column);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static UUID uuid(JsonNode row, String column) {
        String v = text(row, column);
        return v == null ? null : UUID.fromString(v);
    }

    private static Instant instant(JsonNode row, String column) {
        String v = text(row, column); // timestamptz as JSON: ISO 8601 with the session's offset
        return v == null ? null : java.time.OffsetDateTime.parse(v).toInstant();
    }

    private static java.time.LocalDate date(JsonNode row, String column) {
        String v = text(row, column);
        return v == null ? null : java.time.LocalDate.parse(v);
    }

    private static Assignment assignment(JsonNode a) {
        JsonNode parts = a.get("parts");
        Set<String> granted = null;
        if (parts != null && !parts.isNull()) {
            List<String> names = new ArrayList<>();
            parts.forEach(p -> names.add(p.asString()));
            granted = Set.copyOf(names);
        }
        return new Assignment(uuid(a, "assignment_id"), Assignment.HolderKind.valueOf(text(a, "holder_kind")),
                text(a, "holder_id"), text(a, "role"), Assignment.Scope.valueOf(text(a, "scope_kind")),
                text(a, "scope_id"), Assignment.GrantType.valueOf(text(a, "grant_type")), granted,
                instant(a, "valid_from"), instant(a, "valid_to"), text(a, "reason"));
    }

    private static ChildFacts.Shared shared(JsonNode s) {
        JsonNode given = s.get("consent_given");
        return new ChildFacts.Shared(uuid(s, "sharing_id"), uuid(s, "assignment_id"), text(s, "organisation_id"),
                text(s, "purpose"), text(s, "lawful_basis"), given == null || given.isNull() ? null : given.asBoolean(),
                date(s, "consent_withdrawn_on"), date(s, "ends_on"), date(s, "ended_on"));
    }

    /** The user's assignments in force that could reach these children (theirs, their teams', the council's). */
    List<Assignment> assignments(Actor actor, List<UUID> childIds) {
        Reading r = reading.get();
        if (r != null && r.actor.equals(actor)) {
            if (r.assignments == null) {
                r.assignments = everyAssignment(actor);
            }
            return r.assignments;
        }
        String[] ids = childIds.stream().map(UUID::toString).toArray(String[]::new);
        return jdbc.query(ASSIGNMENTS + FOR_CHILDREN, (rs, n) -> assignment(rs),
                actor.username(), organisationHolder(actor), ids);
    }

    private static final String ASSIGNMENTS = "SELECT assignment_id, holder_kind, holder_id, role, scope_kind, "
            + "scope_id, grant_type, parts, valid_from, valid_to, reason FROM role_assignment WHERE ((holder_kind = "
            + "'USER' AND holder_id = ?) OR (holder_kind = 'ORGANISATION' AND holder_id = ?)) "
            + "AND valid_from <= now() AND (valid_to IS NULL OR valid_to > now()) ";
    /** Of {@link #ASSIGNMENTS}, those that could reach the children given (every scope but another child's). */
    private static final String FOR_CHILDREN = "AND (scope_kind <> 'CHILD' OR scope_id = ANY(?))";

    /** Every assignment in force the user holds, over any child too: the policy matches each to the child judged. */
    private List<Assignment> everyAssignment(Actor actor) {
        return jdbc.query(ASSIGNMENTS, (rs, n) -> assignment(rs), actor.username(), organisationHolder(actor));
    }

    private static String organisationHolder(Actor actor) {
        return actor.role().partner() && actor.organisationId() != null ? actor.organisationId() : "";
    }

    /**
     * The children on whom the user holds, now, a time-limited SPECIFIC grant given for a reason that begins so (the
     * out-of-hours duty's grant on a child whose message may suggest harm): to know which children to ask about, not
     * what they may see of them, which each child's judgement says as ever. Inside {@link #readingOnce}, from the
     * assignments already read.
     */
    public Set<UUID> grantedChildren(Actor actor, String reasonBeginning) {
        Reading r = reading.get();
        List<Assignment> held = r != null && r.actor.equals(actor) ? assignments(actor, List.of())
                : everyAssignment(actor);
        Instant now = Instant.now();
        Set<UUID> out = new java.util.LinkedHashSet<>();
        for (Assignment a : held) {
            if (a.holderKind() == Assignment.HolderKind.USER && a.holderId().equals(actor.username())
                    && a.scope() == Assignment.Scope.CHILD && a.grantType() == Assignment.GrantType.SPECIFIC
                    && a.reason() != null && a.reason().startsWith(reasonBeginning)
                    && !a.validFrom().isAfter(now) && a.validTo() != null && a.validTo().isAfter(now)) {
                out.add(UUID.fromString(a.scopeId()));
            }
        }
        return out;
    }

    static Assignment assignment(ResultSet rs) throws SQLException {
        Array parts = rs.getArray(8);
        java.sql.Timestamp to = rs.getTimestamp(10);
        return new Assignment(rs.getObject(1, UUID.class), Assignment.HolderKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), Assignment.Scope.valueOf(rs.getString(5)), rs.getString(6),
                Assignment.GrantType.valueOf(rs.getString(7)),
                parts == null ? null : Set.copyOf(Arrays.asList((String[]) parts.getArray())),
                rs.getTimestamp(9).toInstant(), to == null ? null : to.toInstant(), rs.getString(11));
    }

    /** Who is allocated to each child today, in which role and team. */
    Map<UUID, ChildFacts> facts(List<UUID> childIds) {
        Reading r = reading.get();
        if (r == null) {
            return readFacts(childIds);
        }
        List<UUID> unread = childIds.stream().filter(id -> !r.facts.containsKey(id)).distinct().toList();
        if (!unread.isEmpty()) {
            r.facts.putAll(readFacts(unread));
        }
        Map<UUID, ChildFacts> out = new HashMap<>();
        childIds.forEach(id -> out.put(id, r.facts.get(id)));
        return out;
    }

    private Map<UUID, ChildFacts> readFacts(List<UUID> childIds) {
        Map<UUID, ChildFacts> out = factsWhere("i.invo_person_id = ANY(?)", childIds.toArray(UUID[]::new));
        for (UUID id : childIds) {
            out.putIfAbsent(id, new ChildFacts(id, null, List.of()));
        }
        return out;
    }

    /** Who is allocated to a child (of {@code ssd_involvements} as i), in which role and team; a condition follows. */
    private static final String ALLOCATIONS = "SELECT i.invo_person_id AS child, i.invo_professional_id AS username, "
            + "i.invo_professional_role_id AS role, coalesce(u.team_id, i.invo_professional_team) AS team "
            + "FROM ssd_involvements i LEFT JOIN hearth_user u ON u.username = i.invo_professional_id WHERE ";

    /** The allocations (of {@code ssd_involvements} as {@code alias}) in force today. */
    private static String today(String alias) {
        return alias + ".invo_involvement_start_date <= current_date AND (" + alias + ".invo_involvement_end_date IS "
                + "NULL OR " + alias + ".invo_involvement_end_date >= current_date)";
    }

    /** The facts of the children the condition names, in the order of their ids, each with its allocations today. */
    private Map<UUID, ChildFacts> factsWhere(String children, Object argument) {
        Map<UUID, List<ChildFacts.Allocated>> allocations = new LinkedHashMap<>();
        jdbc.query(ALLOCATIONS + children + " AND " + today("i") + " ORDER BY i.invo_person_id",
                rs -> {
                    allocations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ChildFacts.Allocated(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, argument);
        Map<UUID, ChildFacts> out = new LinkedHashMap<>();
        allocations.forEach((id, allocated) -> out.put(id, new ChildFacts(id, null, allocated)));
        return out;
    }

    /**
     * The children allocated to this worker today, in the order of their ids (as {@code JourneyService.allocatedTo}):
     * nothing judged, no one's details. Read with every allocation of theirs today, so that inside
     * {@link #readingOnce} judging them next (a caseload) reads no more facts (issue 15: My work's statements).
     */
    public List<UUID> allocatedTo(String worker) {
        Map<UUID, ChildFacts> read = factsWhere("i.invo_person_id IN (SELECT a.invo_person_id FROM ssd_involvements a "
                + "WHERE a.invo_professional_id = ? AND " + today("a") + ")", worker);
        Reading r = reading.get();
        if (r != null) {
            read.forEach(r.facts::putIfAbsent);
        }
        return List.copyOf(read.keySet());
    }
}
