package org.hearth.portal.space;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The checks of a person who matters, shared by adding and changing one; and finding one on the child's record. */
final class PeopleAnswers {
    private PeopleAnswers() {}

    static MyPerson.Checked check(UUID childId, UUID id, String kind, String name, String who, String words,
                                  boolean keepSeeing, int version) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", kind);
        form.put("name", name);
        form.put("who", who);
        form.put("words", words);
        form.put("keepSeeing", keepSeeing ? "yes" : "no");
        return MyPerson.check(id, childId, form, version);
    }

    /** The person on this child's own list (not taken off it), or the refusal saying it is not there. */
    static Optional<SomeoneWhoMatters> find(ChildJourney j, UUID id) {
        return id == null ? Optional.empty()
                : j.find(ChildSpaceStage.PEOPLE, id).filter(p -> !p.removed());
    }

    /**
     * A change the child makes to someone already on their own list (change, remove, ask to keep in touch): refused
     * when the record is not the child's own or the person is not on the list, else what {@code change} decides.
     */
    static JourneyCommand.Decision onTheirList(ChildJourney j, JourneyCommand.Context c, UUID self, UUID id, Object at,
                                               Function<SomeoneWhoMatters, JourneyCommand.Decision> change) {
        String kind = ChildSpaceStage.PEOPLE.name();
        Violation notTheirs = OwnSpace.notTheirs(j, c, self, kind);
        if (notTheirs != null) {
            return JourneyCommand.Decision.refused(notTheirs);
        }
        OwnSpace.requireTime(at);
        return find(j, id).map(change).orElseGet(() -> JourneyCommand.Decision.refused(notFound(kind)));
    }

    static Violation notFound(String kind) {
        return new Violation("my-people-found", null, kind, null, "id",
                "That person is not on your list of people who matter to you");
    }
}
