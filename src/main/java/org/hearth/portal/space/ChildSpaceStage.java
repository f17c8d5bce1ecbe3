package org.hearth.portal.space;

import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;
import org.hearth.journey.Violation;

/**
 * The child's own space as parts of their record (issue 12 §1): what they said, their hopes, the people and pets who
 * matter to them, and advocacy. Each kind is named as the access part it is ({@code my-views}, {@code my-ambitions},
 * {@code my-people}, {@code advocacy}), so the child's SELF view opens them and a carer's or partner's never does. The
 * child writes them with this package's commands through {@code JourneyService.execute}, like any step of the record.
 * None is dated as a step of the child's care, so none enters the chronology.
 */
public final class ChildSpaceStage implements Stage {
    public static final EpisodeKind<ChildSaid> SAID = EpisodeKind.of(50, "my-views", "What the child said",
            ChildSaid.class, "child_says", "", "says_id").undated().afterDeath();
    public static final EpisodeKind<ChildHopes> HOPES = EpisodeKind.of(51, "my-ambitions", "The child's hopes",
            ChildHopes.class, "child_ambition", "", "ambition_id").undated().afterDeath();
    public static final EpisodeKind<SomeoneWhoMatters> PEOPLE = EpisodeKind.of(52, "my-people",
            "Someone who matters to the child", SomeoneWhoMatters.class, "child_person", "", "matters_id").undated()
            .afterDeath();
    public static final EpisodeKind<ChildAdvocacy> ADVOCACY = EpisodeKind.of(53, "advocacy", "Advocacy",
            ChildAdvocacy.class, "child_advocacy", "", "advocacy_id").undated().afterDeath();

    @Override
    public String name() {
        return "portal";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(SAID, HOPES, PEOPLE, ADVOCACY);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(ChildSpaceStage::check);
    }

    /** True of the child's space whoever writes it: one set of hopes, known kinds and answers, the words kept short. */
    static List<Violation> check(ChildJourney j) {
        List<Violation> out = new ArrayList<>();
        if (j.all(HOPES).size() > 1) {
            out.add(new Violation("my-hopes-once", null, HOPES.name(), j.all(HOPES).get(1).id(), null,
                    "A child has one set of hopes, which they change"));
        }
        for (ChildSaid s : j.all(SAID)) {
            if (!List.of(ChildSaid.VIEWS, ChildSaid.MESSAGE, ChildSaid.GOOD_NEWS, ChildSaid.HELP).contains(s.kind())) {
                out.add(new Violation("my-views-kind", null, SAID.name(), s.id(), "kind", "Say what this is"));
            }
            if (tooLong(s.words())) {
                out.add(new Violation("my-views-length", null, SAID.name(), s.id(), "words", tooLongWords()));
            }
        }
        for (SomeoneWhoMatters p : j.all(PEOPLE)) {
            if (!SomeoneWhoMatters.PERSON.equals(p.kind()) && !SomeoneWhoMatters.PET.equals(p.kind())) {
                out.add(new Violation("my-people-kind", null, PEOPLE.name(), p.id(), "kind", "Choose a person or a pet"));
            }
            if (p.name() == null || p.name().isBlank()) {
                out.add(new Violation("my-people-name", null, PEOPLE.name(), p.id(), "name", "Write their name"));
            }
        }
        for (ChildAdvocacy a : j.all(ADVOCACY)) {
            if (a.answer() != null && !ChildAdvocacy.ANSWERS.contains(a.answer())) {
                out.add(new Violation("advocacy-answer", null, ADVOCACY.name(), a.id(), "answer", "Choose an answer"));
            }
        }
        return out;
    }

    static boolean tooLong(String words) {
        return words != null && words.length() > SayWhatIThink.MAX_WORDS;
    }

    static String tooLongWords() {
        return "Write " + String.format("%,d", SayWhatIThink.MAX_WORDS) + " letters or fewer";
    }
}
