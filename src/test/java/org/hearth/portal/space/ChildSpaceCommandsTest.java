package org.hearth.portal.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/** The child's own commands, decided on a journey in plain Java: their own record only, as themself, within limits. */
class ChildSpaceCommandsTest {
    static final Actor CHILD = new Actor("child.one", "Joshua", Role.CHILD, null);
    static final Actor LEAVER = new Actor("leaver.one", "Sam", Role.YOUNG_PERSON, null);
    static final Actor SW = new Actor("sw.one", "Sam Worker", Role.SOCIAL_WORKER, "T01");
    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    final ChildJourney journey = aChild().journey();
    final UUID self = journey.child().id();

    static JourneyCommand.Context as(Actor actor) {
        return new JourneyCommand.Context(actor, LocalDate.of(2026, 3, 10));
    }

    static List<String> refusals(JourneyCommand.Decision d) {
        return d.refusals().stream().map(Violation::message).toList();
    }

    static List<String> fields(JourneyCommand.Decision d) {
        return d.refusals().stream().map(Violation::field).toList();
    }

    /** Runs the command and returns the journey as saved, failing if it is refused or breaks a rule. */
    static ChildJourney run(ChildJourney j, JourneyCommand command, Actor actor) {
        JourneyCommand.Decision d = command.decide(j, as(actor));
        assertThat(refusals(d)).as(command.getClass().getSimpleName()).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        return FormChanges.applied(j, d.changes());
    }

    @Test
    void shouldKeepTheChildsViewsWithTheirFacesWordsAndHowTheyWillTakePart() {
        ChildJourney j = run(journey, new ShareViews(self, "care-review", Map.of("feelHome", "4"), "I like it here",
                "PN1", NOW), CHILD);
        ChildSaid said = j.all(ChildSpaceStage.SAID).get(0);
        assertThat(said.kind()).isEqualTo(ChildSaid.VIEWS);
        assertThat(said.answers()).isEqualTo("How do you feel about where you live? Happy");
        assertThat(said.words()).isEqualTo("I like it here");
        assertThat(said.participation()).isEqualTo("PN1");
        assertThat(said.writtenBy()).isEqualTo("child.one");
        assertThat(said.startDate()).as("not a step of care: out of the chronology").isNull();
    }

    @Test
    void shouldRefuseViewsWithNothingSaidAFaceOffTheScaleOrAQuestionOfAnotherOccasion() {
        assertThat(fields(new ShareViews(self, "visit", Map.of(), null, null, NOW).decide(journey, as(CHILD))))
                .containsExactly("words");
        assertThat(fields(new ShareViews(self, "visit", Map.of("feelHome", "9"), null, null, NOW)
                .decide(journey, as(CHILD)))).contains("feelHome");
        assertThat(fields(new ShareViews(self, "missing", Map.of("feelSchool", "3"), null, null, NOW)
                .decide(journey, as(CHILD)))).containsExactly("faces");
        assertThat(fields(new ShareViews(self, "care-review", Map.of("feelHome", "3"), null, null, NOW)
                .decide(journey, as(CHILD)))).containsExactly("participation");
        assertThat(fields(new ShareViews(self, "party", Map.of(), "hi", null, NOW).decide(journey, as(CHILD))))
                .containsExactly("occasion");
    }

    @Test
    void shouldRefuseWordsLongerThanTwoThousandLettersAndKeepNothing() {
        JourneyCommand.Decision d = new SendMessage(self, ChildSaid.MESSAGE, "a".repeat(2_001), NOW)
                .decide(journey, as(CHILD));
        assertThat(d.changes()).isEmpty();
        assertThat(refusals(d)).singleElement().asString().contains("2,000 letters or fewer");
        assertThat(refusals(new SendMessage(self, ChildSaid.GOOD_NEWS, "  ", NOW).decide(journey, as(CHILD))))
                .containsExactly("Write your message");
        assertThat(fields(new SendMessage(self, "SHOUT", "hi", NOW).decide(journey, as(CHILD))))
                .containsExactly("kind");
    }

    @Test
    void shouldRefuseAnotherChildsRecordAndAWorkerWritingAsTheChild() {
        UUID other = UUID.randomUUID();
        assertThat(refusals(new SendMessage(other, ChildSaid.MESSAGE, "hi", NOW).decide(journey, as(CHILD))))
                .containsExactly("You can only write in your own space");
        assertThat(refusals(new SendMessage(null, ChildSaid.MESSAGE, "hi", NOW).decide(journey, as(CHILD))))
                .containsExactly("You can only write in your own space");
        assertThat(refusals(new SendMessage(self, ChildSaid.MESSAGE, "hi", NOW).decide(journey, as(SW))))
                .singleElement().asString().startsWith("Only the child can write in their own space");
        assertThat(refusals(new WriteHopes(self, "a", null, null, NOW).decide(journey, as(SW)))).hasSize(1);
        assertThat(refusals(new AskForAdvocate(self, NOW).decide(journey, as(SW)))).hasSize(1);
        assertThat(refusals(new AddSomeoneWhoMatters(other, "PET", "Biscuit", null, null, false, NOW)
                .decide(journey, as(LEAVER)))).containsExactly("You can only write in your own space");
    }

    @Test
    void shouldWriteHopesOnceAndChangeTheSameRecordAfter() {
        ChildJourney first = run(journey, new WriteHopes(self, "Be in the team", null, null, NOW), CHILD);
        ChildJourney second = run(first, new WriteHopes(self, "Captain", "College", null, NOW.plusSeconds(60)), CHILD);
        assertThat(second.all(ChildSpaceStage.HOPES)).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo(first.all(ChildSpaceStage.HOPES).get(0).id());
            assertThat(h.oneYear()).isEqualTo("Captain");
            assertThat(h.version()).isEqualTo(2);
        });
        assertThat(fields(new WriteHopes(self, " ", null, "", NOW).decide(journey, as(CHILD))))
                .containsExactly("oneYear");
        assertThat(fields(new WriteHopes(self, null, "x".repeat(2_001), null, NOW).decide(journey, as(CHILD))))
                .containsExactly("threeYears");
    }

    @Test
    void shouldAddChangeAndTakeOffSomeoneWhoMattersOnlyFromTheirOwnList() {
        ChildJourney added = run(journey, new AddSomeoneWhoMatters(self, "PET", "Biscuit", "my dog", "Sleeps on my bed",
                false, NOW), CHILD);
        SomeoneWhoMatters dog = added.all(ChildSpaceStage.PEOPLE).get(0);
        assertThat(dog.keepSeeingSince()).isNull();
        ChildJourney changed = run(added, new ChangeSomeoneWhoMatters(self, dog.id(), "PET", "Biscuit", "my old dog",
                null, true, NOW.plusSeconds(5)), CHILD);
        assertThat(changed.find(ChildSpaceStage.PEOPLE, dog.id()).orElseThrow().keepSeeingSince())
                .as("asking to keep seeing them is a new request").isEqualTo(NOW.plusSeconds(5));
        ChildJourney removed = run(changed, new RemoveSomeoneWhoMatters(self, dog.id(), NOW.plusSeconds(9)), CHILD);
        assertThat(removed.find(ChildSpaceStage.PEOPLE, dog.id()).orElseThrow().removed()).isTrue();
        assertThat(refusals(new RemoveSomeoneWhoMatters(self, dog.id(), NOW).decide(removed, as(CHILD))))
                .containsExactly("That person is not on your list of people who matter to you");
        assertThat(fields(new ChangeSomeoneWhoMatters(self, UUID.randomUUID(), "PET", "Rex", null, null, false, NOW)
                .decide(added, as(CHILD)))).containsExactly("id");
    }

    @Test
    void shouldRefuseSomeoneWithNoNameAHugeNameOrAKindThatIsNeitherPersonNorPet() {
        assertThat(fields(new AddSomeoneWhoMatters(self, "CAT", " ", null, null, false, NOW).decide(journey, as(CHILD))))
                .containsExactlyInAnyOrder("kind", "name");
        assertThat(fields(new AddSomeoneWhoMatters(self, "PERSON", "N".repeat(101), null, null, false, NOW)
                .decide(journey, as(CHILD)))).containsExactly("name");
    }

    @Test
    void shouldAskAgainToKeepInTouchAfterTheLastRequest() {
        ChildJourney added = run(journey, new AddSomeoneWhoMatters(self, "PERSON", "Gran", null, null, true, NOW), CHILD);
        SomeoneWhoMatters gran = added.all(ChildSpaceStage.PEOPLE).get(0);
        assertThat(gran.keepSeeingSince()).isEqualTo(NOW);
        ChildJourney again = run(added, new AskToKeepInTouch(self, gran.id(), NOW.plusSeconds(3600)), CHILD);
        assertThat(again.find(ChildSpaceStage.PEOPLE, gran.id()).orElseThrow().keepSeeingSince())
                .isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void shouldAskForAnAdvocateOnceAndAnswerOnlyTheWorkersOffer() {
        ChildJourney asked = run(journey, new AskForAdvocate(self, NOW), CHILD);
        assertThat(asked.all(ChildSpaceStage.ADVOCACY)).singleElement()
                .satisfies(a -> assertThat(a.answer()).isEqualTo("YES"));
        assertThat(refusals(new AskForAdvocate(self, NOW).decide(asked, as(CHILD)))).singleElement().asString()
                .contains("already asked");
        ChildJourney offered = run(journey, new OfferAdvocate(NOW), SW);
        UUID offer = offered.all(ChildSpaceStage.ADVOCACY).get(0).id();
        assertThat(refusals(new OfferAdvocate(NOW).decide(journey, as(CHILD)))).hasSize(1);
        assertThat(fields(new AnswerAdvocateOffer(self, offer, "MAYBE", NOW).decide(offered, as(CHILD))))
                .containsExactly("answer");
        assertThat(fields(new AnswerAdvocateOffer(self, UUID.randomUUID(), "YES", NOW).decide(offered, as(CHILD))))
                .containsExactly("offerId");
        ChildJourney answered = run(offered, new AnswerAdvocateOffer(self, offer, "NOT_SURE", NOW), CHILD);
        assertThat(answered.find(ChildSpaceStage.ADVOCACY, offer).orElseThrow().answer()).isEqualTo("NOT_SURE");
        ChildJourney named = run(answered, new NameAdvocate(offer, "Ali Advocate", "0161 000 0000"), SW);
        assertThat(named.find(ChildSpaceStage.ADVOCACY, offer).orElseThrow().advocateName()).isEqualTo("Ali Advocate");
        assertThat(fields(new NameAdvocate(offer, " ", null).decide(answered, as(SW)))).containsExactly("advocateName");
    }

    @Test
    void shouldRefuseASecondSetOfHopesWhoeverWritesIt() {
        ChildJourney one = run(journey, new WriteHopes(self, "a", null, null, NOW), CHILD);
        ChildJourney two = one.with(ChildSpaceStage.HOPES, new ChildHopes(UUID.randomUUID(), self, "b", null, null, 1,
                "import", NOW));
        assertThat(ChildSpaceStage.check(two)).extracting(Violation::rule).containsExactly("my-hopes-once");
    }
}
