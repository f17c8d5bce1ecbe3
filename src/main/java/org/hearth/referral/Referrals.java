package org.hearth.referral;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.hearth.journey.Dates;
import org.hearth.journey.ChildJourney;

/** The front door's answers about a child's record, in one place. */
public final class Referrals {
    private Referrals() {}

    /** The child in need episode open now: the latest dated referral not closed. */
    public static Optional<Referral> open(ChildJourney j) {
        return j.all(ReferralStage.REFERRALS).stream().filter(r -> r.closeDate() == null && r.referralDate() != null)
                .max(Comparator.comparing(Referral::referralDate));
    }

    /**
     * Whether the open episode could close on {@code day}: not while a child protection plan is open or the child is
     * looked after then (what {@link ReferralRules} refuses a closure for).
     */
    public static boolean closable(ChildJourney j, LocalDate day) {
        // The later stages' records, asked by the names they publish: the front door depends on no later stage.
        return j.openOn("cp-plans", day).isEmpty() && j.openOn("care-periods", day).isEmpty();
    }

    /**
     * The previous referral that makes a referral on {@code day} a re-referral: one within the twelve months before it
     * (the DfE's child in need census definition). The latest such referral, or empty.
     */
    public static Optional<Referral> reReferralOf(ChildJourney j, LocalDate day, java.util.UUID except) {
        return j.all(ReferralStage.REFERRALS).stream()
                .filter(r -> r.referralDate() != null && (except == null || !except.equals(r.id()))
                        && r.referralDate().isBefore(day) && !r.referralDate().isBefore(day.minusMonths(12)))
                .max(Comparator.comparing(Referral::referralDate));
    }

    /** Whether this referral is a re-referral: another referral within the twelve months before it. */
    public static boolean isReReferral(ChildJourney j, Referral referral) {
        return referral.referralDate() != null && reReferralOf(j, referral.referralDate(), referral.id()).isPresent();
    }

    /** The contacts waiting for a decision (no outcome yet), oldest first. */
    public static java.util.List<Contact> awaitingDecision(ChildJourney j) {
        return j.all(ReferralStage.CONTACTS).stream().filter(c -> c.contactOutcome() == null && c.contactDate() != null)
                .sorted(Comparator.comparing(Contact::contactDate)).toList();
    }

    /**
     * What a worker should see before recording a new contact or referral for this child, so the same concern is not
     * recorded twice: the open referral, a referral in the last twelve months, and contacts still waiting for a
     * decision. Each names the record it is about, for a link; nothing is merged.
     */
    public static java.util.List<Warning> possibleDuplicates(ChildJourney j, LocalDate today, java.util.UUID except) {
        java.util.List<Warning> out = new java.util.ArrayList<>();
        Optional<Referral> open = open(j);
        open.ifPresent(r -> out.add(new Warning("open-referral", r.id(), "This child already has an open referral, from "
                + Dates.uk(r.referralDate()) + ". A new referral cannot be opened while it is open.")));
        reReferralOf(j, today.plusDays(1), null).filter(r -> open.map(o -> !o.id().equals(r.id())).orElse(true))
                .ifPresent(r -> out.add(new Warning("recent-referral", r.id(), "This child was referred on "
                        + Dates.uk(r.referralDate()) + (r.closeDate() == null ? "" : " (closed " + Dates.uk(r.closeDate())
                        + ")") + ". A referral now would be a re-referral (within 12 months).")));
        for (Contact c : awaitingDecision(j)) {
            if (except == null || !except.equals(c.id())) {
                out.add(new Warning("contact-awaiting", c.id(), "A contact from " + Dates.uk(c.contactDate())
                        + " is already waiting for a decision in the front door's queue."));
            }
        }
        return out;
    }

    /** A possible duplicate: what it is, the record it is about and the words to show. */
    public record Warning(String kind, java.util.UUID recordId, String text) {}
}
