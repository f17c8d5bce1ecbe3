package org.hearth.leaving;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A care leaver (to their 25th birthday) asked for help: support re-opens without a new referral. The leaving care
 * team manager sees it waiting until the personal adviser is in contact again (a contact on or after the day asked).
 *
 * @param about one of {@link AskForHelp#ABOUT}
 */
public record HelpRequest(UUID id, UUID personId, LocalDate askedDate, String about, String words, String askedBy)
        implements JourneyRecord {
    public LocalDate startDate() { return askedDate; }
    public String summary() {
        return "The young person asked for help with " + AskForHelp.ABOUT.getOrDefault(about, "something").toLowerCase();
    }
}
