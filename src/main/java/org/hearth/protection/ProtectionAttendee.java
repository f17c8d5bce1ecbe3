package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * Someone who took part in (or sent apologies to) a child protection meeting — a strategy discussion, an initial or
 * review conference, a core group — for an agency and, where it is one of the organisations Hearth knows, that
 * organisation. Part of its meeting: it has no date of its own and no line of its own in the chronology.
 *
 * @param meetingKind the kind of the meeting (strategy-discussions, initial-conferences, cp-reviews, core-groups)
 * @param agency      a code of {@link ChildProtection#AGENCIES}
 * @param attended    false when they sent apologies
 */
public record ProtectionAttendee(UUID id, UUID personId, UUID meetingId, String meetingKind, String agency,
                                 String organisationId, String organisationName, String attendeeName,
                                 String attendeeRole, Boolean attended) implements JourneyRecord {
    public LocalDate startDate() { return null; }

    public boolean tookPart() {
        return !Boolean.FALSE.equals(attended);
    }

    public String summary() {
        String who = attendeeName == null ? "Not named" : attendeeName;
        String role = attendeeRole == null ? "" : ", " + attendeeRole;
        String org = organisationName != null ? organisationName : ChildProtection.AGENCIES.getOrDefault(agency, agency);
        return who + role + " (" + org + ")" + (tookPart() ? "" : ": apologies");
    }
}
