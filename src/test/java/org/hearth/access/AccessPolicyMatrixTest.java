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
    static final Set<String> CARE_LEAVER = Set.of("person", "care-leaver-contacts", "pathway-plans",
            "pathway-plan-sections", "pathway-plan-actions", "pathway-plan-reviews", "pathway-plan-comments",
            "help-requests", "addresses", "people-who-matter",
            "relationships", "family-adults", "immigration-statuses", "warnings", "clocks", "case-notes", "case-note-amendments");
    // A personal adviser also works with the young person's own space: reads it, writes the plan in their words and
    // the offer of an advocate, and invites or pauses their account.
    static final Set<String> CARE_LEAVER_AND_HISTORY = plus(CARE_LEAVER, "care-periods", "legal-statuses", "placements",
            "care-milestones", "my-plan", "my-views", "my-ambitions", "my-people", "advocacy", "portal");
    static final Set<String> CARE_LEAVER_WRITES = plus(CARE_LEAVER, "my-plan", "advocacy", "portal");
    static final Set<String> IRO_RECORDS = Set.of("initial-conferences", "care-reviews", "cp-reviews", "challenges",
            "delegated-authority-reviews");
    static final Set<String> GRANTED_VISITS_AND_PLACEMENTS = Set.of("person", "visits", "placements");

    // ── The matrix ────────────────────────────────────────────────────────────────────────────────────────────
    //    how the user relates to the child                  reads                    writes                 sees "do not disclose"
    static final List<Row> MATRIX = List.of(
        row("allocated social worker",                      allocated("SW"),         WHOLE_RECORD,          WHOLE_RECORD,            true),
        row("allocated family help worker",                 allocated("EHW"),        FAMILY_HELP,           FAMILY_HELP,             true),
        row("allocated personal adviser",                   allocated("PA"),         CARE_LEAVER_AND_HISTORY, CARE_LEAVER_WRITES,    true),
        row("IRO of the child",                             allocated("IRO"),        WHOLE_RECORD,          IRO_RECORDS,             false),
        row("manager of the social worker's team",          managerOfTeamHolding("SW"),  WHOLE_RECORD_AND_ACCESS, WHOLE_RECORD_AND_ACCESS, true),
        row("manager of the family help worker's team",     managerOfTeamHolding("EHW"), plus(FAMILY_HELP, "access"), plus(FAMILY_HELP, "access"), true),
        row("manager of the personal adviser's team",       managerOfTeamHolding("PA"),  plus(CARE_LEAVER_AND_HISTORY, "access"), plus(CARE_LEAVER_WRITES, "access"), true),
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

    // ── The child's own space (CHILD and YOUNG_PERSON) ────────────────────────────────────────────────────────
    //    A child or care leaver reads only the parts written for or by them, of their own record, through a live SELF
    //    link; they write their views, ambitions, people and advocacy answer. Never a kind of the record (other
    //    family members, the referral's source, case notes), never a restricted record, never another child's record.
    //    Every other role reads nothing through a SELF link.
    //    A care leaver (or an eligible 16–17-year-old) reads their own pathway plan, comments on it and asks for help.
    static final Set<String> CHILD_OWN = Set.of("my-plan", "my-views", "my-ambitions", "my-people", "advocacy",
            "pathway-plans", "pathway-plan-sections", "pathway-plan-actions", "pathway-plan-reviews",
            "pathway-plan-comments", "help-requests");
    static final Set<String> CHILD_WRITES = Set.of("my-views", "my-ambitions", "my-people", "advocacy",
            "pathway-plan-comments", "help-requests");
    static final List<Row> SELF = List.of(
        row("linked to their own record",                   self(CHILD.toString(), Assignment.GrantType.STANDARD, null), CHILD_OWN, CHILD_WRITES, false),
        row("linked to another child's record",             self(UUID.randomUUID().toString(), Assignment.GrantType.STANDARD, null), NOTHING, NOTHING, false),
        row("paused (the link ended)",                      self(CHILD.toString(), Assignment.GrantType.STANDARD, NOW.minus(Duration.ofSeconds(1))), NOTHING, NOTHING, false),
        row("link not yet started",                         notYetStarted(self(CHILD.toString(), Assignment.GrantType.STANDARD, null)), NOTHING, NOTHING, false),
        row("no link",                                      none(),                  NOTHING,               NOTHING,                 false),
        row("a SELF grant, not a standing link",            self(CHILD.toString(), Assignment.GrantType.SPECIFIC, null), NOTHING, NOTHING, false),
        row("linked, but excluded",                         excluded(self(CHILD.toString(), Assignment.GrantType.STANDARD, null)), NOTHING, NOTHING, false),
        row("another user's link to the child",             me -> new Situation(List.of(new Assignment(UUID.randomUUID(),
                Assignment.HolderKind.USER, "someone-else", Assignment.SELF, Assignment.Scope.CHILD, CHILD.toString(),
                Assignment.GrantType.STANDARD, null, NOW.minus(Duration.ofDays(30)), null, "test")), ChildFacts.of(CHILD)), NOTHING, NOTHING, false),
        row("allocated as the child's social worker",       allocated("SW"),         NOTHING,               NOTHING,                 false),
        row("a grant of the whole record",                  grant(null),             NOTHING,               NOTHING,                 false),
        row("break-glass",                                  breakGlass(),            NOTHING,               NOTHING,                 false),
        row("SELF held for a family, not a child",          me -> new Situation(List.of(assignment(me.username(), Assignment.SELF,
                Assignment.Scope.FAMILY, "fam-1", Assignment.GrantType.STANDARD, null, null)),
                new ChildFacts(CHILD, "fam-1", List.of())), NOTHING, NOTHING, false));

    /** The rows a practitioner is held to here too: a SELF link opens nothing to them. */
    static final Set<String> PRACTITIONER_SELF_ROWS = Set.of("linked to their own record", "linked to another child's record",
            "paused (the link ended)", "no link", "another user's link to the child", "SELF held for a family, not a child");

    static Function<Actor, Situation> self(String childId, Assignment.GrantType type, Instant to) {
        return me -> new Situation(List.of(assignment(me.username(), Assignment.SELF, Assignment.Scope.CHILD, childId,
                type, null, to)), ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team")));
    }

    static Stream<Arguments> everyRoleAndSelfRow() {
        List<Arguments> out = new ArrayList<>();
        for (Row row : SELF) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "own space: {0}, {1}")
    @MethodSource("everyRoleAndSelfRow")
    void shouldLetAChildOrCareLeaverSeeOnlyTheirOwnSpace(Role role, Row row) {
        if (role.practitioner() && !PRACTITIONER_SELF_ROWS.contains(row.relationship())) {
            return; // a practitioner's allocation, grant or break-glass (a SELF grant is a grant): the main matrix's rows
        }
        Actor me = new Actor("me", "Me", role, role.practitioner() ? MY_TEAM : null);
        Situation s = row.relation().apply(me);
        View view = AccessPolicy.view(me, s.assignments(), s.child(), NOW);
        boolean inOwnSpace = role == Role.CHILD || role == Role.YOUNG_PERSON;
        Set<String> reads = inOwnSpace ? row.reads() : NOTHING;
        Set<String> writes = inOwnSpace ? row.writes() : NOTHING;
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
        // never third-party or restricted information, even of their own record
        assertThat(view.shows(new Address(UUID.randomUUID(), CHILD, "HOME", "1 Safe Street", "AB1 2CD",
                LocalDate.of(2025, 1, 1), null, true))).as("shows a do-not-disclose address").isFalse();
        assertThat(view.shows(new CaseNote(UUID.randomUUID(), CHILD, LocalDate.of(2025, 1, 1), "PHONE_CALL", "Mother",
                "Where she lives", true, null, null, "sw.one", NOW))).as("shows a restricted case note").isFalse();
        if (inOwnSpace && !reads.isEmpty()) {
            assertThat(view.basis()).isEqualTo(AccessPolicy.Basis.SELF);
        } else if (!role.practitioner()) {
            assertThat(view.isEmpty()).as("refused with a reason").isTrue();
            assertThat(view.refusal()).isNotBlank();
        }
    }

    // ── Carers (issue 12 §2) ──────────────────────────────────────────────────────────────────────────────────
    //    A carer reads, of a child placed with them now (a live CARER assignment mirrored from their link to the
    //    placement), only the carer's parts, and writes only their logs and requests; never a page of the record, a case
    //    note, a family member or anything flagged "do not disclose"; nothing once the placement has ended. No other role
    //    reads anything through a CARER assignment, and a carer reads nothing through any other kind of assignment.
    static final Set<String> CARER_READS = Set.of("carer-essentials", "placement-carers", "delegated-authority",
            "delegated-authority-reviews", "decision-requests", "decision-answers", "carer-logs", "health-needs",
            "schools");
    static final Set<String> CARER_WRITES = Set.of("decision-requests", "carer-logs");
    static final List<CarerRow> CARERS = List.of(
        carerRow("carer of the child's current placement",   me -> List.of(carerLink(me, CHILD, null)),              CARER_READS, CARER_WRITES, NOTHING),
        carerRow("carer, placement ended",                   me -> List.of(carerLink(me, CHILD, NOW.minus(Duration.ofDays(1)))), NOTHING, NOTHING, NOTHING),
        carerRow("carer, link ends at this instant",         me -> List.of(carerLink(me, CHILD, NOW)),               NOTHING,     NOTHING,      NOTHING),
        carerRow("carer, placement not yet started",         me -> notYetStarted(s -> new Situation(List.of(carerLink(me, CHILD, null)), null)).apply(me).assignments(), NOTHING, NOTHING, NOTHING),
        carerRow("carer of another child",                   me -> List.of(carerLink(me, UUID.randomUUID(), null)),  NOTHING,     NOTHING,      NOTHING),
        carerRow("another user's carer link",                me -> List.of(carerLink(new Actor("someone-else", "S", Role.CARER, null), CHILD, null)), NOTHING, NOTHING, NOTHING),
        carerRow("carer, but excluded",                      me -> List.of(carerLink(me, CHILD, null), assignment(me.username(), "EXCLUDED",
                Assignment.Scope.CHILD, CHILD.toString(), Assignment.GrantType.EXCLUDED, null, null)),                NOTHING,     NOTHING,      NOTHING),
        carerRow("carer link given as a grant",              me -> List.of(assignment(me.username(), "CARER", Assignment.Scope.CHILD,
                CHILD.toString(), Assignment.GrantType.SPECIFIC, null, null)),                                        NOTHING,     NOTHING,      null),
        carerRow("carer link over the whole council",        me -> List.of(assignment(me.username(), "CARER", Assignment.Scope.COUNCIL,
                null, Assignment.GrantType.STANDARD, null, null)),                                                    NOTHING,     NOTHING,      NOTHING),
        carerRow("carer allocated as the social worker",     me -> List.of(Assignment.allocation(me.username(), "SW", CHILD, AccessPolicyMatrixTest.FROM, null)), NOTHING, NOTHING, null),
        carerRow("carer granted the whole record",           me -> grant(null).apply(me).assignments(),                 NOTHING,     NOTHING,      null),
        carerRow("carer using break-glass",                  me -> breakGlass().apply(me).assignments(),                NOTHING,     NOTHING,      null),
        carerRow("no link",                                  me -> List.of(),                                          NOTHING,     NOTHING,      NOTHING));

    record CarerRow(String relationship, Function<Actor, List<Assignment>> assignments, Set<String> carerReads,
                    Set<String> carerWrites, Set<String> othersRead) {
        @Override
        public String toString() {
            return relationship;
        }
    }

    static CarerRow carerRow(String relationship, Function<Actor, List<Assignment>> assignments, Set<String> carerReads,
                             Set<String> carerWrites, Set<String> othersRead) {
        return new CarerRow(relationship, assignments, carerReads, carerWrites, othersRead);
    }

    static Assignment carerLink(Actor holder, UUID child, Instant to) {
        return new Assignment(UUID.randomUUID(), Assignment.HolderKind.USER, holder.username(), Assignment.CARER,
                Assignment.Scope.CHILD, child.toString(), Assignment.GrantType.STANDARD, null, AccessPolicyMatrixTest.FROM, to, "Carer");
    }

    static Stream<Arguments> everyRoleAndCarerRow() {
        List<Arguments> out = new ArrayList<>();
        for (CarerRow row : CARERS) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "carer: {0}, {1}")
    @MethodSource("everyRoleAndCarerRow")
    void shouldLetOnlyTheCarerOfAChildPlacedWithThemNowReadTheCarersParts(Role role, CarerRow row) {
        Actor me = new Actor("me", "Me", role, MY_TEAM);
        View view = AccessPolicy.view(me, row.assignments().apply(me),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team")), NOW);
        Set<String> reads = role == Role.CARER ? row.carerReads() : row.othersRead();
        Set<String> writes = role == Role.CARER ? row.carerWrites() : NOTHING;
        if (reads == null) {
            return; // a practitioner's allocation, grant or break-glass: the main matrix's rows
        }
        List<String> wrong = new ArrayList<>();
        for (String part : PARTS) {
            if (view.canRead(part) != reads.contains(part)) {
                wrong.add((view.canRead(part) ? "wrongly reads " : "cannot read ") + part);
            }
            if (view.canWrite(part) != writes.contains(part)) {
                wrong.add((view.canWrite(part) ? "wrongly writes " : "cannot write ") + part);
            }
        }
        if (role == Role.CARER) {
            for (String page : List.of("record", "caseload", "reviews")) {
                if (view.canRead(page)) {
                    wrong.add("wrongly opens the " + page + " page");
                }
            }
        }
        assertThat(wrong).as(role + ", " + row).isEmpty();
        assertThat(view.shows(new Address(UUID.randomUUID(), CHILD, "HOME", "1 Safe Street", "AB1 2CD",
                LocalDate.of(2025, 1, 1), null, true))).as("shows a do-not-disclose address").isFalse();
        assertThat(view.shows(new CaseNote(UUID.randomUUID(), CHILD, LocalDate.of(2025, 1, 1), "PHONE_CALL", "Mother",
                "Where she lives", true, null, null, "sw.one", NOW))).as("shows a restricted case note").isFalse();
        if (role == Role.CARER && !reads.isEmpty()) {
            assertThat(view.refusal()).isNull();
        } else if (role == Role.CARER) {
            assertThat(AccessPolicy.refusal(view, "carer-essentials", AccessPolicy.Action.READ)).isNotBlank();
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

    // ── Partner organisations under sharing decisions (issue 10) ──────────────────────────────────────────────
    //    Every partner type × sharing state × role (PARTNER and HEALTH_PARTNER are the partner roles) × part × action. A partner's practitioner reads the parts a current
    //    decision for their organisation covers (never more than may ever be shared) and writes only their own
    //    involvement; any other state, organisation or role opens nothing through a sharing decision.
    static final String MY_ORG = "my-org";
    static final Set<String> PARTNER_WRITES = Set.of("involvements");
    static final List<String> PARTNER_PARTS = plusList(PARTS, "involvements");
    //    type              its practitioners' role   purpose                  the parts the decision covers, and so reads
    static final List<PartnerType> PARTNER_TYPES = List.of(
        partnerType("police force", Role.PARTNER, "SAFEGUARDING_ENQUIRY", Set.of("person", "contacts", "referrals",
                "strategy-discussions", "s47-enquiries", "cp-plans", "addresses", "relationships", "family-adults",
                "people-who-matter", "warnings", "missing", "allocations", "involvements")),
        partnerType("school",           Role.PARTNER, "EDUCATION", Set.of("person", "cin-plans", "cp-plans", "early-help",
                "family-help-plans", "allocations", "cin-plan-actions", "protection-actions", "family-help-actions",
                "involvements")),
        partnerType("Cafcass",          Role.PARTNER, "COURT_PROCEEDINGS", Set.of("person", "legal-statuses",
                "care-periods", "placements", "permanence", "assessments", "cp-plans", "cp-reviews", "care-reviews",
                "relationships", "family-adults", "people-who-matter", "allocations", "involvements")),
        partnerType("NHS trust",        Role.PARTNER, "HEALTH_CARE", Set.of("person", "cp-plans", "care-periods",
                "legal-statuses", "health-flags", "allocations", "involvements")),
        partnerType("youth justice, school parts only", Role.PARTNER, "FAMILY_HELP", Set.of("person", "cin-plans")));

    /** The parts a decision names that may never be shared: naming them opens nothing more. */
    static final Set<String> NEVER_SHARED = Set.of("case-notes", "case-note-amendments", "chronology", "documents",
            "access", "approvals", "returns", "sharing", "access-log", "visits", "challenges");

    enum SharingState { NONE, CURRENT, CURRENT_NAMING_PARTS_NEVER_SHARED, EXPIRED, NOT_YET_STARTED, CONSENT_WITHDRAWN,
        CONSENT_BASIS_NOT_GIVEN, CONSENT_GIVEN_STANDING, EXCLUDED_ORGANISATION, EXCLUDED_USER, ANOTHER_ORGANISATION,
        ANOTHER_CHILD, NO_DECISION_BEHIND_IT, HELD_BY_THE_USER_NOT_THE_ORGANISATION, SPECIFIC_NOT_STANDARD }

    /** Whether the state opens the decision's parts to the organisation's practitioners. */
    static boolean opens(SharingState state) {
        return switch (state) {
            case CURRENT, CURRENT_NAMING_PARTS_NEVER_SHARED, CONSENT_GIVEN_STANDING -> true;
            default -> false;
        };
    }

    record PartnerType(String name, Role role, String purpose, Set<String> parts) {
        @Override
        public String toString() {
            return name;
        }
    }

    static PartnerType partnerType(String name, Role role, String purpose, Set<String> parts) {
        return new PartnerType(name, role, purpose, parts);
    }

    static Situation sharing(PartnerType type, SharingState state) {
        Set<String> parts = state == SharingState.CURRENT_NAMING_PARTS_NEVER_SHARED ? plus(type.parts(),
                NEVER_SHARED.toArray(String[]::new)) : type.parts();
        String holder = state == SharingState.ANOTHER_ORGANISATION ? "another-org" : MY_ORG;
        String childId = state == SharingState.ANOTHER_CHILD ? UUID.randomUUID().toString() : CHILD.toString();
        Instant from = state == SharingState.NOT_YET_STARTED ? NOW.plus(Duration.ofDays(1)) : FROM;
        Instant to = state == SharingState.EXPIRED ? NOW.minus(Duration.ofMinutes(1)) : NOW.plus(Duration.ofDays(60));
        Assignment.HolderKind kind = state == SharingState.HELD_BY_THE_USER_NOT_THE_ORGANISATION
                ? Assignment.HolderKind.USER : Assignment.HolderKind.ORGANISATION;
        String holderId = kind == Assignment.HolderKind.USER ? "me" : holder;
        Assignment.GrantType grant = state == SharingState.SPECIFIC_NOT_STANDARD ? Assignment.GrantType.SPECIFIC
                : Assignment.GrantType.STANDARD;
        Assignment a = new Assignment(UUID.randomUUID(), kind, holderId, Assignment.SHARING, Assignment.Scope.CHILD,
                childId, grant, parts, from, to, "test");
        String basis = switch (state) {
            case CONSENT_WITHDRAWN, CONSENT_BASIS_NOT_GIVEN, CONSENT_GIVEN_STANDING -> ChildFacts.Shared.CONSENT;
            default -> "CA1989_S47";
        };
        Boolean given = state == SharingState.CONSENT_BASIS_NOT_GIVEN ? Boolean.FALSE : Boolean.TRUE;
        LocalDate withdrawn = state == SharingState.CONSENT_WITHDRAWN ? LocalDate.of(2026, 5, 30) : null;
        ChildFacts.Shared decision = new ChildFacts.Shared(UUID.randomUUID(), a.id(), holder, type.purpose(), basis,
                given, withdrawn);
        List<Assignment> assignments = new ArrayList<>();
        List<ChildFacts.Shared> decisions = new ArrayList<>();
        if (state != SharingState.NONE) {
            assignments.add(a);
            if (state != SharingState.NO_DECISION_BEHIND_IT) {
                decisions.add(decision);
            }
        }
        if (state == SharingState.EXCLUDED_ORGANISATION || state == SharingState.EXCLUDED_USER) {
            boolean org = state == SharingState.EXCLUDED_ORGANISATION;
            assignments.add(new Assignment(UUID.randomUUID(), org ? Assignment.HolderKind.ORGANISATION
                    : Assignment.HolderKind.USER, org ? MY_ORG : "me", "EXCLUDED", Assignment.Scope.CHILD,
                    CHILD.toString(), Assignment.GrantType.EXCLUDED, null, FROM, null, "conflict of interest"));
        }
        return new Situation(assignments, ChildFacts.of(CHILD, new ChildFacts.Allocated("worker", "SW", "another-team"))
                .shared(decisions));
    }

    static Stream<Arguments> everyPartnerTypeSharingStateAndRole() {
        List<Arguments> out = new ArrayList<>();
        for (PartnerType type : PARTNER_TYPES) {
            for (SharingState state : SharingState.values()) {
                for (Role role : Role.values()) {
                    out.add(Arguments.of(type, state, role));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, sharing {1}, {2}")
    @MethodSource("everyPartnerTypeSharingStateAndRole")
    void shouldOpenOnlyACurrentDecisionsPartsToItsOrganisationsPractitioners(PartnerType type, SharingState state,
                                                                            Role role) {
        Actor me = new Actor("me", "Me", role, null, MY_ORG);
        Situation s = sharing(type, state);
        View view = AccessPolicy.view(me, s.assignments(), s.child(), NOW);
        // Both partner roles belong to an organisation (a health partner's user or system to its trust): either reads
        // what its organisation's current decision covers; no council role does, whatever organisation it names.
        boolean opens = role.partner() && opens(state);
        Set<String> reads = opens ? type.parts() : NOTHING;
        // Their own involvement; and, where the decision covers them, the protection actions (the command lets them mark
        // only their own organisation's done).
        Set<String> writes = !opens ? NOTHING : type.parts().contains("protection-actions")
                ? plus(PARTNER_WRITES, "protection-actions") : PARTNER_WRITES;
        List<String> wrong = new ArrayList<>();
        for (String part : PARTNER_PARTS) {
            if (view.canRead(part) != reads.contains(part)) {
                wrong.add((view.canRead(part) ? "wrongly reads " : "cannot read ") + part);
            }
            if (view.canWrite(part) != writes.contains(part)) {
                wrong.add((view.canWrite(part) ? "wrongly writes " : "cannot write ") + part);
            }
        }
        for (String page : List.of("record", "caseload", "reviews")) {
            if (view.canRead(page)) {
                wrong.add("wrongly opens the council's " + page + " page");
            }
        }
        assertThat(wrong).as(type + ", " + state + ", " + role).isEmpty();
        assertThat(view.shows(new Address(UUID.randomUUID(), CHILD, "HOME", "1 Safe Street", "AB1 2CD",
                LocalDate.of(2025, 1, 1), null, true))).as("shows a do-not-disclose address").isFalse();
        if (opens) {
            assertThat(view.basis()).isEqualTo(AccessPolicy.Basis.SHARING_DECISION);
            assertThat(view.shared().purpose()).as("the audit's purpose").isEqualTo(type.purpose());
        } else if (role == Role.PARTNER) {
            assertThat(view.refusal()).as("says why in words").isNotBlank();
        }
    }

    @org.junit.jupiter.api.Test
    void shouldSayWhenAndWhySharingWithThePartnersOrganisationEnded() {
        Actor me = new Actor("me", "Me", Role.PARTNER, null, MY_ORG);
        java.util.function.BiFunction<ChildFacts.Shared, Instant, String> refusal = (d, at) -> AccessPolicy.view(me,
                List.of(), ChildFacts.of(CHILD).shared(List.of(d)), at).refusal();
        LocalDate today = NOW.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        ChildFacts.Shared withdrawn = new ChildFacts.Shared(UUID.randomUUID(), UUID.randomUUID(), MY_ORG, "EDUCATION",
                ChildFacts.Shared.CONSENT, true, LocalDate.of(2026, 5, 30), today.plusDays(30), LocalDate.of(2026, 5, 30));
        assertThat(refusal.apply(withdrawn, NOW)).startsWith("Sharing with your organisation ended on 30 May 2026 "
                + "because consent was withdrawn");
        ChildFacts.Shared expired = new ChildFacts.Shared(UUID.randomUUID(), UUID.randomUUID(), MY_ORG, "EDUCATION",
                "CA1989_S47", null, null, today.minusDays(3), null);
        assertThat(refusal.apply(expired, NOW)).isEqualTo(String.format(AccessPolicy.ENDED_END_DATE,
                today.minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
        ChildFacts.Shared ended = new ChildFacts.Shared(UUID.randomUUID(), UUID.randomUUID(), MY_ORG, "EDUCATION",
                "CA1989_S47", null, null, today.plusDays(30), today.minusDays(1));
        assertThat(refusal.apply(ended, NOW)).contains("because the council ended it");
        // Another organisation's ended decision says nothing to this one; nor does consent withdrawn on another basis.
        ChildFacts.Shared theirs = new ChildFacts.Shared(UUID.randomUUID(), UUID.randomUUID(), "another-org",
                "EDUCATION", "CA1989_S47", null, null, today.minusDays(3), null);
        assertThat(refusal.apply(theirs, NOW)).isEqualTo(AccessPolicy.NO_SHARING);
        // A decision still standing is no reason: with no live assignment it is simply not shared.
        ChildFacts.Shared standing = new ChildFacts.Shared(UUID.randomUUID(), UUID.randomUUID(), MY_ORG, "EDUCATION",
                "CA1989_S47", true, LocalDate.of(2026, 5, 30), today.plusDays(30), null);
        assertThat(refusal.apply(standing, NOW)).isEqualTo(AccessPolicy.NO_SHARING);
    }

    @org.junit.jupiter.api.Test
    void shouldSayConsentWasWithdrawnWhenThatIsWhyAPartnerIsRefused() {
        Actor me = new Actor("me", "Me", Role.PARTNER, null, MY_ORG);
        Situation s = sharing(PARTNER_TYPES.get(1), SharingState.CONSENT_WITHDRAWN);
        assertThat(AccessPolicy.view(me, s.assignments(), s.child(), NOW).refusal()).contains("withdrawn");
        Situation none = sharing(PARTNER_TYPES.get(1), SharingState.NONE);
        assertThat(AccessPolicy.view(me, none.assignments(), none.child(), NOW).refusal())
                .isEqualTo(AccessPolicy.NO_SHARING);
    }

    @org.junit.jupiter.api.Test
    void shouldOpenNothingToAPartnerWithNoOrganisation() {
        Actor me = new Actor("me", "Me", Role.PARTNER, null, null);
        Situation s = sharing(PARTNER_TYPES.get(0), SharingState.CURRENT);
        assertThat(AccessPolicy.view(me, s.assignments(), s.child(), NOW).isEmpty()).isTrue();
    }

    private static List<String> plusList(List<String> all, String... more) {
        List<String> out = new ArrayList<>(all);
        out.addAll(List.of(more));
        return List.copyOf(out);
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

    // ── The council's partner organisations and their users (administration, not a part of any child's record) ──
    //    Whatever the user holds, only the council's own administrator (in no partner organisation) manages them.
    record AdminRow(String holding, String organisation, List<Assignment> assignments, Set<Role> allowed) {
        @Override
        public String toString() {
            return holding;
        }
    }

    static final Set<Role> COUNCIL_ADMINISTRATORS = Set.of(Role.ADMINISTRATOR);
    static final List<AdminRow> ORGANISATIONS_ADMIN = List.of(
        new AdminRow("council staff, no assignment",             null,    List.of(),                                                   COUNCIL_ADMINISTRATORS),
        new AdminRow("in a partner organisation",                "ORG-A", List.of(),                                                   Set.of()),
        new AdminRow("performance team, council-wide",           null,    List.of(performance(Assignment.Scope.COUNCIL, null, null)), COUNCIL_ADMINISTRATORS),
        new AdminRow("principal social worker, council-wide",    null,    List.of(assignment("me", Assignment.PRINCIPAL_SOCIAL_WORKER, Assignment.Scope.COUNCIL, null, Assignment.GrantType.STANDARD, null, null)), COUNCIL_ADMINISTRATORS),
        new AdminRow("manager of a team",                        null,    List.of(assignment("me", "TEAM_MANAGER", Assignment.Scope.TEAM, MY_TEAM, Assignment.GrantType.STANDARD, null, null)), COUNCIL_ADMINISTRATORS),
        new AdminRow("break-glass on a child",                   null,    List.of(assignment("me", "BREAK_GLASS", Assignment.Scope.CHILD, CHILD.toString(), Assignment.GrantType.BREAK_GLASS, null, NOW.plusSeconds(600))), COUNCIL_ADMINISTRATORS),
        new AdminRow("a sharing decision held by their organisation", "ORG-A", List.of(new Assignment(UUID.randomUUID(), Assignment.HolderKind.ORGANISATION, "ORG-A", Assignment.SHARING, Assignment.Scope.CHILD, CHILD.toString(), Assignment.GrantType.STANDARD, null, FROM, null, "test")), Set.of()));

    static Stream<Arguments> everyRoleAndAdminHolding() {
        List<Arguments> out = new ArrayList<>();
        for (AdminRow row : ORGANISATIONS_ADMIN) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "partner organisations admin: {0}, {1}")
    @MethodSource("everyRoleAndAdminHolding")
    void shouldLetOnlyTheCouncilsAdministratorsManagePartnerOrganisationsAndTheirUsers(Role role, AdminRow row) {
        Actor me = new Actor("me", "Me", role, row.organisation() == null ? MY_TEAM : null, row.organisation());
        java.util.Optional<String> refused = AccessPolicy.organisations(me);
        assertThat(refused.isEmpty()).as(role + ", " + row).isEqualTo(row.allowed().contains(role));
        refused.ifPresent(reason -> assertThat(reason).as("says who manages them").contains("administrators"));
        // The organisations are the council's, not a child's: no view of a child opens them.
        assertThat(PARTS).doesNotContain(RecordParts.ORGANISATIONS);
        assertThat(AccessPolicy.organisations(null)).as("no one").isPresent();
    }

    // ── Supervision records (a staff record, not a part of one child's record) ─────────────────────────────────
    //    who the user is to the record          the view for a team manager   for any other role
    record SupervisionRow(String who, String supervisor, String worker, String workerTeam,
                          AccessPolicy.SupervisionView manager, AccessPolicy.SupervisionView others) {
        @Override
        public String toString() {
            return who;
        }
    }

    static final List<SupervisionRow> SUPERVISION = List.of(
        new SupervisionRow("the supervisor",                      "me",    "worker", MY_TEAM,        AccessPolicy.SupervisionView.FULL,             AccessPolicy.SupervisionView.FULL),
        new SupervisionRow("the worker supervised",               "boss",  "me",     MY_TEAM,        AccessPolicy.SupervisionView.FULL,             AccessPolicy.SupervisionView.FULL),
        new SupervisionRow("in the worker's team, not the two",   "boss",  "worker", MY_TEAM,        AccessPolicy.SupervisionView.WITHOUT_PERSONAL, AccessPolicy.SupervisionView.NONE),
        new SupervisionRow("in another team",                     "boss",  "worker", "another-team", AccessPolicy.SupervisionView.NONE,             AccessPolicy.SupervisionView.NONE),
        new SupervisionRow("a worker with no team",               "boss",  "worker", null,           AccessPolicy.SupervisionView.NONE,             AccessPolicy.SupervisionView.NONE));

    static Stream<Arguments> everyRoleAndSupervisionRelation() {
        List<Arguments> out = new ArrayList<>();
        for (SupervisionRow row : SUPERVISION) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "supervision: {0}, {1}")
    @MethodSource("everyRoleAndSupervisionRelation")
    void shouldShowASupervisionRecordOnlyToTheTwoAndItsPersonalPartToNoOneElse(Role role, SupervisionRow row) {
        Actor me = new Actor("me", "Me", role, MY_TEAM);
        AccessPolicy.SupervisionView expected = role == Role.TEAM_MANAGER ? row.manager() : row.others();
        assertThat(AccessPolicy.supervision(me, row.supervisor(), row.worker(), row.workerTeam()))
                .as(role + ", " + row).isEqualTo(expected);
        // A supervision record is no part of a child's record: no view of a child opens it.
        assertThat(PARTS).doesNotContain(RecordParts.SUPERVISION);
    }

    @ParameterizedTest(name = "record a supervision: {0}")
    @org.junit.jupiter.params.provider.EnumSource(Role.class)
    void shouldLetOnlyATeamManagerRecordSupervisionForACaseHolderOfTheirOwnTeam(Role role) {
        Actor me = new Actor("me", "Me", role, MY_TEAM);
        Actor mine = new Actor("worker", "Worker", Role.SOCIAL_WORKER, MY_TEAM);
        assertThat(AccessPolicy.maySupervise(me, mine).isEmpty()).as(role.name()).isEqualTo(role == Role.TEAM_MANAGER);
        assertThat(AccessPolicy.maySupervise(me, new Actor("worker", "Worker", Role.SOCIAL_WORKER, "another-team")))
                .as("another team's worker").isPresent();
        assertThat(AccessPolicy.maySupervise(me, new Actor("analyst", "A", Role.DATA_ANALYST, MY_TEAM)))
                .as("someone with no cases").isPresent();
        assertThat(AccessPolicy.maySupervise(me, me)).as("oneself").isPresent();
        assertThat(AccessPolicy.maySupervise(me, null)).as("no one").isPresent();
    }

    static final List<CouncilRow> SUPERVISION_FIGURES = List.of(
        councilRow("no assignment",                              List.of(),                                   ANALYSTS),
        councilRow("principal social worker, council-wide",      List.of(assignment("me", Assignment.PRINCIPAL_SOCIAL_WORKER, Assignment.Scope.COUNCIL, null, Assignment.GrantType.STANDARD, null, null)), ANALYSTS_AND_PRACTITIONERS),
        councilRow("principal social worker, ended",             List.of(assignment("me", Assignment.PRINCIPAL_SOCIAL_WORKER, Assignment.Scope.COUNCIL, null, Assignment.GrantType.STANDARD, null, NOW.minus(Duration.ofMinutes(1)))), ANALYSTS),
        councilRow("principal social worker, one team only",     List.of(assignment("me", Assignment.PRINCIPAL_SOCIAL_WORKER, Assignment.Scope.TEAM, MY_TEAM, Assignment.GrantType.STANDARD, null, null)), ANALYSTS),
        councilRow("performance team, council-wide",             List.of(performance(Assignment.Scope.COUNCIL, null, null)), ANALYSTS_AND_PRACTITIONERS),
        councilRow("manager of a team",                          List.of(assignment("me", "TEAM_MANAGER", Assignment.Scope.TEAM, MY_TEAM, Assignment.GrantType.STANDARD, null, null)), ANALYSTS),
        councilRow("another user's principal social worker",     List.of(new Assignment(UUID.randomUUID(), Assignment.HolderKind.USER, "someone-else", Assignment.PRINCIPAL_SOCIAL_WORKER, Assignment.Scope.COUNCIL, null, Assignment.GrantType.STANDARD, null, FROM, null, "test")), ANALYSTS));

    static Stream<Arguments> everyRoleAndFiguresHolding() {
        List<Arguments> out = new ArrayList<>();
        for (CouncilRow row : SUPERVISION_FIGURES) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(role, row));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "supervision figures: {0}, {1}")
    @MethodSource("everyRoleAndFiguresHolding")
    void shouldLetOnlyAnalystsThePerformanceTeamAndThePrincipalSocialWorkerSeeTheSupervisionFigures(Role role,
                                                                                                    CouncilRow row) {
        Actor me = new Actor("me", "Me", role, MY_TEAM);
        assertThat(AccessPolicy.supervisionFigures(me, row.assignments(), NOW).isEmpty()).as(role + ", " + row)
                .isEqualTo(row.allowed().contains(role));
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
