package org.hearth.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.journey.CodeRules;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The front door's queue: every contact still waiting for a decision that the user may read, oldest due first, each
 * with its one-working-day clock in red, amber or green, whether a referral now would be a re-referral, and what else
 * is open or waiting for the same child. Children the user may not read are left out before reading, so the queue
 * discloses nothing of them; those shown are read through the seam and audited.
 */
@Service
public class FrontDoor {
    public static final String PART = ReferralStage.CONTACTS.name();
    static final String PURPOSE = "front door queue";

    private final JdbcClient jdbc;
    private final AccessSeam seam;
    private final JourneyService journeys;

    FrontDoor(JdbcClient jdbc, AccessSeam seam, JourneyService journeys) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.journeys = journeys;
    }

    /** Where a contact's decision stands: red overdue, amber due today, green due later. */
    public enum Rag {
        RED("Overdue", "govuk-tag--red"), AMBER("Due today", "govuk-tag--orange"), GREEN("Due", "govuk-tag--green");

        private final String words;
        private final String tagClass;

        Rag(String words, String tagClass) {
            this.words = words;
            this.tagClass = tagClass;
        }

        public String words() { return words; }
        public String tagClass() { return tagClass; }

        static Rag of(LocalDate due, LocalDate today) {
            return today.isAfter(due) ? RED : today.isEqual(due) ? AMBER : GREEN;
        }
    }

    /** One contact in the queue. */
    public record Item(UUID childId, String childName, String laChildId, Contact contact, String source, String reason,
                       LocalDate due, Rag rag, Referral reReferralOf, List<Referrals.Warning> duplicates) {}

    public List<Item> queue(Actor actor, LocalDate today) {
        List<UUID> waiting = jdbc.sql("SELECT DISTINCT cont_person_id FROM ssd_contacts WHERE cont_contact_outcome IS NULL")
                .query(UUID.class).list();
        List<UUID> readable = seam.readable(actor, waiting, PART);
        if (readable.isEmpty()) {
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (ChildJourney j : journeys.readEach(actor, readable, PART, PURPOSE)) {
            for (Contact c : Referrals.awaitingDecision(j)) {
                out.add(item(j, c, today));
            }
        }
        out.sort(Comparator.comparing(Item::due).thenComparing(i -> i.contact().contactDate())
                .thenComparing(Item::childName));
        return out;
    }

    /** A contact as the queue and the decision page show it. */
    public static Item item(ChildJourney j, Contact c, LocalDate today) {
        LocalDate due = WorkingDayCalendar.england().plusWorkingDays(c.contactDate(), 1);
        String source = c.contactSourceCode() == null ? "Not recorded"
                : CodeRules.list("REFERRAL_SOURCE", c.contactDate()).label(c.contactSourceCode()).orElse(c.contactSourceCode());
        String reason = c.contactReason() == null ? "" : c.contactReason().lines().findFirst().orElse("").strip();
        if (reason.length() > 140) {
            reason = reason.substring(0, 137) + "...";
        }
        return new Item(j.child().id(), j.child().displayName(), j.child().legacyId(), c, source, reason, due,
                Rag.of(due, today), Referrals.reReferralOf(j, today.plusDays(1), null).orElse(null),
                Referrals.possibleDuplicates(j, today, c.id()));
    }
}
