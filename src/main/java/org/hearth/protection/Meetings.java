package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.Violation;

/**
 * What every child protection meeting's command checks of the people who came and the actions they agreed, and the
 * records it makes of them. Refusals name the answer at fault as the forms and the API call it: {@code participant-2-name},
 * {@code action-1-dueDate}, counting from 1.
 */
final class Meetings {
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 10_000;
    static final String ACTIONS = ProtectionStage.ACTIONS.name();
    static final String ATTENDEES = ProtectionStage.ATTENDEES.name();

    private Meetings() {}

    /** Checks each participant; adds refusals for those at fault. */
    static void checkParticipants(List<Participant> participants, List<Violation> out) {
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            String at = "participant-" + (i + 1) + "-";
            String who = "Participant " + (i + 1) + ": ";
            if (p == null) {
                out.add(new Violation("participant", null, ATTENDEES, null, at + "name", who + "enter their name"));
                continue;
            }
            if (p.agency() == null || !ChildProtection.AGENCIES.containsKey(p.agency())) {
                out.add(new Violation("participant-agency", null, ATTENDEES, null, at + "organisation",
                        who + "select the organisation or agency they came for"));
            }
            if (p.name() == null) {
                out.add(new Violation("participant-name", null, ATTENDEES, null, at + "name", who + "enter their name"));
            }
            if (p.role() == null) {
                out.add(new Violation("participant-role", null, ATTENDEES, null, at + "role",
                        who + "enter their role, for example detective constable or health visitor"));
            }
            tooLong(p.name(), MAX_NAME, at + "name", who + "the name", ATTENDEES, out);
            tooLong(p.role(), MAX_NAME, at + "role", who + "the role", ATTENDEES, out);
            tooLong(p.organisationName(), MAX_NAME, at + "organisation", who + "the organisation", ATTENDEES, out);
        }
    }

    /** Checks each action agreed at a meeting held on {@code held}: due on or after it. */
    static void checkActions(List<AgreedAction> actions, LocalDate held, List<Violation> out) {
        for (int i = 0; i < actions.size(); i++) {
            AgreedAction a = actions.get(i);
            String at = "action-" + (i + 1) + "-";
            String which = "Action " + (i + 1) + ": ";
            if (a == null) {
                out.add(new Violation("action", null, ACTIONS, null, at + "action", which + "enter the action"));
                continue;
            }
            if (a.agency() == null || !ChildProtection.AGENCIES.containsKey(a.agency())) {
                out.add(new Violation("action-agency", null, ACTIONS, null, at + "organisation",
                        which + "select the agency responsible"));
            }
            if (a.owner() == null) {
                out.add(new Violation("action-owner", null, ACTIONS, null, at + "owner", which + "enter who owns it"));
            }
            if (a.action() == null) {
                out.add(new Violation("action-text", null, ACTIONS, null, at + "action", which + "enter what is to be done"));
            }
            if (a.dueDate() == null) {
                out.add(new Violation("action-due", null, ACTIONS, null, at + "dueDate", which + "enter the date it is due"));
            } else if (held != null && a.dueDate().isBefore(held)) {
                out.add(new Violation("action-due", null, ACTIONS, null, at + "dueDate",
                        which + "the due date must be on or after " + Dates.uk(held)));
            }
            tooLong(a.owner(), MAX_NAME, at + "owner", which + "the owner", ACTIONS, out);
            tooLong(a.action(), MAX_TEXT, at + "action", which + "the action", ACTIONS, out);
        }
    }

    static void tooLong(String text, int max, String field, String what, String kind, List<Violation> out) {
        if (text != null && text.length() > max) {
            out.add(new Violation("too-long", null, kind, null, field,
                    what + " must be " + String.format("%,d", max) + " characters or fewer"));
        }
    }

    static List<JourneyChange<?>> attendees(UUID childId, UUID meetingId, String meetingKind, List<Participant> people) {
        List<JourneyChange<?>> out = new ArrayList<>();
        for (Participant p : people) {
            out.add(JourneyChange.of(ProtectionStage.ATTENDEES, new ProtectionAttendee(null, childId, meetingId,
                    meetingKind, p.agency(), p.organisationId(), p.organisationName(), p.name(), p.role(), p.attended())));
        }
        return out;
    }

    static List<JourneyChange<?>> actions(UUID childId, UUID forId, UUID outcomeId, LocalDate set,
                                          List<AgreedAction> agreed) {
        List<JourneyChange<?>> out = new ArrayList<>();
        for (AgreedAction a : agreed) {
            out.add(JourneyChange.of(ProtectionStage.ACTIONS, new ProtectionAction(null, childId, forId, outcomeId,
                    a.agency(), a.organisationId(), a.owner(), a.action(), set, a.dueDate(), "NOT_STARTED", null)));
        }
        return out;
    }
}
