package org.hearth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.Stage;
import org.hearth.stages.Stages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the design rests on, checked on the compiled code and its SQL rather than promised in comments:
 * the journey knows no stage, stages depend on one another without cycles, and only the record's own module writes
 * a child's tables.
 */
class BoundariesTest {
    private static JavaClasses hearth;

    /** The packages of the registered stages (e.g. org.hearth.protection). */
    private static final List<String> STAGE_PACKAGES = Stages.standard().stages().stream()
            .map(s -> s.getClass().getPackageName()).distinct().toList();

    @BeforeAll
    static void importClasses() {
        hearth = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hearth");
    }

    @Test
    void shouldKeepTheJourneyFreeOfEveryStage() {
        List<String> forbidden = new ArrayList<>();
        STAGE_PACKAGES.forEach(p -> forbidden.add(p + ".."));
        forbidden.add("org.hearth.stages..");
        forbidden.add("org.hearth.record..");
        noClasses().that().resideInAPackage("org.hearth.journey..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("a stage plugs in through journey.Stage and the one registration, org.hearth.stages")
                .check(hearth);
    }

    @Test
    void shouldKeepTheIdentityMatcherPlainJava() {
        noClasses().that().resideInAnyPackage("org.hearth.identity.matching..", "org.hearth.identity.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "org.hearth.access..", "org.hearth.journey..",
                        "org.hearth.platform..", "org.hearth.record..")
                .because("the same matching code runs in the CLI without Spring, in the app, and in a Spark job")
                .check(hearth);
    }

    @Test
    void shouldKeepStagesFreeOfCyclesBetweenThem() {
        JavaClasses stages = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(STAGE_PACKAGES);
        slices().matching("org.hearth.(*)..").should().beFreeOfCycles()
                .because("a stage may build on the stages before it in the journey, never the other way round")
                .check(stages);
    }

    @Test
    void shouldGatherTasksIntoMyWorkWithoutMyWorkKnowingWhereTheyComeFrom() {
        noClasses().that().resideInAPackage("org.hearth.clocks..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hearth.approval..", "org.hearth.iro..",
                        "org.hearth.team..", "org.hearth.home..", "org.hearth.supervision..")
                .because("My work gathers tasks through clocks.TaskSource: the parts with work waiting depend on the "
                        + "clocks, never the other way round")
                .check(hearth);
        noClasses().that().resideOutsideOfPackage("org.hearth.home..")
                .should().dependOnClassesThat().resideInAPackage("org.hearth.home..")
                .because("the home page's work for roles with no caseload is a leaf: nothing depends on it")
                .check(hearth);
    }

    @Test
    void shouldLetOnlyTheSeamAndTheAuditPackageWriteTheAuditLog() {
        noClasses().that().resideOutsideOfPackages("org.hearth.access..", "org.hearth.audit..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hearth.audit.AuditLog")
                .because("every disclosure and change is audited by the one seam, org.hearth.access.AccessSeam")
                .check(hearth);
    }

    @Test
    void shouldLetOnlyTheRecordsOwnModuleWriteAChildsTables() throws IOException {
        Set<String> childTables = new TreeSet<>(Set.of("ssd_person", "ssd_person_disability", "chronology_entry",
                "chronology_significance"));
        for (EpisodeKind<?> kind : Stages.allKinds()) {
            childTables.add(kind.table().table());
        }
        Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(\\w+)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                if (WRITERS.stream().anyMatch(where::endsWith)) {
                    continue;
                }
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    if (childTables.contains(m.group(2).toLowerCase())) {
                        offenders.add(where + " writes " + m.group(2));
                    }
                }
            }
        }
        assertThat(offenders).as("only the journey's repository and bulk loader write a child's record (and the "
                + "chronology writer derives its entries from their events)").isEmpty();
    }

    /**
     * A document's content and its text are part of the child's record but not a record kind: only the documents
     * service (after JourneyService.execute recorded the document, in the same transaction) and its PostgreSQL store
     * write them, and the documents' own table is written only through the journey like every kind.
     */
    @Test
    void shouldLetOnlyTheDocumentsServiceAndStoreWriteADocumentsContentAndText() throws IOException {
        Set<String> documentTables = Set.of("document_content", "document_text");
        List<String> allowed = List.of("documents/DocumentService.java", "documents/PostgresDocumentStore.java");
        Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(\\w+)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                if (allowed.stream().anyMatch(where::endsWith)) {
                    continue;
                }
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    if (documentTables.contains(m.group(2).toLowerCase())) {
                        offenders.add(where + " writes " + m.group(2));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
        noClasses().that().resideOutsideOfPackages("org.hearth.documents..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hearth.documents.DocumentStore")
                .because("a document's bytes are read and written only by the documents service, through the seam")
                .check(hearth);
    }

    @Test
    void shouldLetOnlyTheIdentityCandidatesWriteIdentityDecisionsAndLinks() throws IOException {
        // A link or a "not the same child" is a person's decision, stored with the score and evidence they saw and
        // audited through the seam (AccessSeam.identityDecision): nothing else may link records or settle a pair.
        Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(identity_\\w+)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                if (where.endsWith("org/hearth/identity/candidates/IdentityCandidates.java")) {
                    continue;
                }
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    offenders.add(where + " writes " + m.group(2));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /**
     * Supervision records are staff records: only the supervision service writes them (every use through the seam's
     * supervision methods), and the supervision package reaches a child's record only through the journey service
     * (the decisions are case notes written by the notes stage's command), never its repository or the audit log.
     */
    @Test
    void shouldLetOnlyTheSupervisionServiceWriteSupervisionRecordsAndReachChildrenThroughTheSeam() throws IOException {
        Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(supervision_\\w+)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                if (where.endsWith("supervision/Supervisions.java") || where.contains("/demo/")) {
                    continue;
                }
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    offenders.add(where + " writes " + m.group(2));
                }
            }
        }
        assertThat(offenders).isEmpty();
        noClasses().that().resideInAPackage("org.hearth.supervision..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.JourneyRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.BulkLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.audit.AuditLog")
                .check(hearth);
    }

    @Test
    void shouldLetOnlyThePartnerReferralsServiceWritePartnersReferrals() throws IOException {
        // A partner's referral is made, withdrawn, taken in and answered only through PartnerReferrals, each use judged
        // by AccessPolicy.partnerReferrals and audited through the seam (AccessSeam.partnerReferrals).
        Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(partner_referrals)\\b");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                if (where.endsWith("org/hearth/agencies/PartnerReferrals.java")) {
                    continue;
                }
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    offenders.add(where + " writes " + m.group(2));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /**
     * Partner organisations are registered, changed and closed only by the administrator's service (every change through
     * the seam's administration work, serialised so names and identifiers stay unique), besides the demo's seeding
     * (which also seeds its sharing decisions);
     * the admin package ends sharing only through sharing's commands, never by writing sharing decisions or role
     * assignments of its own, and reaches no child's record or the audit log directly.
     */
    @Test
    void shouldLetOnlyTheOrganisationsAdminChangeOrganisationsAndEndSharingThroughSharing() throws IOException {
        Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(organisation|sharing_decision)\\b");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    boolean organisation = m.group(2).equalsIgnoreCase("organisation");
                    boolean allowed = where.contains("/org/hearth/demo/") || (organisation
                            ? where.endsWith("admin/OrganisationAdmin.java") || where.endsWith("health/HealthDemo.java")
                            : where.contains("/org/hearth/sharing/"));
                    if (!allowed) {
                        offenders.add(where + " writes " + m.group(2));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
        noClasses().that().resideInAPackage("org.hearth.admin..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.JourneyRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.JourneyService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.BulkLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.audit.AuditLog")
                .because("an administrator manages Hearth, never a child's record")
                .check(hearth);
    }

    @Test
    void shouldLetOnlyImportsAndTheDemoLoadWholeJourneysInBulk() {
        // The bulk loader writes whole journeys checked by every journey rule, for a return brought in or the demo
        // authority; everything else changes a record through a stage's command (JourneyService.execute).
        noClasses().that().resideOutsideOfPackages("org.hearth.journey..", "org.hearth.returns..",
                        "org.hearth.demo..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.BulkLoader")
                .check(hearth);
    }

    @Test
    void shouldLetTheDfeDataFlowReadChildrenOnlyThroughTheSeam() throws IOException {
        // A bulk disclosure to the DfE: the records come from JourneyService's audited system read (the seam), never
        // from the repository, the bulk loader or a query of the child's tables of its own.
        noClasses().that().resideInAPackage("org.hearth.dfeapi..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.JourneyRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.BulkLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.audit.AuditLog")
                .check(hearth);
        Pattern table = Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE)\\s+(?!SET\\b)(\\w+)"); // SQL keywords are upper case here
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth/dfeapi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // SQL is in string literals: "ends the DfE's answer FROM the server" in a comment is not a query.
                Matcher literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(Files.readString(file));
                while (literal.find()) {
                    Matcher m = table.matcher(literal.group());
                    while (m.find()) {
                        if (!m.group(2).toLowerCase().startsWith("dfeapi_")) {
                            offenders.add(file.getFileName() + " touches " + m.group(2));
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("the data flow's SQL touches only its own tables").isEmpty();
    }

    @Test
    void shouldLetTheSsdExportReadChildrensRecordsOnlyThroughTheSeam() throws IOException {
        // The SSD is a bulk disclosure: it reads every child through JourneyService.forEachKnownToLa, one system
        // read audited by the seam with its purpose. It may not load journeys itself nor query a child's tables.
        noClasses().that().resideInAPackage("org.hearth.ssd..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.JourneyRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.journey.BulkLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hearth.audit.AuditLog")
                .check(hearth);
        Set<String> childTables = new TreeSet<>(Set.of("ssd_person", "ssd_disability", "chronology_entry"));
        for (EpisodeKind<?> kind : Stages.allKinds()) {
            childTables.add(kind.table().table());
        }
        Pattern read = Pattern.compile("(?i)\\b(FROM|JOIN)\\s+(\\w+)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth/ssd"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = read.matcher(Files.readString(file));
                while (m.find()) {
                    if (childTables.contains(m.group(2).toLowerCase())) {
                        offenders.add(file + " reads " + m.group(2));
                    }
                }
            }
        }
        assertThat(offenders).as("the SSD export reads children's records only through the seam").isEmpty();
    }

    /** The classes that write a child's tables: the record's own module. */
    private static final List<String> WRITERS = List.of("journey/JourneyRepository.java", "journey/BulkLoader.java",
            "chronology/ChronologyWriter.java", "chronology/SignificantEvents.java");

    /**
     * The child's own space (what the child said, their hopes, their people, the plan in their words, advocacy, their
     * account, codes and outbox) is written only by its own package, whose every write runs through the access seam;
     * the demo's link of its two accounts is the one exception.
     */
    @Test
    void shouldLetOnlyTheChildsOwnSpaceWriteItsTables() throws IOException {
        Set<String> tables = Set.of("child_says", "child_ambition", "child_person", "child_plan_words", "child_plan_dates",
                "child_advocacy", "child_space_mark", "portal_account", "portal_code", "portal_outbox",
                "record_child_views");
        Pattern write = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(\\w+)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                if (where.contains("/org/hearth/portal/") || where.endsWith("demo/DemoPortalAccounts.java")) {
                    continue;
                }
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    if (tables.contains(m.group(2).toLowerCase())) {
                        offenders.add(where + " writes " + m.group(2));
                    }
                }
            }
        }
        assertThat(offenders).as("only the child's own space writes its tables").isEmpty();
        noClasses().that().resideOutsideOfPackages("org.hearth.portal..", "org.hearth.care..", "org.hearth.demo..",
                        "org.hearth.stages..", "org.hearth.protection..", "org.hearth.assessment..", "org.hearth.visits..",
                        "org.hearth.chronology..")
                .should().dependOnClassesThat().resideInAPackage("org.hearth.portal..")
                .because("the record's stages reach the child's own space only where it feeds them (the forms that "
                        + "take the child's views: reviews, conferences, visits, missing episodes, and the chronology "
                        + "entry that shows them back); the one registration of stages lists its kinds")
                .check(hearth);
        noClasses().that().resideInAPackage("org.hearth.stages..")
                .should().dependOnClassesThat().resideInAPackage("org.hearth.portal")
                .because("the registration knows the child's space only as a stage (portal.space), not its pages")
                .check(hearth);
        noClasses().that().resideInAPackage("org.hearth.portal.space..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.hearth.portal")
                .because("the child's own commands are plain Java, run by the journey like every stage's, and know "
                        + "nothing of the pages or the API that call them")
                .check(hearth);
        // and those stages reach it only through OwnWords (and the occasions it names), never its tables or pages
        noClasses().that().resideInAnyPackage("org.hearth.protection..", "org.hearth.assessment..",
                        "org.hearth.visits..", "org.hearth.care..", "org.hearth.chronology..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "portal classes other than OwnWords and SayWhatIThink",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("org.hearth.portal")
                                && !c.getName().startsWith("org.hearth.portal.OwnWords")
                                && !c.getName().startsWith("org.hearth.portal.space.SayWhatIThink")))
                .check(hearth);
    }

    @Test
    void shouldMarkSignificantEventsOnlyThroughTheSeam() throws IOException {
        String marks = Files.readString(Path.of("src/main/java/org/hearth/chronology/SignificantEvents.java"));
        Matcher writes = Pattern.compile("(?i)(INSERT\\s+INTO|DELETE\\s+FROM)\\s+chronology_significance").matcher(marks);
        int n = 0;
        while (writes.find()) {
            n++;
            String before = marks.substring(0, writes.start());
            assertThat(before.lastIndexOf("journeys.writePart(")).as("each write of a mark runs inside writePart")
                    .isGreaterThan(Math.max(before.lastIndexOf("\n    public "), before.lastIndexOf("\n    void ")));
        }
        assertThat(n).isEqualTo(2);
    }

    /**
     * A carer's access is their link to the child's placement and nothing else: the CARER assignment is mirrored from
     * the link by the database (V36's trigger), so it ends with the link, which ends with the placement. No Java code
     * writes role assignments in the carers' package, nor a CARER assignment anywhere.
     */
    @Test
    void shouldGiveACarerAccessOnlyThroughTheirLinkToThePlacement() throws IOException {
        Pattern write = Pattern.compile("(?is)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+role_assignment\\b([^;\"]*)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hearth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = file.toString().replace('\\', '/');
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    if (where.contains("/carers/") || m.group(2).contains("CARER")) {
                        offenders.add(where + " writes role_assignment");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(Files.readString(Path.of("src/main/resources/db/migration/V36__carers.sql")))
                .contains("CREATE TRIGGER placement_carers_assignment_insert")
                .contains("CREATE TRIGGER placement_carers_assignment_update");
    }

    @Test
    void shouldKeepStagesAndTheClocksFreeOfTheStabilityIndex() {
        // Stability reads placements, allocations and schools; care asks it for the ties a move could break only
        // through care.PlacementTies, and My work lists its figure only through clocks.TaskSource.
        List<String> below = new ArrayList<>(STAGE_PACKAGES.stream().map(p -> p + "..").toList());
        below.add("org.hearth.clocks..");
        below.add("org.hearth.journey..");
        noClasses().that().resideInAnyPackage(below.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage("org.hearth.stability..")
                .because("the stability index is computed from the stages' records, never the other way round")
                .check(hearth);
    }

    @Test
    void shouldRegisterEveryStageOnceWithKindsNamedOnce() {
        List<String> names = Stages.allKinds().stream().map(EpisodeKind::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(Stages.standard().stages().stream().map(Stage::name).toList()).doesNotHaveDuplicates();
    }
}
