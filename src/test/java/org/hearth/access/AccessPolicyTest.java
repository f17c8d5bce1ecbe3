package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final UUID CHILD = UUID.randomUUID();
    final Actor sw = new Actor("sw", "SW", Role.SOCIAL_WORKER, "t1");
    final Actor tm = new Actor("tm", "TM", Role.TEAM_MANAGER, "t1");

    static Assignment of(String holder, String role, Assignment.Scope scope, String scopeId, Assignment.GrantType type,
                         Set<String> parts, Instant to) {
        return new Assignment(UUID.randomUUID(), Assignment.HolderKind.USER, holder, role, scope, scopeId, type, parts,
                NOW.minus(Duration.ofDays(1)), to, "why");
    }

    @Test
    void shouldRestTheViewOnTheStrongestAssignmentAndSayWhichForTheAudit() {
        Assignment allocation = Assignment.allocation("sw", "SW", CHILD, NOW.minus(Duration.ofDays(3)), null);
        Assignment glass = of("sw", "BREAK_GLASS", Assignment.Scope.CHILD, CHILD.toString(),
                Assignment.GrantType.BREAK_GLASS, null, NOW.plus(Duration.ofHours(1)));

        View view = AccessPolicy.view(sw, List.of(glass, allocation), ChildFacts.of(CHILD,
                new ChildFacts.Allocated("sw", "SW", "t1")), NOW);

        assertThat(view.basis()).isEqualTo(AccessPolicy.Basis.ALLOCATED_WORKER);
        assertThat(view.via()).isEqualTo(allocation);
        assertThat(view.canWrite("cp-plans,placements")).isTrue();
        assertThat(view.disclosed()).isEqualTo("*");
    }

    @Test
    void shouldEndABreakGlassViewWhenItsAssignmentEnds() {
        Instant until = NOW.plus(Duration.ofMinutes(20));
        Assignment glass = of("sw", "BREAK_GLASS", Assignment.Scope.CHILD, CHILD.toString(),
                Assignment.GrantType.BREAK_GLASS, null, until);
        View live = AccessPolicy.view(sw, List.of(glass), ChildFacts.of(CHILD), NOW);
        assertThat(live.until()).isEqualTo(until);
        assertThat(live.basis()).isEqualTo(AccessPolicy.Basis.BREAK_GLASS);
        assertThat(AccessPolicy.refusal(live, "visits", AccessPolicy.Action.WRITE)).contains("read only");

        View later = AccessPolicy.view(sw, List.of(glass), ChildFacts.of(CHILD), until);
        assertThat(later.isEmpty()).isTrue();
        assertThat(AccessPolicy.refusal(later, "record", AccessPolicy.Action.READ)).contains("no working relationship");
    }

    @Test
    void shouldNameTheConflictOfInterestAsTheReasonForAnExclusion() {
        Assignment wall = of("sw", "EXCLUDED", Assignment.Scope.CHILD, CHILD.toString(), Assignment.GrantType.EXCLUDED,
                null, null);
        View view = AccessPolicy.view(sw, List.of(Assignment.allocation("sw", "SW", CHILD, NOW, null), wall),
                ChildFacts.of(CHILD), NOW);
        assertThat(view.isEmpty()).isTrue();
        assertThat(view.basis()).isEqualTo(AccessPolicy.Basis.EXCLUDED);
        assertThat(view.via()).isEqualTo(wall);
        assertThat(AccessPolicy.refusal(view, "record", AccessPolicy.Action.READ)).contains("conflict of interest");
    }

    @Test
    void shouldIgnoreSomeoneElsesAssignments() {
        View view = AccessPolicy.view(sw, List.of(Assignment.allocation("someone-else", "SW", CHILD, NOW, null)),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("someone-else", "SW", "t1")), NOW);
        assertThat(view.isEmpty()).isTrue();
    }

    @Test
    void shouldTellAnalystsAndAdministratorsWhyTheyNeverSeeARecord() {
        Actor analyst = new Actor("an", "An", Role.DATA_ANALYST, null);
        View view = AccessPolicy.view(analyst, List.of(Assignment.allocation("an", "SW", CHILD, NOW, null)),
                ChildFacts.of(CHILD), NOW);
        assertThat(view.isEmpty()).isTrue();
        assertThat(view.refusal()).contains("de-identified and aggregate");
        Actor admin = new Actor("ad", "Ad", Role.ADMINISTRATOR, null);
        assertThat(AccessPolicy.view(admin, List.of(), ChildFacts.of(CHILD), NOW).refusal()).contains("manage Hearth");
    }

    @Test
    void shouldReachAChildThroughTheWholeCouncilOrTheirFamilyButNotAnOrganisationYet() {
        Assignment council = of("sw", "GRANTEE", Assignment.Scope.COUNCIL, null, Assignment.GrantType.SPECIFIC,
                Set.of("visits"), null);
        Assignment family = of("sw", "GRANTEE", Assignment.Scope.FAMILY, "fam-1", Assignment.GrantType.SPECIFIC,
                Set.of("placements"), null);
        Assignment organisation = of("sw", "GRANTEE", Assignment.Scope.ORGANISATION, "school-9",
                Assignment.GrantType.SPECIFIC, Set.of("contacts"), null);
        View view = AccessPolicy.view(sw, List.of(council, family, organisation),
                new ChildFacts(CHILD, "fam-1", List.of()), NOW);
        assertThat(view.canRead("visits")).isTrue();
        assertThat(view.canRead("placements")).isTrue();
        assertThat(view.canRead("contacts")).isFalse();
        assertThat(view.disclosed()).isEqualTo("person,placements,visits");
    }

    @Test
    void shouldCheckEveryPartOfAChangeAndTheOlderNamesForParts() {
        View ehw = AccessPolicy.view(sw, List.of(Assignment.allocation("sw", "EHW", CHILD, NOW, null)),
                ChildFacts.of(CHILD, new ChildFacts.Allocated("sw", "EHW", "t1")), NOW);
        assertThat(ehw.canWrite("visits,contacts")).isTrue();
        assertThat(ehw.canWrite("visits,cp-plans")).isFalse();
        assertThat(ehw.canWrite("draft:visit")).isTrue();
        assertThat(ehw.canRead("care")).as("care is care-periods").isFalse();
        assertThat(ehw.canRead("caseload")).isTrue();
        for (String protectionPart : List.of("protection-attendees", "protection-actions", "cp-plan-outcomes", "core-groups")) {
            assertThat(ehw.canRead(protectionPart)).as("family help sees no child protection detail: " + protectionPart)
                    .isFalse();
        }
        View iro = AccessPolicy.view(sw, List.of(Assignment.allocation("sw", "IRO", CHILD, NOW, null)),
                ChildFacts.of(CHILD), NOW);
        assertThat(iro.canWrite("iro-challenges")).as("iro-challenges is challenges").isTrue();
        assertThat(iro.canWrite("visits")).isFalse();
        assertThat(iro.canWrite("cp-reviews,cp-plans")).as("a review conference ends the plan it reviews").isTrue();
        assertThat(iro.canWrite("initial-conferences,cp-plans")).as("a conference decides the plan").isTrue();
        assertThat(iro.canWrite("cp-plans")).as("but the IRO does not change a plan otherwise").isFalse();
        assertThat(iro.canWrite("care-reviews,cp-plans")).isFalse();
        assertThat(iro.canWrite("initial-conferences,cp-plans,protection-attendees"))
                .as("the conference records who took part with it").isTrue();
        assertThat(iro.canWrite("cp-reviews,cp-plans,protection-attendees")).isTrue();
        assertThat(iro.canWrite("core-groups,protection-attendees,protection-actions"))
                .as("core groups and the plan's actions are the social worker's work, not the chair's").isFalse();
        assertThat(iro.canWrite("protection-attendees")).isFalse();
        assertThat(iro.canWrite("strategy-discussions,s47-enquiries,protection-attendees,protection-actions")).isFalse();
        org.hearth.people.PersonWhoMatters hidden = new org.hearth.people.PersonWhoMatters(UUID.randomUUID(), CHILD,
                "Protected carer", "PERSON", "Carer", null, null, null, null, true);
        assertThat(iro.shows(hidden)).as("a person who matters flagged do not disclose").isFalse();
        assertThat(ehw.shows(hidden)).as("to the allocated worker").isTrue();
    }

    @Test
    void shouldNeverLetAManagerGrantAccessToAChildOnlyTheirIroChairs() {
        Assignment manages = of("tm", "TEAM_MANAGER", Assignment.Scope.TEAM, "iro-service",
                Assignment.GrantType.STANDARD, null, null);
        View view = AccessPolicy.view(tm, List.of(manages), ChildFacts.of(CHILD,
                new ChildFacts.Allocated("iro1", "IRO", "iro-service")), NOW);
        assertThat(view.basis()).isEqualTo(AccessPolicy.Basis.IRO_SERVICE_MANAGER);
        assertThat(view.canRead("cp-plans")).isTrue();
        assertThat(view.canWrite("access")).isFalse();
        assertThat(view.canWrite("cp-reviews")).isFalse();
    }

    @Test
    void shouldNameEveryKindOfRecordAmongThePartsThePolicyMatrixWalksThrough() {
        assertThat(RecordParts.KNOWN).containsAll(org.hearth.stages.Stages.allKinds().stream()
                .map(org.hearth.journey.EpisodeKind::name).toList());
    }

    @Test
    void shouldRefuseAPurposeThatIsNotText() {
        assertThat(AccessSeam.purposeProblem("casework")).isNull();
        assertThat(AccessSeam.purposeProblem(null)).isNull();
        assertThat(AccessSeam.purposeProblem("\u0000")).contains("not text");
        assertThat(AccessSeam.purposeProblem("x".repeat(201))).contains("200");
    }

    @Test
    void shouldRefuseSupervisionFiguresToAPartnerOrCarerWithoutAskingForTheirAssignments() {
        java.util.function.Supplier<List<Assignment>> never = () -> {
            throw new AssertionError("the role alone answers: no assignments need reading");
        };
        for (Actor who : List.of(new Actor("p", "P", Role.PARTNER, null, "ORG"), new Actor("c", "C", Role.CARER, null),
                new Actor("ad", "Ad", Role.ADMINISTRATOR, null))) {
            assertThat(AccessPolicy.supervisionFigures(who, never, NOW)).as(who.role().name()).isPresent();
        }
        assertThat(AccessPolicy.supervisionFigures(new Actor("an", "An", Role.DATA_ANALYST, null), never, NOW)).isEmpty();
        int[] asked = {0};
        assertThat(AccessPolicy.supervisionFigures(sw, () -> {
            asked[0]++;
            return List.of();
        }, NOW)).as("a practitioner without a performance assignment").isPresent();
        assertThat(asked[0]).isEqualTo(1);
    }
}
