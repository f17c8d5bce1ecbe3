package org.hearth.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.referral.Contact;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;

/**
 * The front door: a contact, the decision on it and the referral it opens, and where the referral goes
 * next (no further action, an assessment, protection or care); the referral is recorded when its episode ends.
 */
final class FrontDoorSimulation extends StageSimulation {
    // Referral sources as England's: police, health and education 62%, the public (individuals) 8%. Step-ups from
    // family help are always early help (5D), about one referral in eight, so the other sources are scaled up to match.
    static final Weighted SOURCES = new Weighted(new String[] {"6", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "1A", "1B", "1C", "1D", "5A", "5B", "5C", "5D", "4", "7", "8", "9", "10"},
            new double[] {33, 20.5, 1, 2, 2.5, 1, 1, 3.5, 6, 6, 1, 1, 1, 2, 3, 3, 0.5, 2, 2, 3, 2, 3});
    static final Weighted NEED = new Weighted(new String[] {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N0"},
            new double[] {52, 8, 4, 12, 14, 3, 1, 4, 2});

    FrontDoorSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    /** The child's referrals from the first: perhaps a step up from family help, then episode after episode. */
    void referrals(LocalDate start) {
        if (!showcased() && age(start) >= 1 && chance(0.12)) {
            // Stepping up from family help, which ends the day the referral is made.
            LocalDate ehStart = start.minusDays(between(60, 240));
            if (!ehStart.isBefore(c.dob)) {
                journey.familyHelp.familyHelp(ehStart, start, "STEP_UP");
                referrals(start, "5D");
                return;
            }
        }
        referrals(start, null);
    }

    /**
     * Referral episodes from {@code first}: after each closes, perhaps a step down to family help and a re-referral
     * (more likely after a return home from care or a CP plan), up to five, none after 17 or after today.
     */
    void referrals(LocalDate first, String firstSource) {
        LocalDate r = first;
        String source = firstSource;
        boolean reentry = false;
        for (int episode = 0; episode < 5; episode++) {
            c.returnedHome = false;
            EpisodeEnd end = referralEpisode(r, source, reentry);
            if (end.date() == null || showcased() || "STOP".equals(end.next())) {
                return;
            }
            LocalDate closed = end.date();
            source = null;
            // Nearly 30% of children who leave care return within five years (product brief).
            double again = c.returnedHome ? 0.6 : c.cpPlans > 0 ? 0.3 : 0.2;
            LocalDate next = chance(again)
                    ? closed.plusDays(chance(0.6) ? between(30, 365) : between(366, 1100)) : null;
            if (next != null && (next.isAfter(today) || (c.dob != null && age(next) >= 17))) {
                next = null;
            }
            reentry = next != null && c.returnedHome && chance(0.75);
            if ("EH".equals(end.next())) {
                // Step down to family help without a fresh referral; a new referral steps it back up.
                LocalDate planned = closed.plusDays(between(90, 270));
                if (next != null && next.isBefore(planned)) {
                    journey.familyHelp.familyHelp(closed, next, "STEP_UP");
                    source = "5D";
                } else {
                    journey.familyHelp.familyHelp(closed, planned, chance(0.8) ? "NEEDS_MET" : "DISENGAGED");
                    if (next != null && !next.isAfter(planned)) {
                        next = planned.plusDays(1);
                    }
                }
            }
            if (next == null || next.isAfter(today)) {
                return;
            }
            r = next;
        }
    }

    /** Everything between one referral and the closure of the child in need episode it opened. */
    EpisodeEnd referralEpisode(LocalDate r, String forcedSource, boolean reentry) {
        ReferralEpisode ep = new ReferralEpisode(uuid(), r);
        int age = age(r);
        String source = forcedSource != null ? forcedSource : c.uasc ? "7" : SOURCES.pick(rnd);
        if (age < 4 && ("2A".equals(source) || "2B".equals(source))) {
            source = "3B"; // no school yet: the health visitor refers instead
        }
        LocalDate contactDay = chance(0.7) ? r : r.minusDays(1);
        if (c.dob == null || contactDay.isBefore(c.dob.minusWeeks(40))) {
            contactDay = r;
        }
        UUID contactId = uuid();
        LocalDate decision = notAfterToday(chance(0.6) ? r : plusWorkingDays(r, 1));
        add(ReferralStage.CONTACTS, new Contact(contactId, pid, contactDay, source, "REFERRAL", decision, null));
        // Open while the work goes on, so each later step (and its stage's command) finds the referral it is under.
        add(ReferralStage.REFERRALS, new Referral(ep.id, pid, contactId, r, source, null, decision, false, null, null));
        ep.phase(r, DemoStaff.FRONT_DOOR);

        EpisodeEnd end;
        boolean nfa = false;
        String route = route(age, reentry);
        switch (route) {
            case "NFA" -> {
                nfa = decision != null;
                end = decision == null ? EpisodeEnd.OPEN : new EpisodeEnd(decision, "RC7", null);
            }
            case "PROTECT" -> end = journey.protection.protection(ep, r.plusDays(between(0, 2)), false);
            case "CARE" -> end = journey.care.careDirect(ep, r, age);
            default -> end = journey.assessment.assessment(ep, age);
        }
        if (!"NFA".equals(route)) {
            c.onlyNfa = false;
        }
        String need = nfa ? (chance(0.7) ? "N9" : "N0") : c.uasc ? "N8" : NEED.pick(rnd);
        c.replace(ReferralStage.REFERRALS, new Referral(ep.id, pid, contactId, r, source, need, decision, nfa,
                end.reason(), end.date()));
        journey.allocations.allocate(ep, end.date());
        return end;
    }

    String route(int age, boolean reentry) {
        switch (c.showcase) {
            case OVERDUE_ASSESSMENT, CIN -> {
                return "ASSESS";
            }
            case CP, CP_OVERDUE_REVIEW -> {
                return "PROTECT";
            }
            case CLA -> {
                return "CARE";
            }
            default -> { }
        }
        if (c.uasc || reentry) {
            return "CARE";
        }
        double u = rnd.nextDouble();
        if (u < 0.08) {
            return "NFA";
        }
        double care = age >= 12 ? 0.05 : age >= 0 ? 0.015 : 0;
        if (u < 0.08 + care) {
            return "CARE";
        }
        double protect = age < 0 ? 0.35 : c.cpPlans > 0 ? 0.4 : 0.15;
        return u < 0.08 + care + protect ? "PROTECT" : "ASSESS";
    }
}
