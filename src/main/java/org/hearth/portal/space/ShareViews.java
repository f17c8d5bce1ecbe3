package org.hearth.portal.space;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The child says what they think before a meeting or after going missing: the faces they chose for the occasion's
 * questions (by the question's key, "1" very sad to "5" very happy; any may be skipped), their own words, and before
 * a looked-after review how they will take part. At least a face or some words; the words 2,000 letters or fewer.
 * Whether the words may suggest harm is not decided here: it follows from the event of what was said.
 */
public record ShareViews(UUID self, String occasion, Map<String, String> faces, String words, String participation,
                         Instant at) implements JourneyCommand {
    static final String KIND = ChildSpaceStage.SAID.name();
    private static final HarmWords NO_FLAG = new HarmWords(List.of());

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        Violation notTheirs = OwnSpace.notTheirs(j, c, self, KIND);
        if (notTheirs != null) {
            return Decision.refused(notTheirs);
        }
        OwnSpace.requireTime(at);
        Map<String, String> form = new HashMap<>();
        if (faces != null) {
            faces.forEach((k, v) -> {
                if (k != null && v != null && !k.equals("words") && !k.equals("participation")) {
                    form.put(k, v);
                }
            });
        }
        if (words != null) {
            form.put("words", words);
        }
        if (participation != null) {
            form.put("participation", participation);
        }
        SayWhatIThink.Occasion o = SayWhatIThink.Occasion.of(occasion);
        if (o != null && faces != null) {
            for (String key : faces.keySet()) {
                if (key == null || !o.questions().containsKey(key)) {
                    return Decision.refused(new Violation("my-views-question", null, KIND, null, "faces",
                            "Answer the questions for " + o.label().toLowerCase()));
                }
            }
        }
        SayWhatIThink.Outcome out = SayWhatIThink.views(o, form, NO_FLAG);
        if (!out.ok()) {
            return Decision.refused(OwnSpace.refusals(KIND, "my-views-answers", out.problems()));
        }
        SayWhatIThink.Said said = out.said();
        return Decision.of(JourneyChange.of(ChildSpaceStage.SAID, new ChildSaid(null, j.child().id(),
                ChildSaid.VIEWS, said.occasion(), said.answers(), said.words(), said.participation(),
                c.actor().username(), at)));
    }
}
