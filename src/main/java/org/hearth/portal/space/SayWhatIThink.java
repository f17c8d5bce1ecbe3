package org.hearth.portal.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Say what I think": a child's short guided set of answers before a meeting (a looked-after review, a child
 * protection conference, a child in need review, a visit) or after going missing, and any time a message to their
 * worker or good news. Each question is answered on a five-face scale, then in their own words; before a
 * looked-after review the child also chooses how they will take part, which is a DfE participation code (PN1–PN6)
 * that the IRO's review form starts from. Plain Java: the answers in, what to keep (or what to put right) out.
 */
public final class SayWhatIThink {
    public static final int MAX_WORDS = 2_000;

    /** What the child is saying something about. */
    public enum Occasion {
        CARE_REVIEW("care-review", "My review meeting"),
        CP_CONFERENCE("cp-conference", "A meeting to keep me safe"),
        CIN_REVIEW("cin-review", "A meeting about my help"),
        VISIT("visit", "When my worker visits"),
        MISSING("missing", "After I was away");

        private final String code;
        private final String label;

        Occasion(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() { return code; }

        public String label() { return label; }

        public static Occasion of(String code) {
            for (Occasion o : values()) {
                if (o.code.equals(code)) {
                    return o;
                }
            }
            return null;
        }

        /** The questions for this occasion, by their field name. */
        public Map<String, String> questions() {
            Map<String, String> q = new LinkedHashMap<>();
            if (this == MISSING) {
                q.put("feelNow", "How do you feel now?");
                q.put("feelSafe", "How safe do you feel where you live?");
                q.put("feelPeople", "How do you feel about the people who look after you?");
            } else {
                q.put("feelHome", "How do you feel about where you live?");
                q.put("feelSchool", "How is school or college?");
                q.put("feelPeople", "How do you get on with the people you live with?");
                q.put("feelSeeing", "Do you see the people you want to see enough?");
            }
            return q;
        }

        /**
         * The ways the child may say they will take part, in their words, by the code the worker's form records
         * (PARTICIPATION for a looked-after review, CONFERENCE_PARTICIPATION for a conference or child in need
         * review); none for a visit or after going missing.
         */
        public Map<String, String> takingPart() {
            return switch (this) {
                case CARE_REVIEW -> TAKING_PART;
                case CP_CONFERENCE, CIN_REVIEW -> TAKING_PART_IN_MEETING;
                default -> Map.of();
            };
        }

        /** The question that asks how the child will take part. */
        public String takingPartQuestion() {
            return this == CARE_REVIEW ? "How will you take part in your review?" : "How will you take part in the meeting?";
        }

        public String wordsQuestion() {
            return this == MISSING ? "What would help you? Is there anything you want your worker to know?"
                    : "What do you want the people at the meeting to know?";
        }
    }

    /** The five faces, in order: the answer is 1 (very sad) to 5 (very happy). */
    public static final List<String> FACES = List.of("Very sad", "Sad", "OK", "Happy", "Very happy");

    /** How a child may say they will take part in their looked-after review, in their words, by participation code. */
    public static final Map<String, String> TAKING_PART = takingPart();

    /**
     * How a child may say they will take part in a child protection conference or a child in need review, in their
     * words, by CONFERENCE_PARTICIPATION code (Hearth's own list, modelled on the review's PN codes).
     */
    public static final Map<String, String> TAKING_PART_IN_MEETING = takingPartInMeeting();

    private static Map<String, String> takingPartInMeeting() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("MP1", "I will go and speak for myself");
        m.put("MP2", "I will go and my advocate will speak for me");
        m.put("MP3", "I will go and show what I think without talking");
        m.put("MP4", "I will go for part of the meeting");
        m.put("MP5", "I will not go, but I will tell my advocate what I think");
        m.put("MP6", "I will not go. What I wrote here can tell them what I think");
        return m;
    }

    private static Map<String, String> takingPart() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("PN1", "I will go and speak for myself");
        m.put("PN2", "I will go and my advocate will speak for me");
        m.put("PN3", "I will go and show what I think without talking");
        m.put("PN5", "I will not go, but I will tell my advocate what I think");
        m.put("PN6", "I will not go. What I wrote here can tell them what I think");
        return m;
    }

    /** What to keep: the guided answers as "question: face" lines, the words, the code chosen, whether flagged. */
    public record Said(String occasion, String answers, String words, String participation, boolean flagged) {}

    /** Either what to keep, or what to put right (field to a message in the child's words). */
    public record Outcome(Said said, Map<String, String> problems) {
        public boolean ok() {
            return said != null;
        }
    }

    private SayWhatIThink() {}

    /** Views before a meeting or after going missing. */
    public static Outcome views(Occasion occasion, Map<String, String> form, HarmWords harm) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (occasion == null) {
            problems.put("occasion", "Choose what you want to say something about");
            return new Outcome(null, problems);
        }
        List<String> answers = new ArrayList<>();
        for (Map.Entry<String, String> q : occasion.questions().entrySet()) {
            String a = form.get(q.getKey());
            if (a == null || a.isBlank()) {
                continue; // every question may be skipped
            }
            Integer face = face(a);
            if (face == null) {
                problems.put(q.getKey(), "Choose one of the faces");
            } else {
                answers.add(q.getValue() + " " + FACES.get(face - 1));
            }
        }
        String words = text(form.get("words"), "words", problems);
        String participation = null;
        if (occasion == Occasion.CARE_REVIEW) {
            participation = blankToNull(form.get("participation"));
            if (participation == null) {
                problems.put("participation", "Choose how you will take part in your review");
            } else if (!TAKING_PART.containsKey(participation)) {
                problems.put("participation", "Choose one of the ways to take part");
            }
        } else if (!occasion.takingPart().isEmpty()) {
            // Before a conference or child in need review the child may say how they will take part, or skip it.
            participation = blankToNull(form.get("participation"));
            if (participation != null && !occasion.takingPart().containsKey(participation)) {
                problems.put("participation", "Choose one of the ways to take part");
            }
        }
        if (answers.isEmpty() && words == null && !problems.containsKey("words")) {
            problems.put("words", "Choose a face or write something, so your worker knows what you think");
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        String all = String.join("\n", answers);
        return new Outcome(new Said(occasion.code(), all.isEmpty() ? null : all, words, participation,
                harm.suggestsHarm(words)), Map.of());
    }

    /** A message to the worker, or good news: words only. */
    public static Outcome message(String text, HarmWords harm) {
        Map<String, String> problems = new LinkedHashMap<>();
        String words = text(text, "words", problems);
        if (words == null && problems.isEmpty()) {
            problems.put("words", "Write your message");
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(new Said(null, null, words, null, harm.suggestsHarm(words)), Map.of());
    }

    /** The child's words, trimmed; a problem when too long or not text. */
    public static String text(String value, String field, Map<String, String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_WORDS) {
            problems.put(field, "Write " + String.format("%,d", MAX_WORDS) + " letters or fewer. You wrote "
                    + String.format("%,d", v.length()));
            return null;
        }
        if (!org.hearth.access.AccessSeam.isText(v)) {
            problems.put(field, "Use letters, numbers and emoji only");
            return null;
        }
        return v;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer face(String a) {
        return switch (a) {
            case "1", "2", "3", "4", "5" -> Integer.parseInt(a);
            default -> null;
        };
    }

    /** The codes a child may choose (for the tests and the page). */
    public static Set<String> takingPartCodes() {
        return TAKING_PART.keySet();
    }
}
