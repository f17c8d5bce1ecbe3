package org.hearth.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.Instant;
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
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class CaseNoteCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T11:00:00Z");
    static final JourneyCommand.Context WORKER = new JourneyCommand.Context(
            new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1"), TODAY);
    static final JourneyCommand.Context MANAGER = new JourneyCommand.Context(
            new Actor("tm.test", "Terry Manager", Role.TEAM_MANAGER, "T1"), TODAY);
    final Referral referral = referral(day(2026, 1, 5));
    final ChildJourney child = aChild().with(referral).journey();

    static List<String> refusals(ChildJourney j, JourneyCommand command, JourneyCommand.Context who) {
        return command.decide(j, who).refusals().stream().map(Violation::message).toList();
    }

    static RecordCaseNote note(LocalDate date, String kind, String text) {
        return new RecordCaseNote(date, kind, "Mother", text, false, null, NOW);
    }

    @Test
    void shouldWriteANoteLinkedToItsStepWithWhoWroteItAndWhen() {
        JourneyCommand.Decision d = new RecordCaseNote(day(2026, 3, 9), "PHONE_CALL", " Mother ", " Spoke about school ",
                true, referral.id(), NOW).decide(child, WORKER);

        assertThat(d.refused()).isFalse();
        CaseNote n = (CaseNote) d.changes().get(0).record();
        assertThat(n.noteKind()).isEqualTo("PHONE_CALL");
        assertThat(n.seen()).isEqualTo("Mother");
        assertThat(n.noteText()).isEqualTo("Spoke about school");
        assertThat(n.restricted()).isTrue();
        assertThat(n.stepId()).isEqualTo(referral.id());
        assertThat(n.stepKind()).isEqualTo("referrals");
        assertThat(n.writtenBy()).isEqualTo("sw.test");
        assertThat(n.writtenAt()).isEqualTo(NOW);
        assertThat(n.summary()).isEqualTo("Case note: phone call with Mother");
        assertThat(FormChanges.refusals(child, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseAFutureDateAMissingKindAnUnknownKindAndNoText() {
        assertThat(refusals(child, note(TODAY.plusDays(1), "VISIT", "x"), WORKER))
                .containsExactly("A note records work that has happened: the date must be today or before");
        assertThat(refusals(child, note(null, null, " "), WORKER)).containsExactly(
                "Enter the date of the work the note records", "Select what kind of note this is", "Write the note");
        assertThat(refusals(child, note(TODAY, "GOSSIP", "x"), WORKER))
                .containsExactly("Select what kind of note this is from the list");
        assertThat(refusals(child, note(TODAY, "VISIT", "x".repeat(20_001)), WORKER))
                .containsExactly("Write the note in 20,000 characters or fewer");
    }

    @Test
    void shouldLeaveManagementOversightAndSupervisionDecisionsToATeamManager() {
        assertThat(refusals(child, note(TODAY, "MANAGEMENT_OVERSIGHT", "Agreed the plan"), WORKER))
                .containsExactly("Only a team manager records management oversight: choose another kind of note");
        assertThat(refusals(child, note(TODAY, "SUPERVISION_DECISION", "Step down"), WORKER)).hasSize(1);
        assertThat(refusals(child, note(TODAY, "MANAGEMENT_OVERSIGHT", "Agreed the plan"), MANAGER)).isEmpty();
    }

    @Test
    void shouldRefuseAStepThatIsNotOnThisChildsRecordOrIsANote() {
        assertThat(refusals(child, new RecordCaseNote(TODAY, "VISIT", null, "x", false, UUID.randomUUID(), NOW), WORKER))
                .containsExactly("Choose a step of this child's record for the note to belong to");
        CaseNote existing = written(child, "First");
        ChildJourney withNote = JourneyBuilder.add(child, existing);
        assertThat(refusals(withNote, new RecordCaseNote(TODAY, "VISIT", null, "x", false, existing.id(), NOW), WORKER))
                .containsExactly("Choose a step of this child's record for the note to belong to");
    }

    @Test
    void shouldCorrectANoteBesideTheOriginalWithWhoWhenAndWhy() {
        CaseNote original = written(child, "Saw Amy at schol");
        ChildJourney j = JourneyBuilder.add(child, original);

        JourneyCommand.Decision d = new AmendCaseNote(original.id(), "Saw Amy at school", "typing error", NOW)
                .decide(j, WORKER);

        assertThat(d.refused()).isFalse();
        assertThat(d.changes()).hasSize(1);
        CaseNoteAmendment a = (CaseNoteAmendment) d.changes().get(0).record();
        assertThat(a.id()).as("added, not replacing the note").isNull();
        assertThat(a.noteId()).isEqualTo(original.id());
        assertThat(a.reason()).isEqualTo("typing error");
        assertThat(a.amendedBy()).isEqualTo("sw.test");
        assertThat(a.amendedAt()).isEqualTo(NOW);
        ChildJourney after = JourneyBuilder.add(j, new CaseNoteAmendment(UUID.randomUUID(), a.personId(), a.noteId(),
                a.amendedOn(), a.noteText(), a.reason(), a.restricted(), a.amendedBy(), a.amendedAt()));
        NotesStage.NoteAsItReads reads = NotesStage.read(after, original.id()).orElseThrow();
        assertThat(reads.text()).isEqualTo("Saw Amy at school");
        assertThat(reads.note().noteText()).as("the original kept").isEqualTo("Saw Amy at schol");
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseACorrectionOfAnotherChildsNoteOneWithoutAReasonAndOneThatChangesNothing() {
        CaseNote original = written(child, "Saw Amy");
        ChildJourney j = JourneyBuilder.add(child, original);

        assertThat(refusals(j, new AmendCaseNote(UUID.randomUUID(), "Saw Amy at home", "wrong", NOW), WORKER))
                .containsExactly("There is no such case note on this child's record");
        assertThat(refusals(j, new AmendCaseNote(original.id(), "Saw Amy at home", " ", NOW), WORKER))
                .containsExactly("Say why the note is being corrected");
        assertThat(refusals(j, new AmendCaseNote(original.id(), " Saw Amy ", "no change", NOW), WORKER))
                .containsExactly("The note already reads like this: change what needs correcting");
    }

    @Test
    void shouldKeepACorrectionOfARestrictedNoteRestricted() {
        CaseNote secret = new CaseNote(UUID.randomUUID(), child.child().id(), TODAY, "PHONE_CALL", null, "Refuge address",
                true, null, null, "sw.test", NOW);
        CaseNoteAmendment a = (CaseNoteAmendment) new AmendCaseNote(secret.id(), "A refuge", "too much said", NOW)
                .decide(JourneyBuilder.add(child, secret), WORKER).changes().get(0).record();
        assertThat(a.restricted()).isTrue();
    }

    @Test
    void shouldFindACorrectionOfANoteThatIsNotThereByTheRules() {
        CaseNoteAmendment orphan = new CaseNoteAmendment(UUID.randomUUID(), child.child().id(), UUID.randomUUID(), TODAY,
                "text", "why", false, "sw.test", NOW);
        assertThat(NoteRules.check(JourneyBuilder.add(child, orphan))).extracting(Violation::rule)
                .containsExactly("note-amend-note");
    }

    static CaseNote written(ChildJourney j, String text) {
        return new CaseNote(UUID.randomUUID(), j.child().id(), day(2026, 3, 1), "VISIT", null, text, false, null, null,
                "sw.test", NOW);
    }
}
