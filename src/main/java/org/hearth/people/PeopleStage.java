package org.hearth.people;

import java.util.List;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.Stage;

/** The child's network: people (and pets) who matter, relationships, addresses, the children a mother has had, immigration status, and the warnings on the record. */
public final class PeopleStage implements Stage {
    public static final EpisodeKind<PersonWhoMatters> PEOPLE_WHO_MATTER = EpisodeKind.of(20, "people-who-matter", "Person who matters",
            PersonWhoMatters.class, "people_who_matter", "pwma_", "pwma_table_id").preBirth().undated().afterDeath();
    public static final EpisodeKind<Relationship> RELATIONSHIPS = EpisodeKind.of(21, "relationships", "Relationship",
            Relationship.class, "person_relationship", "rela_", "rela_relationship_id").preBirth().undated().afterDeath();
    public static final EpisodeKind<Address> ADDRESSES = EpisodeKind.of(22, "addresses", "Address",
            Address.class, "ssd_address", "addr_", "addr_table_id").preBirth().undated();
    public static final EpisodeKind<MothersChild> MOTHERS_CHILDREN = EpisodeKind.of(25, "mothers-children", "Child born",
            MothersChild.class, "ssd_mother", "moth_", "moth_table_id");
    public static final EpisodeKind<ImmigrationStatus> IMMIGRATION_STATUSES = EpisodeKind.of(26, "immigration-statuses", "Immigration status",
            ImmigrationStatus.class, "ssd_immigration_status", "immi_", "immi_immigration_status_id").undated();

    /** Warnings shown in the identity bar (risk to staff, do not disclose the address, an interpreter needed…). */
    public static final EpisodeKind<Warning> WARNINGS = EpisodeKind.of(30, "warnings", "Warning",
            Warning.class, "person_warning", "pwar_", "pwar_warning_id").preBirth().undated().afterDeath();

    @Override
    public java.util.Map<String, String> savedMessages() {
        return java.util.Map.of("warning", "Warning added", "warning-ended", "Warning ended");
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(PEOPLE_WHO_MATTER, RELATIONSHIPS, ADDRESSES, MOTHERS_CHILDREN, IMMIGRATION_STATUSES, WARNINGS);
    }
}
