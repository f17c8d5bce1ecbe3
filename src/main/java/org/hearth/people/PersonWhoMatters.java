package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * Someone (or a pet) who matters to the child, with the child's own words about them. Kept across every move,
 * because relationships are what a child in care most often loses. One flagged "do not disclose" (someone the child
 * is kept safe from knowing about, a protected carer) is shown only to the child's allocated worker and manager.
 */
public record PersonWhoMatters(UUID id, UUID personId, String name, String kind, String relationship,
                               String childsWords, UUID relatedPersonId, LocalDate startDate, LocalDate endDate,
                               Boolean doNotDisclose, Boolean keepSeeing)
        implements JourneyRecord, org.hearth.access.Restricted {
    public PersonWhoMatters {
        doNotDisclose = Boolean.TRUE.equals(doNotDisclose);
        keepSeeing = Boolean.TRUE.equals(keepSeeing);
    }

    /** Someone the child has not (yet) said they want to keep seeing. */
    public PersonWhoMatters(UUID id, UUID personId, String name, String kind, String relationship, String childsWords,
                            UUID relatedPersonId, LocalDate startDate, LocalDate endDate, Boolean doNotDisclose) {
        this(id, personId, name, kind, relationship, childsWords, relatedPersonId, startDate, endDate, doNotDisclose,
                false);
    }

    /** The same person, with whether the child wants to keep seeing them (a tie a placement move is checked against). */
    public PersonWhoMatters keepingSeeing(boolean keep) {
        return new PersonWhoMatters(id, personId, name, kind, relationship, childsWords, relatedPersonId, startDate,
                endDate, doNotDisclose, keep);
    }

    public PersonWhoMatters(UUID id, UUID personId, String name, String kind, String relationship, String childsWords,
                            UUID relatedPersonId, LocalDate startDate, LocalDate endDate) {
        this(id, personId, name, kind, relationship, childsWords, relatedPersonId, startDate, endDate, false, false);
    }

    public boolean restricted() { return doNotDisclose; }

    public String summary() {
        return ("PET".equals(kind) ? "Pet who matters: " : "Person who matters: ") + name;
    }
}
