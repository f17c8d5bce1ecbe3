package org.hearth.portal.space;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
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

    static Violation notFound(String kind) {
        return new Violation("my-people-found", null, kind, null, "id",
                "That person is not on your list of people who matter to you");
    }
}
