package org.hearth.people.ecomap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.allocation.Allocation;
import org.hearth.journey.ChildJourney;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.Relationship;
import org.hearth.people.ecomap.Ecomap.Member;
import org.hearth.people.ecomap.Ecomap.Tie;
import org.junit.jupiter.api.Test;

class EcomapTest {
    static final LocalDate TODAY = day(2026, 11, 23);
    static final UUID MUM = UUID.randomUUID();
    static final UUID DAD = UUID.randomUUID();
    static final UUID SISTER = UUID.randomUUID();

    static Relationship relationship(UUID who, String type, boolean pr, LocalDate end) {
        return new Relationship(UUID.randomUUID(), CHILD_ID, who, type, pr, day(2015, 6, 1), end);
    }

    static PersonWhoMatters matters(String name, String kind, String relationship, String words, UUID related) {
        return new PersonWhoMatters(UUID.randomUUID(), CHILD_ID, name, kind, relationship, words, related, day(2024, 1, 1), null);
    }

    static Allocation allocated(String who, String role, LocalDate end) {
        return new Allocation(UUID.randomUUID(), CHILD_ID, who, role, "team-a", day(2025, 1, 1), end, null);
    }

    static final Map<UUID, String> NAMES = Map.of(MUM, "Grace Mensah", DAD, "Kofi Mensah", SISTER, "Ama Mensah");

    @Test
    void shouldPutRelativesPeopleWhoMatterPetsAndProfessionalsInTheNetwork() {
        ChildJourney j = aChild().with(relationship(MUM, "MOTHER", true, null), relationship(DAD, "FATHER", false, null),
                relationship(SISTER, "SIBLING", false, null),
                matters("Ama", "PERSON", "Sister", "She plays with me", SISTER),
                matters("Biscuit", "PET", "Dog", "He sleeps on my bed", null),
                matters("Leo", "PERSON", "Friend", "My best friend", null),
                allocated("sw.one", "SW", null), allocated("iro.one", "IRO", null)).journey();

        Ecomap map = Ecomap.of(j, TODAY, NAMES, u -> "Name of " + u);

        assertThat(map.members()).containsExactly(
                new Member("Grace Mensah", "Mother, with parental responsibility", Tie.PARENT_WITH_PR, null),
                new Member("Kofi Mensah", "Father", Tie.FAMILY, null),
                new Member("Ama Mensah", "Sibling", Tie.FAMILY, "She plays with me"),
                new Member("Leo", "Friend", Tie.MATTERS, "My best friend"),
                new Member("Biscuit", "Dog", Tie.PET, "He sleeps on my bed"),
                new Member("Name of sw.one", "Social worker", Tie.PROFESSIONAL, null),
                new Member("Name of iro.one", "Independent reviewing officer", Tie.PROFESSIONAL, null));
        assertThat(map.ties()).containsExactly(Tie.PARENT_WITH_PR, Tie.FAMILY, Tie.MATTERS, Tie.PET, Tie.PROFESSIONAL);
    }

    @Test
    void shouldLeaveOutRelationshipsAndAllocationsThatHaveEnded() {
        ChildJourney j = aChild().with(relationship(DAD, "FATHER", true, day(2020, 1, 1)),
                allocated("sw.old", "SW", day(2025, 6, 1)), allocated("sw.new", "SW", null)).journey();

        Ecomap map = Ecomap.of(j, TODAY, NAMES, u -> u);

        assertThat(map.members()).extracting(Member::name).containsExactly("sw.new");
    }

    @Test
    void shouldShowThePlacementOfALookedAfterChild() {
        ChildJourney j = aChild().lookedAfter(day(2025, 3, 1), null).journey();

        Ecomap map = Ecomap.of(j, TODAY, Map.of(), u -> u);

        assertThat(map.members()).singleElement().satisfies(m -> {
            assertThat(m.tie()).isEqualTo(Tie.CARER);
            assertThat(m.name()).isEqualTo("Placement (U1)");
            assertThat(m.role()).contains("since 1 March 2025");
        });
    }

    @Test
    void shouldNotShowAPlacementOnceTheChildHasLeftCare() {
        ChildJourney j = aChild().lookedAfter(day(2024, 3, 1), day(2025, 3, 1)).journey();
        assertThat(Ecomap.of(j, TODAY, Map.of(), u -> u).members()).isEmpty();
    }
}
