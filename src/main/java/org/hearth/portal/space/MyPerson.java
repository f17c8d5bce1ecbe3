package org.hearth.portal.space;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Someone (or a pet) who matters to the child, in the child's words: who they are to the child, what the child says
 * about them, and whether the child wants to keep seeing them (a request their worker is asked to act on). They
 * belong to the child, not to a placement, so they stay with the child across every move.
 */
public record MyPerson(UUID id, UUID childId, String kind, String name, String who, String words, boolean keepSeeing,
                       int version) {
    public static final int MAX_NAME = 100;

    public boolean pet() {
        return "PET".equals(kind);
    }

    /** The answers checked: the person to keep, or the problems (field to a message in the child's words). */
    public record Checked(MyPerson person, Map<String, String> problems) {}

    public static Checked check(UUID id, UUID childId, Map<String, String> form, int version) {
        Map<String, String> problems = new LinkedHashMap<>();
        String kind = SayWhatIThink.blankToNull(form.get("kind"));
        if (kind == null || !(kind.equals("PERSON") || kind.equals("PET"))) {
            problems.put("kind", "Choose a person or a pet");
        }
        String name = SayWhatIThink.blankToNull(form.get("name"));
        if (name == null) {
            problems.put("name", "Write their name");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "Write a name of " + MAX_NAME + " letters or fewer");
        } else if (!org.hearth.access.AccessSeam.isText(name)) {
            problems.put("name", "Use letters, numbers and emoji only");
        }
        String who = SayWhatIThink.blankToNull(form.get("who"));
        if (who != null && who.length() > MAX_NAME) {
            problems.put("who", "Write " + MAX_NAME + " letters or fewer");
        } else if (who != null && !org.hearth.access.AccessSeam.isText(who)) {
            problems.put("who", "Use letters, numbers and emoji only");
        }
        String words = SayWhatIThink.text(form.get("words"), "words", problems);
        boolean keep = "yes".equals(form.get("keepSeeing"));
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new MyPerson(id, childId, kind, name, who, words, keep, version), Map.of());
    }
}
