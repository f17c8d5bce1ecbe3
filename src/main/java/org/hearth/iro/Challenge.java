package org.hearth.iro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/**
 * An IRO's challenge to a child's care plan or the practice around it, and its course through the dispute resolution
 * process. Immutable: raising, escalating and closing each make a new challenge or are refused with every reason, in
 * the user's words. The rules: a challenge needs a subject, the detail and a date; it climbs the stages in order, one
 * at a time; no date is in the future or before the step before it; a challenge with an outcome is closed.
 */
public record Challenge(UUID id, UUID childId, String raisedBy, LocalDate raisedOn, String subject, String detail,
                        List<Escalation> escalations, ChallengeOutcome outcome, long version) {
    /** What an IRO challenges, in words. */
    public static final Map<String, String> SUBJECTS = new LinkedHashMap<>();
    static {
        SUBJECTS.put("CARE_PLAN", "The care plan");
        SUBJECTS.put("PLACEMENT", "The placement");
        SUBJECTS.put("CONTACT", "Family time and contact");
        SUBJECTS.put("PERMANENCE", "Permanence planning or drift");
        SUBJECTS.put("EDUCATION", "Education");
        SUBJECTS.put("HEALTH", "Health");
        SUBJECTS.put("VIEWS", "The child's wishes and feelings");
        SUBJECTS.put("PRACTICE", "Practice, such as visits or actions not done");
    }

    static final int MAX_TEXT = 10_000;
    static final String KIND = "iro-challenge";

    public Challenge {
        escalations = List.copyOf(escalations);
    }

    /** A new challenge, at informal resolution; refused with every reason when the answers break a rule. */
    public static Challenge raise(UUID childId, String raisedBy, LocalDate raisedOn, String subject, String detail,
                                  LocalDate today) {
        List<Violation> out = new ArrayList<>();
        date(raisedOn, "raisedOn", "the date the challenge was raised", today, null, null, out);
        if (subject == null || !SUBJECTS.containsKey(subject)) {
            out.add(v("challenge-subject", "subject", "Select what the challenge is about"));
        }
        text(detail, "detail", "Enter what you are challenging and why", "The detail", out);
        refuseIf(out);
        return new Challenge(null, childId, raisedBy, raisedOn, subject, detail.strip(), List.of(), null, 0);
    }

    /** The stage the challenge has reached: informal resolution until it is first escalated. */
    public ChallengeStage stage() {
        return escalations.isEmpty() ? ChallengeStage.INFORMAL : escalations.get(escalations.size() - 1).stage();
    }

    public boolean isOpen() {
        return outcome == null;
    }

    /** The stage the challenge would escalate to next, while it is open and below a referral to Cafcass. */
    public ChallengeStage nextStage() {
        return isOpen() ? stage().next().orElse(null) : null;
    }

    public List<Escalation> escalationsNewestFirst() {
        List<Escalation> out = new ArrayList<>(escalations);
        java.util.Collections.reverse(out);
        return out;
    }

    public String subjectLabel() {
        return SUBJECTS.getOrDefault(subject, subject);
    }

    /** The day of the latest step (raising or the last escalation): nothing later may be dated before it. */
    public LocalDate lastStepOn() {
        return escalations.isEmpty() ? raisedOn : escalations.get(escalations.size() - 1).escalatedOn();
    }

    /** This challenge taken up to {@code to}: the next stage, dated on or after the last step, never once closed. */
    public Challenge escalate(ChallengeStage to, LocalDate on, String escalatedTo, String reason, String recordedBy,
                              LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (!isOpen()) {
            out.add(v("challenge-closed", "stage", "This challenge was closed on " + Dates.uk(outcome.decidedOn()) + " ("
                    + outcome.label().toLowerCase() + "), so it cannot be escalated"));
            refuseIf(out);
        }
        ChallengeStage next = stage().next().orElse(null);
        if (to == null) {
            out.add(v("escalation-stage", "stage", "Select the stage the challenge is escalated to"));
        } else if (next == null) {
            out.add(v("escalation-in-order", "stage", "The challenge has been referred to Cafcass, the last stage; "
                    + "it cannot be escalated further"));
        } else if (to != next) {
            out.add(v("escalation-in-order", "stage", "Stages are taken in order: from " + stage().label().toLowerCase()
                    + " the challenge escalates to " + next.label().toLowerCase() + ", not to "
                    + to.label().toLowerCase()));
        }
        date(on, "escalatedOn", "the date of the escalation", today, lastStepOn(),
                escalations.isEmpty() ? "the challenge was raised" : "the previous escalation", out);
        text(escalatedTo, "escalatedTo", "Enter who the challenge was escalated to", "Who it was escalated to", out);
        text(reason, "reason", "Enter why the challenge was escalated", "The reason", out);
        refuseIf(out);
        List<Escalation> steps = new ArrayList<>(escalations);
        steps.add(new Escalation(null, to, on, escalatedTo.strip(), reason.strip(), recordedBy));
        return new Challenge(id, childId, raisedBy, raisedOn, subject, detail, steps, null, version);
    }

    /**
     * The escalation waiting for the team manager's answer: the challenge is open, was last escalated to a team
     * manager, and that escalation has no answer yet. Null otherwise.
     */
    public Escalation awaitingTeamManager() {
        if (!isOpen() || escalations.isEmpty()) {
            return null;
        }
        Escalation last = escalations.get(escalations.size() - 1);
        return last.stage() == ChallengeStage.TEAM_MANAGER && !last.answered() ? last : null;
    }

    /**
     * This challenge with the team manager's answer to its escalation: what they will do about it, dated on or after
     * the escalation and not in the future. Refused when the challenge is closed, is not waiting for a team manager
     * (never escalated to one, escalated past them, or already answered), or the answer is missing or too long.
     */
    public Challenge answer(String answer, LocalDate on, String answeredBy, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (!isOpen()) {
            out.add(v("challenge-closed", "answer", "This challenge was closed on " + Dates.uk(outcome.decidedOn())
                    + ", so there is nothing to answer"));
            refuseIf(out);
        }
        Escalation waiting = awaitingTeamManager();
        if (waiting == null) {
            out.add(v("answer-waiting", "answer", stage() == ChallengeStage.INFORMAL
                    ? "This challenge has not been escalated to a team manager, so there is nothing to answer yet"
                    : escalations.get(escalations.size() - 1).answered()
                    ? "This escalation was already answered on " + Dates.uk(escalations.get(escalations.size() - 1).answeredOn())
                    : "This challenge is now with the " + stage().label().toLowerCase() + ", not a team manager"));
            refuseIf(out);
        }
        date(on, "answeredOn", "the date of your answer", today, waiting.escalatedOn(), "the escalation", out);
        text(answer, "answer", "Enter your answer to the challenge: what you will do, and by when", "Your answer", out);
        refuseIf(out);
        List<Escalation> steps = new ArrayList<>(escalations);
        steps.set(steps.size() - 1, new Escalation(waiting.id(), waiting.stage(), waiting.escalatedOn(),
                waiting.escalatedTo(), waiting.reason(), waiting.recordedBy(), answer.strip(), on, answeredBy));
        return new Challenge(id, childId, raisedBy, raisedOn, subject, detail, steps, null, version);
    }

    /** This challenge closed with its outcome, dated on or after the last step; a closed challenge stays closed. */
    public Challenge close(Boolean resolved, LocalDate on, String summary, String recordedBy, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (!isOpen()) {
            out.add(v("challenge-closed", "outcome", "This challenge already has its outcome, recorded for "
                    + Dates.uk(outcome.decidedOn())));
            refuseIf(out);
        }
        if (resolved == null) {
            out.add(v("outcome-chosen", "outcome", "Select whether the challenge was resolved"));
        }
        date(on, "decidedOn", "the date of the outcome", today, lastStepOn(),
                escalations.isEmpty() ? "the challenge was raised" : "the last escalation", out);
        text(summary, "summary", "Enter a summary of the outcome", "The summary", out);
        refuseIf(out);
        return new Challenge(id, childId, raisedBy, raisedOn, subject, detail, escalations,
                new ChallengeOutcome(resolved, on, summary.strip(), recordedBy), version);
    }

    private static void date(LocalDate on, String field, String what, LocalDate today, LocalDate notBefore,
                             String notBeforeWhat, List<Violation> out) {
        if (on == null) {
            out.add(v("challenge-date", field, "Enter " + what + " as a real date, for example 27 3 2025"));
        } else if (on.isAfter(today)) {
            out.add(v("challenge-date", field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be today or in the past"));
        } else if (notBefore != null && on.isBefore(notBefore)) {
            out.add(v("challenge-date-order", field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + ", "
                    + Dates.uk(on) + ", cannot be before " + notBeforeWhat + " on " + Dates.uk(notBefore)));
        }
    }

    private static void text(String value, String field, String missing, String what, List<Violation> out) {
        if (value == null || value.isBlank()) {
            out.add(v("challenge-text", field, missing));
        } else if (value.length() > MAX_TEXT) {
            out.add(v("challenge-text", field, what + " must be " + String.format("%,d", MAX_TEXT)
                    + " characters or fewer"));
        }
    }

    private static Violation v(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }

    private static void refuseIf(List<Violation> out) {
        if (!out.isEmpty()) {
            throw new ChallengeRefused(out);
        }
    }
}
