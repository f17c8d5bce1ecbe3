package org.hearth.people;

import java.util.List;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.Stage;

/** The child's network: people (and pets) who matter, parents and other adults, relationships, addresses, the children a mother has had, immigration status, and the warnings on the record. */
public final class PeopleStage implements Stage {
    public static final EpisodeKind<PersonWhoMatters> PEOPLE_WHO_MATTER = EpisodeKind.of(20, "people-who-matter", "Person who matters",
            PersonWhoMatters.class, "people_who_matter", "pwma_", "pwma_table_id").preBirth().undated().afterDeath();
    public static final EpisodeKind<Relationship> RELATIONSHIPS = EpisodeKind.of(21, "relationships", "Relationship",
            Relationship.class, "person_relationship", "rela_", "rela_relationship_id").preBirth().undated().afterDeath();
    public static final EpisodeKind<Address> ADDRESSES = EpisodeKind.of(22, "addresses", "Address",
            Address.class, "ssd_address", "addr_", "addr_table_id").preBirth().undated();
    public static final EpisodeKind<MothersChild> MOTHERS_CHILDREN = EpisodeKind.of(25, "mothers-children", "Child born",
            MothersChild.class, "ssd_mother", "moth_", "moth_table_id");
    public static final EpisodeKind<FamilyAdult> FAMILY_ADULTS = EpisodeKind.of(30, "family-adults",
            "Parent or other adult", FamilyAdult.class, "family_adult", "fadu_", "fadu_table_id").preBirth().undated()
            .afterDeath()
            .coded("relationship", FamilyCodes.FAMILY_ADULT, FamilyAdult::relationship)
            .coded("prBasis", FamilyCodes.PR_BASIS, FamilyAdult::prBasis)
            .coded("careHistory", FamilyCodes.CARE_HISTORY, FamilyAdult::careHistory)
            .coded("coupleStatus", FamilyCodes.COUPLE, FamilyAdult::coupleStatus)
            .coded("ethnicity", FamilyCodes.ETHNIC, FamilyAdult::ethnicity);
    public static final EpisodeKind<ImmigrationStatus> IMMIGRATION_STATUSES = EpisodeKind.of(26, "immigration-statuses", "Immigration status",
            ImmigrationStatus.class, "ssd_immigration_status", "immi_", "immi_immigration_status_id").undated();

    /** Warnings shown in the identity bar (risk to staff, do not disclose the address, an interpreter needed…). */
    public static final EpisodeKind<Warning> WARNINGS = EpisodeKind.of(30, "warnings", "Warning",
            Warning.class, "person_warning", "pwar_", "pwar_warning_id").preBirth().undated().afterDeath();

    /** The schools the child attended, with dates: school moves count in the stability index. */
    public static final EpisodeKind<SchoolAttended> SCHOOLS = EpisodeKind.of(22, "schools", "School",
            SchoolAttended.class, "child_school", "csch_", "csch_school_id").noOverlap("");

    @Override
    public java.util.Map<String, String> savedMessages() {
        return java.util.Map.of("warning", "Warning added", "warning-ended", "Warning ended", "school", "School recorded");
    }

    @Override
    public String name() {
        return "people";
    }

    /**
     * Checking whether other records on Hearth are this child (the identity matcher's candidates, links and "not the
     * same child" decisions): for practitioners who may change the child's details.
     */
    @Override
    public List<Stage.Action> actions(org.hearth.journey.ChildJourney journey, org.hearth.access.Actor actor,
                                      java.time.LocalDate today) {
        return List.of(new Stage.Action("Check for other records of this child",
                "/children/" + journey.child().id() + "/identity", List.of(org.hearth.access.RecordParts.PERSON)));
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(PEOPLE_WHO_MATTER, RELATIONSHIPS, ADDRESSES, MOTHERS_CHILDREN, IMMIGRATION_STATUSES, FAMILY_ADULTS,
                WARNINGS, SCHOOLS);
    }
}
