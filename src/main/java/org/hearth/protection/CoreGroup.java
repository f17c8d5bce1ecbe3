package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A core group meeting of a child protection plan: the professionals and family who carry the plan out, meeting to
 * review progress on its actions (the first within 10 working days of the initial conference). Who came is kept as
 * {@link ProtectionAttendee}s; the actions' progress on the actions themselves.
 */
public record CoreGroup(UUID id, UUID personId, UUID cpPlanId, LocalDate meetingDate, String progress)
        implements JourneyRecord {
    public LocalDate startDate() { return meetingDate; }
    public String summary() {
        return "Core group meeting";
    }
}
