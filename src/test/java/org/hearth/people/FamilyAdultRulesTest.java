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
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** Issue 13 §2: a parent or other adult as a person, with parental responsibility and their own care history. */
class FamilyAdultRulesTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw", "Sam", Role.SOCIAL_WORKER, "T1"), TODAY);
    static final UUID MUMS_OWN_RECORD = UUID.randomUUID();
    final ChildJourney child = aChild().journey();

    static FamilyAdult mother(Boolean pr, String basis) {
        return new FamilyAdult(null, null, null, "MOTHER", "Dana", "Reid", day(1990, 2, 3), "F", "WBRI", "English",
                "4 Mill Lane, Leeds", "ls6 1aa", true, pr, basis, "LOOKED_AFTER", MUMS_OWN_RECORD, "SEPARATED", null,
                null, null);
    }

    static List<String> refusals(ChildJourney j, JourneyCommand c) {
        return c.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldRecordAMotherWithParentalResponsibilityAndHerOwnRecordAsAChild() {
        JourneyCommand.Decision d = new RecordFamilyAdult(null, mother(true, "BIRTH_MOTHER"), MUMS_OWN_RECORD::equals)
                .decide(child, WORKER);
        assertThat(d.refusals()).isEmpty();
        FamilyAdult saved = (FamilyAdult) d.changes().get(0).record();
        assertThat(saved.personId()).isEqualTo(CHILD_ID);
        assertThat(saved.addressPostcode()).isEqualTo("LS6 1AA");
        assertThat(saved.ownChildRecordId()).isEqualTo(MUMS_OWN_RECORD);
        assertThat(saved.summary()).isEqualTo("Mother recorded, with parental responsibility");
        assertThat(FormChanges.refusals(child, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseParentalResponsibilityWithoutSayingHowOrHowWithoutHoldingIt() {
        assertThat(refusals(child, new RecordFamilyAdult(null, mother(true, null), id -> true)))
                .containsExactly("Say how they hold parental responsibility");
        assertThat(refusals(child, new RecordFamilyAdult(null, mother(false, "PR_ORDER"), id -> true)))
                .containsExactly("Say how parental responsibility is held only when they hold it");
        assertThat(refusals(child, new RecordFamilyAdult(null, mother(null, null), id -> true)))
                .containsExactly("Say whether they hold parental responsibility for the child");
        FamilyAdult father = new FamilyAdult(null, null, null, "FATHER", "Lee", "Reid", null, "M", null, null, null,
                null, false, true, "BIRTH_MOTHER", null, null, null, null, null, null);
        assertThat(refusals(child, new RecordFamilyAdult(null, father, id -> true)))
                .containsExactly("Only the child's mother holds parental responsibility as the birth mother");
    }

    @Test
    void shouldLinkTheirOwnRecordOnlyWhenTheWorkerMaySeeItAndAnswerAnUnknownIdTheSame() {
        List<String> hidden = refusals(child, new RecordFamilyAdult(null, mother(true, "BIRTH_MOTHER"), id -> false));
        assertThat(hidden).containsExactly("There is no record with this id that you can see. Link a record you work "
                + "on, or leave the link out");
        FamilyAdult known = mother(true, "BIRTH_MOTHER");
        FamilyAdult notKnownAsAChild = new FamilyAdult(null, null, null, "MOTHER", "Dana", null, null, "F", null, null,
                null, null, null, true, "BIRTH_MOTHER", "NOT_KNOWN", known.ownChildRecordId(), null, null, null, null);
        assertThat(refusals(child, new RecordFamilyAdult(null, notKnownAsAChild, id -> true))).containsExactly(
                "Link their own record as a child only when they were known to children's social care as a child");
        FamilyAdult self = new FamilyAdult(null, null, null, "MOTHER", "Dana", null, null, "F", null, null, null, null,
                null, true, "BIRTH_MOTHER", "CIN", CHILD_ID, null, null, null, null);
        assertThat(refusals(child, new RecordFamilyAdult(null, self, id -> true))).isEqualTo(hidden);
    }

    @Test
    void shouldRefuseFutureDatesAParentBornAfterTheChildAndAnEndBeforeTheStart() {
        FamilyAdult a = new FamilyAdult(null, null, null, "MOTHER", "Dana", null, JourneyBuilder.BORN.plusDays(1), "X",
                "NOPE", null, null, "not a postcode", null, false, null, "MAYBE", null, null, TODAY.plusDays(1),
                TODAY.minusDays(5), TODAY.minusDays(10));
        assertThat(refusals(child, new RecordFamilyAdult(null, a, id -> true))).containsExactly(
                "A parent's date of birth must be before the child's",
                "Choose female, male or not known",
                "Choose their ethnicity from the list",
                "Enter a real postcode, like LS6 1AA",
                "Choose whether they were known to children's social care as a child",
                "The date they died must be today or in the past",
                "The end date must be on or after the start date");
        FamilyAdult unnamed = new FamilyAdult(null, null, null, "AUNTIE", " ", null, null, null, null, null, null,
                null, null, false, null, null, null, "MARRIED", null, null, null);
        assertThat(refusals(child, new RecordFamilyAdult(null, unnamed, id -> true))).containsExactly(
                "Choose who they are to the child", "Enter their first name or last name",
                "Say how they are with the child's other parent only for a parent or a parent's partner");
    }

    @Test
    void shouldChangeOnlyAnAdultOnThisChildsRecordAndKeepTheirPlaceOnHearth() {
        UUID adult = UUID.randomUUID();
        UUID recorded = UUID.randomUUID();
        FamilyAdult before = new FamilyAdult(recorded, CHILD_ID, adult, "FATHER", "Lee", "Reid", null, "M", null, null,
                null, null, false, false, null, null, null, null, null, null, null);
        ChildJourney j = aChild().with(before).journey();
        FamilyAdult ended = new FamilyAdult(null, null, null, "FATHER", "Lee", "Reid", null, "M", null, null, null,
                null, false, true, "PR_ORDER", null, null, null, null, null, TODAY);
        JourneyCommand.Decision d = new RecordFamilyAdult(recorded, ended, id -> false).decide(j, WORKER);
        assertThat(d.refusals()).isEmpty();
        FamilyAdult saved = (FamilyAdult) d.changes().get(0).record();
        assertThat(saved.id()).isEqualTo(recorded);
        assertThat(saved.adultPersonId()).isEqualTo(adult);
        assertThat(saved.endDate()).isEqualTo(TODAY);
        assertThat(refusals(j, new RecordFamilyAdult(UUID.randomUUID(), ended, id -> false)))
                .containsExactly("This adult is not on the child's record");
    }

    @Test
    void shouldChangeAnAddressOrPersonWhoMattersOnlyOnThisChildsRecordWithTheChecksOfAddingOne() {
        UUID id = UUID.randomUUID();
        Address home = new Address(id, CHILD_ID, "Home", "1 Mill Lane", "LS6 1AA", day(2020, 1, 1), null);
        ChildJourney j = aChild().with(home).journey();
        JourneyCommand.Decision moved = ChangeNetworkRecord.address(id, new RecordAddress("Home", "1 Mill Lane",
                "LS6 1AA", day(2020, 1, 1), day(2026, 3, 1))).decide(j, WORKER);
        assertThat(moved.refusals()).isEmpty();
        assertThat(((Address) moved.changes().get(0).record()).id()).isEqualTo(id);
        assertThat(refusals(j, ChangeNetworkRecord.address(id, new RecordAddress("Home", "1 Mill Lane", "LS6 1AA",
                day(2020, 1, 1), day(2019, 3, 1))))).containsExactly("The end date must be on or after the start date");
        assertThat(refusals(j, ChangeNetworkRecord.address(id, new RecordAddress("Home", "1 Mill Lane", "LS6 1AA",
                TODAY.plusDays(3), null)))).containsExactly("The start date must be today or in the past");
        assertThat(refusals(j, ChangeNetworkRecord.address(UUID.randomUUID(), new RecordAddress("Home", "x",
                "LS6 1AA", day(2020, 1, 1), null)))).containsExactly("This address is not on the child's record");
        assertThat(refusals(j, ChangeNetworkRecord.personWhoMatters(id, new AddPersonWhoMatters("Nan", "PERSON", null,
                null, null, null, null, x -> false)))).containsExactly("This person who matters is not on the child's record");
    }
}
