package org.hearth.portal.space;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The worker tells the child who their advocate is (name, and how to reach them), on an offer or ask the child said
 * yes to. Never the child themself.
 */
public record NameAdvocate(UUID advocacyId, String name, String contact) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.ADVOCACY.name();
    public static final int MAX = 200;

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!c.actor().role().practitioner()) {
            return Decision.refused(new Violation("advocacy-name-worker", null, KIND, null, null,
                    "Only the child's worker says who the advocate is"));
        }
        ChildAdvocacy a = advocacyId == null ? null : j.find(ChildSpaceStage.ADVOCACY, advocacyId).orElse(null);
        if (a == null) {
            return Decision.refused(new Violation("advocacy-found", null, KIND, null, "advocacyId",
                    "That request for an advocate is not on this child's record"));
        }
        List<Violation> out = new ArrayList<>();
        String n = SayWhatIThink.blankToNull(name);
        String how = SayWhatIThink.blankToNull(contact);
        if (n == null) {
            out.add(new Violation("advocacy-name", null, KIND, a.id(), "advocateName", "Enter the advocate's name"));
        } else if (n.length() > MAX) {
            out.add(new Violation("advocacy-name", null, KIND, a.id(), "advocateName",
                    "Enter a name of " + MAX + " characters or fewer"));
        }
        if (how != null && how.length() > MAX) {
            out.add(new Violation("advocacy-contact", null, KIND, a.id(), "advocateContact",
                    "Enter how to reach them in " + MAX + " characters or fewer"));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(ChildSpaceStage.ADVOCACY, new ChildAdvocacy(a.id(), a.personId(),
                a.askedByChild(), a.recordedBy(), a.recordedAt(), a.answer(), a.answeredAt(), n, how)));
    }
}
