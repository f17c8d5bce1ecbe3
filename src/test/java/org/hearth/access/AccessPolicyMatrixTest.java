package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hearth.notes.CaseNote;
import org.hearth.notes.CaseNoteAmendment;
import org.hearth.people.Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each role sees and changes of a child's record, for each way they can relate to the child — read like a
 * matrix (after Primero's ability_spec). Every row is run for every role, and every part of the record for both
 * reading and writing: practitioners get the row's view; analysts and administrators get nothing whatever the
 * assignment says. Any allow the row does not list fails (and so does any deny it does).
 */
class AccessPolicyMatrixTest {
    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-00000000c41d");
    static final String MY_TEAM = "my-team";
    static final String IRO_TEAM = "iro-service";

    // ── The parts, as the API names them ──────────────────────────────────────────────────────────────────────
    static final List<String> PARTS = RecordParts.KNOWN;
    static final Set<String> NOTHING = Set.of();
    static final Set<String> WHOLE_RECORD = without(PARTS, "access");
    static final Set<String> WHOLE_RECORD_AND_ACCESS = Set.copyOf(PARTS);
    // The family help worker's part includes the family help plan (its goals, actions and reviews) but not a child in
    // need plan's outcomes, actions, reviews or follow-up, which are statutory work.
    static final Set<String> FAMILY_HELP = Set.of("person", "early-help", "family-help-plans", "family-help-goals",
            "family-help-actions", "family-help-reviews", "contacts", "visits", "people-who-matter",
            "relationships", "addresses", "family-adults", "warnings", "clocks", "case-notes", "case-note-amendments",
            "involvements", "partner-assessments");
    static final Set<String> CARE_LEAVER = Set.of("person", "care-leaver-contacts", "addresses", "people-who-matter",
            "relationships", "family-adults", "immigration-statuses", "warnings", "clocks", "case-notes", "case-note-amendments");
    static final Set<String> CARE_LEAVER_AND_HISTORY = plus(CARE_LEAVER, "care-periods", "legal-statuses", "placements",
            "care-milestones");
    static final Set<String> IRO_RECORDS = Set.of("initial-conferences", "care-reviews", "cp-reviews", "challenges");
    static final Set<String> GRANTED_VISITS_AND_PLACEMENTS = Set.of("person", "visits", "placements");

    // ── The matrix ────────────────────────────────────────────────────────────────────────────────────────────
    //    how the user relates to the child                  reads                    writes                 sees "do not disclose"
    static final List<Row> MATRIX = List.of(
        row("allocated social worker",                      allocated("SW"),         WHOLE_RECORD,          WHOLE_RECORD,            true),
        row("allocated family help worker",                 allocated("EHW"),        FAMILY_HELP,           FAMILY_HELP,             true),
        row("allocated personal adviser",                   allocated("PA"),         CARE_LEAVER_AND_HISTORY, CARE_LEAVER,           true),
        row("IRO of the child",                             allocated("IRO"),        WHOLE_RECORD,          IRO_RECORDS,             false),
        row("manager of the social worker's team",          managerOfTeamHolding("SW"),  WHOLE_RECORD_AND_ACCESS, WHOLE_RECORD_AND_ACCESS, true),
        row("manager of the family help worker's team",     managerOfTeamHolding("EHW"), plus(FAMILY_HELP, "access"), plus(FAMILY_HELP, "access"), true),
        row("manager of the personal adviser's team",       managerOfTeamHolding("PA"),  plus(CARE_LEAVER_AND_HISTORY, "access"), plus(CARE_LEAVER, "access"), true),
        row("manager of the child's IRO's team",            managerOfTheIrosTeam(),  WHOLE_RECORD,          NOTHING,                 false),
        row("manager of another team",                      managerOfAnotherTeam(),  NOTHING,               NOTHING,                 false),
        row("grant of visits and placements",               grant(Set.of("visits", "placements")), GRANTED_VISITS_AND_PLACEMENTS, NOTHING, false),
        row("grant of the documents",                       grant(Set.of("documents")), Set.of("person", "documents"), NOTHING,  false),
        row("grant of the whole record",                    grant(null),             WHOLE_RECORD,          NOTHING,                 false),
        row("grant, expired",                               expired(grant(null)),    NOTHING,               NOTHING,                 false),
        row("break-glass, live",                            breakGlass(),            WHOLE_RECORD,          NOTHING,                 false),
        row("break-glass, expired",                         expired(breakGlass()),   NOTHING,               NOTHING,                 false),
        row("excluded, though allocated social worker",     excluded(allocated("SW")), NOTHING,             NOTHING,                 false),
        row("excluded, though the team's manager",          excluded(managerOfTeamHolding("SW")), NOTHING,  NOTHING,                 false),
        row("excluded council-wide, though break-glass",    excludedEverywhere(breakGlass()), NOTHING,      NOTHING,                 false),
        row("allocation ended",                             expired(allocated("SW")), NOTHING,              NOTHING,                 false),
        row("allocation not yet started",                   notYetStarted(allocated("SW")), NOTHING,        NOTHING,                 false),
        row("allocated in a role Hearth does not know",     allocated("FRIEND"),     NOTHING,               NOTHING,                 false),
        row("allocated as lowercase 'sw'",                  allocated("sw"),         NOTHING,               NOTHING,                 false),
        row("allocated to another child",                   allocatedToAnotherChild(), NOTHING,             NOTHING,                 false),
        row("IRO of the child, also granted visits"      , both(allocated("IRO"), grant(Set.of("visits"))), WHOLE_RECORD, IRO_RECORDS, false),
        row("no relationship",                              none(),                  NOTHING,               NOTHING,                 false));

    // ── Running it ────────────────────────────────────────────────────────────────────────────────────────────
    static Stream<Arguments> everyRoleAndRelationship() {
        List<Arguments> out = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyRoleAndRelationship")
    void shouldOpenExactlyTheRowsPartsAndNoOthers(Role role, Row row) {
        Actor me = new Actor("me", "Me", role, MY_TEAM);
        Situation s = row.relation().apply(me);
        View view = AccessPolicy.view(me, s.assignments(), s.child(), NOW);
        boolean practitioner = role.practitioner();
        Set<String> reads = practitioner ? row.reads() : NOTHING;
        Set<String> writes = practitioner ? row.writes() : NOTHING;

        List<String> wrong = new ArrayList<>();
        for (String part : PARTS) {
            if (view.canRead(part) != reads.contains(part)) {
                wrong.add((view.canRead(part) ? "wrongly reads " : "cannot read ") + part);
            }
            if (view.canWrite(part) != writes.contains(part)) {
                wrong.add((view.canWrite(part) ? "wrongly writes " : "cannot write ") + part);
            }
        }
        assertThat(view.canRead("record")).as("opens the record at all").isEqualTo(!reads.isEmpty());
        assertThat(wrong).as(role + ", " + row).isEmpty();
        Address refuge = new Address(UUID.randomUUID(), CHILD, "HOME", "1 Safe Street", "AB1 2CD",
                LocalDate.of(2025, 1, 1), null, true);
        assertThat(view.shows(refuge)).as("shows an address flagged do not disclose")
                .isEqualTo(practitioner && row.seesRestricted());
        // A confidential document is a "do not disclose" record: listed and downloaded only by a view that reads the
        // documents and may see such records (the allocated worker and their manager), never an IRO, grant or break-glass.
        org.hearth.documents.Document confidential = new org.hearth.documents.Document(UUID.randomUUID(), CHILD, "REPORT",
                "Refuge letter", LocalDate.of(2025, 1, 1), true, null, null, "Refuge-letter.pdf", "application/pdf", 10,
                "0".repeat(64), "postgres", "doc/k", "sw", "2025-01-01T00:00:00Z");
        assertThat(view.canRead("documents") && view.shows(confidential)).as("shows a confidential document")
                .isEqualTo(practitioner && row.seesRestricted() && reads.contains("documents"));
        assertThat(view.canRead("documents") && view.shows(new org.hearth.documents.Document(UUID.randomUUID(), CHILD,
                "REPORT", "Letter", LocalDate.of(2025, 1, 1), false, null, null, "Letter.pdf", "application/pdf", 10,
                "0".repeat(64), "postgres", "doc/k2", "sw", "2025-01-01T00:00:00Z")))
                .as("shows an ordinary document").isEqualTo(reads.contains("documents"));
        CaseNote restrictedNote = new CaseNote(UUID.randomUUID(), CHILD, LocalDate.of(2025, 1, 1), "PHONE_CALL",
                "Mother", "Told us where she is living now", true, null, null, "sw.one", NOW);
        assertThat(view.shows(restrictedNote)).as("shows a restricted case note")
                .isEqualTo(practitioner && row.seesRestricted());
        assertThat(view.shows(new CaseNoteAmendment(UUID.randomUUID(), CHILD, restrictedNote.id(),
                LocalDate.of(2025, 1, 2), "Told us where she lives", "wrong word", true, "sw.one", NOW)))
                .as("shows a correction of a restricted case note").isEqualTo(practitioner && row.seesRestricted());
        if (!reads.isEmpty()) {
            assertThat(view.shows(new CaseNote(UUID.randomUUID(), CHILD, LocalDate.of(2025, 1, 1), "VISIT", null,
                    "Played football", false, null, null, "sw.one", NOW))).as("shows an ordinary case note").isTrue();
            assertThat(view.shows(new Address(UUID.randomUUID(), CHILD, "HOME", "2 Any Street", "AB1 2CD",
                    LocalDate.of(2025, 1, 1), null))).as("shows an ordinary address").isTrue();
        }
    }

    // ── The health flag look-up (CP-IS) ───────────────────────────────────────────────────────────────────────
    //    A health partner reads the health flag part of a child who carries a flag, on a live look-up assignment,
    //    and nothing else; every other role reads nothing through such an assignment or a flag.
    static final Set<String> HEALTH_FLAG = Set.of("health-flags");
    static final List<HealthRow> HEALTH = List.of(
        health("look-up assignment, child flagged",          lookup(null),                              true,  HEALTH_FLAG),
        health("look-up assignment, child not flagged",      lookup(null),                              false, NOTHING),
        health("no look-up assignment, child flagged",       me -> List.of(),                           true,  NOTHING),
        health("look-up assignment ended, child flagged",    lookup(NOW.minus(Duration.ofMinutes(1))),  true,  NOTHING),
        health("look-up assignment for another user",        me -> List.of(assignment("someone-else", "HEALTH_FLAG_LOOKUP",
                Assignment.Scope.COUNCIL, null, Assignment.GrantType.STANDARD, null, null)),             true,  NOTHING),
        health("look-up role but scoped to one child",       me -> List.of(assignment(me.username(), "HEALTH_FLAG_LOOKUP",
                Assignment.Scope.CHILD, CHILD.toString(), Assignment.GrantType.STANDARD, null, null)),   true,  NOTHING),
        health("a grant, not a standing look-up",          me -> List.of(assignment(me.username(), "HEALTH_FLAG_LOOKUP",
                Assignment.Scope.COUNCIL, null, Assignment.GrantType.SPECIFIC, null, null)),             true,  NOTHING),
        health("look-up assignment, but excluded",           me -> {
                    List<Assignment> all = new ArrayList<>(lookup(null).apply(me));
                    all.add(assignment(me.username(), "EXCLUDED", Assignment.Scope.CHILD, CHILD.toString(),
                            Assignment.GrantType.EXCLUDED, null, null));
                    return all; },                                                                        true,  NOTHING),
        health("allocated social worker's assignment, flagged", me -> List.of(Assignment.allocation(me.username(), "SW",
                CHILD, AccessPolicyMatrixTest.FROM, null)),                                                                      true,  NOTHING),
        health("break-glass, flagged",                       me -> breakGlass().apply(me).assignments(), true,  NOTHING));

    record HealthRow(String relationship, Function<Actor, List<Assignment>> assignments, boolean flagged,
                     Set<String> reads) {
        @Override
        public String toString() {
            return relationship;
        }
    }

    static HealthRow health(String relationship, Function<Actor, List<Assignment>> assignments, boolean flagged,
                            Set<String> reads) {
        return new HealthRow(relationship, assignments, flagged, reads);
    }

    static Function<Actor, List<Assignment>> lookup(Instant to) {
        return me -> List.of(assignment(me.username(), "HEALTH_FLAG_LOOKUP", Assignment.Scope.COUNCIL, null,
                Assignment.GrantType.STANDARD, null, to));
    }

    static Stream<Arguments> everyRoleAndHealthRow() {
        List<Arguments> out = new ArrayList<>();
        for (HealthRow row : HEALTH) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyRoleAndHealthRow")
    void shouldLetOnlyAHealthPartnerReadOnlyAFlaggedChildsFlag(Role role, HealthRow row) {
        Actor me = new Actor("me", "Me", role, null);
        ChildFacts child = ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team"))
                .flagged(row.flagged());
        View view = AccessPolicy.view(me, row.assignments().apply(me), child, NOW);
        // A practitioner's own relationships are the main matrix's; here only what a health partner reads is at stake.
        Set<String> reads = role == Role.HEALTH_PARTNER ? row.reads()
                : role.practitioner() && !row.relationship().startsWith("look-up")
                        && !row.relationship().startsWith("no look-up") ? null : NOTHING;
        if (reads == null) {
            return; // a practitioner's allocation or break-glass: covered by the main matrix, flag or not
        }
        List<String> wrong = new ArrayList<>();
        for (String part : PARTS) {
            if (view.canRead(part) != reads.contains(part)) {
                wrong.add((view.canRead(part) ? "wrongly reads " : "cannot read ") + part);
            }
            if (view.canWrite(part)) {
                wrong.add("wrongly writes " + part);
            }
        }
        for (String page : List.of("record", "caseload", "reviews")) {
            if (view.canRead(page)) {
                wrong.add("wrongly opens the " + page + " page");
            }
        }
        assertThat(wrong).as(role + ", " + row).isEmpty();
        assertThat(view.shows(new Address(UUID.randomUUID(), CHILD, "HOME", "1 Safe Street", "AB1 2CD",
                LocalDate.of(2025, 1, 1), null, true))).as("shows a do-not-disclose address").isFalse();
    }

    // ── The relationships ─────────────────────────────────────────────────────────────────────────────────────
    record Situation(List<Assignment> assignments, ChildFacts child) {}

    record Row(String relationship, Function<Actor, Situation> relation, Set<String> reads, Set<String> writes,
               boolean seesRestricted) {
        @Override
        public String toString() {
            return relationship;
        }
    }

    static Row row(String relationship, Function<Actor, Situation> relation, Set<String> reads, Set<String> writes,
                   boolean seesRestricted) {
        return new Row(relationship, relation, reads, writes, seesRestricted);
    }

    static final Instant FROM = NOW.minus(Duration.ofDays(30));

    static Assignment assignment(String holder, String role, Assignment.Scope scope, String scopeId,
                                 Assignment.GrantType type, Set<String> parts, Instant to) {
        return new Assignment(UUID.randomUUID(), Assignment.HolderKind.USER, holder, role, scope, scopeId, type, parts,
                FROM, to, "test");
    }

    /** The user allocated to the child in this SSD involvement role. */
    static Function<Actor, Situation> allocated(String role) {
        return me -> new Situation(List.of(Assignment.allocation(me.username(), role, CHILD, FROM, null)),
                ChildFacts.of(CHILD, new ChildFacts.Allocated(me.username(), role, MY_TEAM)));
    }

    /** A worker of the user's team holds the child in this role; the user manages the team. */
    static Function<Actor, Situation> managerOfTeamHolding(String role) {
        return me -> new Situation(List.of(assignment(me.username(), "TEAM_MANAGER", Assignment.Scope.TEAM, MY_TEAM,
                Assignment.GrantType.STANDARD, null, null)),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", role, MY_TEAM)));
    }

    /** The user manages the IRO service; one of its IROs chairs the child's reviews, another team holds the case. */
    static Function<Actor, Situation> managerOfTheIrosTeam() {
        return me -> new Situation(List.of(assignment(me.username(), "TEAM_MANAGER", Assignment.Scope.TEAM, IRO_TEAM,
                Assignment.GrantType.STANDARD, null, null)),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("iro", "IRO", IRO_TEAM),
                        new ChildFacts.Allocated("worker", "SW", "another-team")));
    }

    static Function<Actor, Situation> managerOfAnotherTeam() {
        return me -> new Situation(List.of(assignment(me.username(), "TEAM_MANAGER", Assignment.Scope.TEAM, MY_TEAM,
                Assignment.GrantType.STANDARD, null, null)),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team")));
    }

    static Function<Actor, Situation> allocatedToAnotherChild() {
        return me -> new Situation(List.of(Assignment.allocation(me.username(), "SW", UUID.randomUUID(), FROM, null)),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team")));
    }

    static Function<Actor, Situation> grant(Set<String> parts) {
        return me -> new Situation(List.of(assignment(me.username(), "GRANTEE", Assignment.Scope.CHILD,
                CHILD.toString(), Assignment.GrantType.SPECIFIC, parts, NOW.plus(Duration.ofDays(5)))),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team")));
    }

    static Function<Actor, Situation> breakGlass() {
        return me -> new Situation(List.of(assignment(me.username(), "BREAK_GLASS", Assignment.Scope.CHILD,
                CHILD.toString(), Assignment.GrantType.BREAK_GLASS, null, NOW.plus(Duration.ofMinutes(30)))),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team")));
    }

    /** The same assignments, ended before now. */
    static Function<Actor, Situation> expired(Function<Actor, Situation> relation) {
        return me -> {
            Situation s = relation.apply(me);
            return new Situation(s.assignments().stream().map(a -> new Assignment(a.id(), a.holderKind(), a.holderId(),
                    a.role(), a.scope(), a.scopeId(), a.grantType(), a.parts(), a.validFrom(),
                    NOW.minus(Duration.ofMinutes(1)), a.reason())).toList(), s.child());
        };
    }

    static Function<Actor, Situation> notYetStarted(Function<Actor, Situation> relation) {
        return me -> {
            Situation s = relation.apply(me);
            return new Situation(s.assignments().stream().map(a -> new Assignment(a.id(), a.holderKind(), a.holderId(),
                    a.role(), a.scope(), a.scopeId(), a.grantType(), a.parts(), NOW.plus(Duration.ofDays(1)), null,
                    a.reason())).toList(), s.child());
        };
    }

    /** The same relationship, plus a conflict-of-interest wall around the child. */
    static Function<Actor, Situation> excluded(Function<Actor, Situation> relation) {
        return me -> {
            Situation s = relation.apply(me);
            List<Assignment> all = new ArrayList<>(s.assignments());
            all.add(assignment(me.username(), "EXCLUDED", Assignment.Scope.CHILD, CHILD.toString(),
                    Assignment.GrantType.EXCLUDED, null, null));
            return new Situation(all, s.child());
        };
    }

    static Function<Actor, Situation> excludedEverywhere(Function<Actor, Situation> relation) {
        return me -> {
            Situation s = relation.apply(me);
            List<Assignment> all = new ArrayList<>(s.assignments());
            all.add(assignment(me.username(), "EXCLUDED", Assignment.Scope.COUNCIL, null,
                    Assignment.GrantType.EXCLUDED, null, null));
            return new Situation(all, s.child());
        };
    }

    static Function<Actor, Situation> both(Function<Actor, Situation> a, Function<Actor, Situation> b) {
        return me -> {
            Situation x = a.apply(me);
            Situation y = b.apply(me);
            List<Assignment> all = new ArrayList<>(x.assignments());
            all.addAll(y.assignments());
            List<ChildFacts.Allocated> allocations = new ArrayList<>(x.child().allocations());
            allocations.addAll(y.child().allocations());
            return new Situation(all, new ChildFacts(CHILD, null, allocations));
        };
    }

    static Function<Actor, Situation> none() {
        return me -> new Situation(List.of(), ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team")));
    }

    // ── The council's return files (not a part of one child's record) ──────────────────────────────────────────
    //    what the user holds                                   who may then use the return files
    static final Set<Role> ANALYSTS = Set.of(Role.DATA_ANALYST);
    static final Set<Role> ANALYSTS_AND_PRACTITIONERS = Set.of(Role.DATA_ANALYST, Role.SOCIAL_WORKER,
            Role.TEAM_MANAGER, Role.IRO, Role.EARLY_HELP_WORKER, Role.PERSONAL_ADVISER);
    static final List<CouncilRow> RETURN_FILES = List.of(
        councilRow("no assignment",                              List.of(),                                   ANALYSTS),
        councilRow("performance team, council-wide",             List.of(performance(Assignment.Scope.COUNCIL, null, null)), ANALYSTS_AND_PRACTITIONERS),
        councilRow("performance team, for the return files",     List.of(performance(Assignment.Scope.COUNCIL, Set.of(RecordParts.RETURN_FILES), null)), ANALYSTS_AND_PRACTITIONERS),
        councilRow("performance team, for other parts only",     List.of(performance(Assignment.Scope.COUNCIL, Set.of("visits"), null)), ANALYSTS),
        councilRow("performance team, ended",                    List.of(performance(Assignment.Scope.COUNCIL, null, NOW.minus(Duration.ofMinutes(1)))), ANALYSTS),
        councilRow("performance team, one team only",            List.of(performance(Assignment.Scope.TEAM, null, null)), ANALYSTS),
        councilRow("allocated social worker of a child",         List.of(Assignment.allocation("me", "SW", CHILD, FROM, null)), ANALYSTS),
        councilRow("manager of a team",                          List.of(assignment("me", "TEAM_MANAGER", Assignment.Scope.TEAM, MY_TEAM, Assignment.GrantType.STANDARD, null, null)), ANALYSTS),
        councilRow("break-glass on a child",                     List.of(assignment("me", "BREAK_GLASS", Assignment.Scope.CHILD, CHILD.toString(), Assignment.GrantType.BREAK_GLASS, null, NOW.plusSeconds(600))), ANALYSTS),
        councilRow("another user's performance assignment",      List.of(new Assignment(UUID.randomUUID(), Assignment.HolderKind.USER, "someone-else", Assignment.PERFORMANCE, Assignment.Scope.COUNCIL, null, Assignment.GrantType.STANDARD, null, FROM, null, "test")), ANALYSTS));

    record CouncilRow(String holding, List<Assignment> assignments, Set<Role> allowed) {
        @Override
        public String toString() {
            return holding;
        }
    }

    static CouncilRow councilRow(String holding, List<Assignment> assignments, Set<Role> allowed) {
        return new CouncilRow(holding, assignments, allowed);
    }

    static Assignment performance(Assignment.Scope scope, Set<String> parts, Instant to) {
        return assignment("me", Assignment.PERFORMANCE, scope, scope == Assignment.Scope.COUNCIL ? null : MY_TEAM,
                Assignment.GrantType.STANDARD, parts, to);
    }

    static Stream<Arguments> everyRoleAndCouncilHolding() {
        List<Arguments> out = new ArrayList<>();
        for (CouncilRow row : RETURN_FILES) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "return files: {0}, {1}")
    @MethodSource("everyRoleAndCouncilHolding")
    void shouldLetOnlyAnalystsAndThePerformanceTeamUseTheReturnFiles(Role role, CouncilRow row) {
        Actor me = new Actor("me", "Me", role, MY_TEAM);
        java.util.Optional<String> refused = AccessPolicy.returnFiles(me, row.assignments(), NOW);
        assertThat(refused.isEmpty()).as(role + ", " + row).isEqualTo(row.allowed().contains(role));
        refused.ifPresent(reason -> assertThat(reason).as("says why in words").contains("return files"));
        // The return files are the council's, not a child's: no view of a child opens them.
        assertThat(PARTS).doesNotContain(RecordParts.RETURN_FILES);
    }

    private static Set<String> without(List<String> all, String... gone) {
        Set<String> out = new HashSet<>(all);
        List.of(gone).forEach(out::remove);
        return Set.copyOf(out);
    }

    private static Set<String> plus(Set<String> some, String... more) {
        Set<String> out = new HashSet<>(some);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }

    // ── A request for information (MASH) addressed to an organisation ──────────────────────────────────────────
    //    Whoever asks, the request's view opens only who the child is and the requests, to the organisation asked.
    record RequestRow(String situation, String actorOrganisation, String askedOrganisation, boolean excluded,
                      boolean opens) {
        @Override
        public String toString() {
            return situation;
        }
    }

    static final List<RequestRow> REQUESTS = List.of(
            new RequestRow("the organisation asked", "ORG-A", "ORG-A", false, true),
            new RequestRow("another organisation", "ORG-B", "ORG-A", false, false),
            new RequestRow("no organisation", null, "ORG-A", false, false),
            new RequestRow("the organisation asked, but excluded", "ORG-A", "ORG-A", true, false));

    static Stream<Arguments> everyRoleAndRequestRow() {
        List<Arguments> out = new ArrayList<>();
        for (RequestRow row : REQUESTS) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "information request: {0}, {1}")
    @MethodSource("everyRoleAndRequestRow")
    void shouldLetOnlyThePartnerAskedReadWhoTheChildIsAndAnswerTheRequest(Role role, RequestRow row) {
        Actor me = new Actor("me", "Me", role, null);
        List<Assignment> assignments = row.excluded() ? List.of(assignment("me", "SW", Assignment.Scope.CHILD,
                CHILD.toString(), Assignment.GrantType.EXCLUDED, null, null)) : List.of();
        View view = AccessPolicy.informationRequest(me, row.actorOrganisation(), row.askedOrganisation(), assignments,
                ChildFacts.of(CHILD), NOW);
        boolean opens = row.opens() && role.partner();
        Set<String> reads = opens ? Set.of("person", "information-requests") : NOTHING;
        Set<String> writes = opens ? Set.of("information-requests") : NOTHING;
        List<String> wrong = new ArrayList<>();
        for (String part : PARTS) {
            if (view.canRead(part) != reads.contains(part)) {
                wrong.add((view.canRead(part) ? "wrongly reads " : "cannot read ") + part);
            }
            if (view.canWrite(part) != writes.contains(part)) {
                wrong.add((view.canWrite(part) ? "wrongly writes " : "cannot write ") + part);
            }
        }
        for (String page : List.of("record", "caseload", "reviews")) {
            if (view.canRead(page)) {
                wrong.add("wrongly opens the " + page + " page");
            }
        }
        assertThat(wrong).as(role + ", " + row).isEmpty();
        assertThat(view.shows(new Address(UUID.randomUUID(), CHILD, "HOME", "1 Safe Street", "AB1 2CD",
                LocalDate.of(2025, 1, 1), null, true))).as("shows a do-not-disclose address").isFalse();
    }

    // ── Partners' referrals to the front door ───────────────────────────────────────────────────────────────────
    static Stream<Arguments> everyRoleAndReferralUse() {
        List<Arguments> out = new ArrayList<>();
        for (Role role : Role.values()) {
            for (AccessPolicy.ReferralUse use : AccessPolicy.ReferralUse.values()) {
                out.add(Arguments.of(role, use, "ORG-A"));
                out.add(Arguments.of(role, use, null));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "partner referrals: {0}, {1}, organisation {2}")
    @MethodSource("everyRoleAndReferralUse")
    void shouldLetPartnersReferAndOnlyTheFrontDoorTakeReferralsIn(Role role, AccessPolicy.ReferralUse use,
                                                                    String organisation) {
        Actor me = new Actor("me", "Me", role, null);
        boolean allowed = use == AccessPolicy.ReferralUse.REFER ? role.partner() && organisation != null
                : role.practitioner() && role != Role.IRO;
        assertThat(AccessPolicy.partnerReferrals(me, organisation, use).isEmpty()).as(role + ", " + use).isEqualTo(allowed);
    }
}
