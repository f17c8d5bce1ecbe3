package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.CHILD_ID;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class NetworkCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw", "Sam", Role.SOCIAL_WORKER, "T1"), TODAY);
    static final UUID SIBLING = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();
    final ChildJourney child = aChild().journey();

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    /** Issue 15: relating an unrelated child's id to your own child showed that child's name on the ecomap. */
    @Test
    void shouldRelateTheChildOnlyToSomeoneTheWorkerMaySeeAndAnswerAnUnknownIdTheSame() {
        JourneyCommand.Decision ok = new RecordRelationship(SIBLING, "SIBLING", false, null, null, SIBLING::equals)
                .decide(child, WORKER);
        assertThat(ok.refusals()).isEmpty();
        assertThat(FormChanges.refusals(child, ok.changes())).isEmpty();
        List<String> hidden = refusals(child, new RecordRelationship(STRANGER, "SIBLING", false, null, null,
                SIBLING::equals));
        List<String> unknown = refusals(child, new RecordRelationship(UUID.randomUUID(), "SIBLING", false, null, null,
                SIBLING::equals));
        assertThat(hidden).singleElement().asString().startsWith("There is no one with this id whose record you can see");
        assertThat(unknown).isEqualTo(hidden);
        assertThat(refusals(child, new AddPersonWhoMatters("Nan", "PERSON", "Nan", null, STRANGER, null, null,
                SIBLING::equals))).isEqualTo(hidden);
        assertThat(refusals(child, new RecordRelationship(CHILD_ID, "SIBLING", false, null, null, id -> true)))
                .containsExactly("Choose someone other than the child: a child is not related to themself");
    }

    @Test
    void shouldRefuseAnUnknownTypeAndFutureOrBackwardDates() {
        assertThat(refusals(child, new RecordRelationship(SIBLING, "sibling", false, TODAY.plusDays(1),
                TODAY.minusDays(1), SIBLING::equals))).containsExactly(
                "Choose the relationship: CARER, FATHER, FRIEND, GRANDPARENT, HALF_SIBLING, MOTHER, OTHER, "
                        + "OTHER_RELATIVE, SIBLING, STEP_PARENT, STEP_SIBLING",
                "The start date must be today or in the past",
                "The end date must be on or after the start date");
    }

    @Test
    void shouldAddAPetInTheChildsWordsAndRefuseAnEmptyOrHugeName() {
        JourneyCommand.Decision d = new AddPersonWhoMatters(" Biscuit ", "PET", "Dog", "He sleeps on my bed", null,
                null, null, id -> false).decide(child, WORKER);
        assertThat(d.refusals()).isEmpty();
        assertThat(((PersonWhoMatters) d.changes().get(0).record()).name()).isEqualTo("Biscuit");
        assertThat(refusals(child, new AddPersonWhoMatters(" ", "DOG", null, null, null, null, null, id -> false)))
                .containsExactly("Enter the name the child uses for them", "Say whether this is a PERSON or a PET");
        assertThat(refusals(child, new AddPersonWhoMatters("x".repeat(100_000), "PERSON", null, null, null, null,
                null, id -> false))).containsExactly("The name must be 100 characters or fewer");
    }

    @Test
    void shouldRecordAnAddressWithARealPostcodeAndStartDate() {
        JourneyCommand.Decision d = new RecordAddress("Home", "1 Test Street", "ls6 1aa", day(2020, 1, 1), null)
                .decide(child, WORKER);
        assertThat(d.refusals()).isEmpty();
        assertThat(((Address) d.changes().get(0).record()).addressPostcode()).isEqualTo("LS6 1AA");
        assertThat(refusals(child, new RecordAddress("Home", "", "NOT A CODE", null, null))).containsExactly(
                "Enter the address", "Enter a real postcode, like LS6 1AA",
                "Enter the date the child started living there");
    }
}
