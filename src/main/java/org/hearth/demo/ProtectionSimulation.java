package org.hearth.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentStage;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.ProtectionStage;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.CoreGroup;
import org.hearth.protection.ProtectionAttendee;
import org.hearth.protection.StrategyDiscussion;

/**
 * Child protection: the strategy discussion, the section 47 enquiry, the initial conference and the plan with
 * its reviews; a plan ends at a review, when the child comes into care or at 18.
 */
final class ProtectionSimulation extends StageSimulation {
    /** Why a plan ends, in the review conference's words (protection's CP review end reasons). */
    static final String NO_LONGER_AT_RISK = "NO_LONGER_AT_RISK";
    static final String LOOKED_AFTER = "LOOKED_AFTER";
    static final String AGED_18 = "AGED_18";
    static final Weighted CP_CATEGORY = new Weighted(new String[] {"NEG", "EMO", "PHY", "SAB", "MUL"},
            new double[] {48, 38, 7, 4, 3});

    ProtectionSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    /** Strategy discussion, s47 enquiry and, when needed, an initial conference within 15 working days. */
    EpisodeEnd protection(ReferralEpisode ep, LocalDate sd, boolean fromCin) {
        if (sd.isAfter(today)) {
            return EpisodeEnd.OPEN;
        }
        ep.phase(sd, DemoStaff.PROTECTION);
        UUID sdId = uuid();
        String agencies = pick(new String[] {"Police, health, school, children's social care",
                "Police, health visitor, children's social care", "Police, GP, school nurse, children's social care"});
        add(ProtectionStage.STRATEGY_DISCUSSIONS, new StrategyDiscussion(sdId, pid, ep.id, sd, "S47", null, null));
        participants(sdId, agencies);
        LocalDate s47Start = chance(0.7) ? sd : sd.plusDays(1);
        if (s47Start.isAfter(today)) {
            return EpisodeEnd.OPEN;
        }
        boolean forced = fromCin || c.showcase == JourneySimulator.Showcase.CP || c.showcase == JourneySimulator.Showcase.CP_OVERDUE_REVIEW;
        LocalDate s47End = plusWorkingDays(s47Start, between(5, 15));
        boolean icpcRequired = forced || chance(c.cpPlans > 0 ? 0.55 : 0.38);
        LocalDate icpc = icpcRequired ? plusWorkingDays(sd, chance(0.8) ? between(8, 15) : between(16, 22)) : null;
        if (icpc != null && s47End.isAfter(icpc)) {
            s47End = icpc;
        }
        UUID s47Id = uuid();
        LocalDate assessAuth = fromCin ? null : plusWorkingDays(sd, between(15, 40));
        if (s47End.isAfter(today)) {
            add(ProtectionStage.S47_ENQUIRIES, new S47Enquiry(s47Id, pid, ep.id, sdId, s47Start, null, null));
            if (!fromCin) {
                protectionAssessment(ep, sd, null, false);
            }
            return EpisodeEnd.OPEN;
        }
        add(ProtectionStage.S47_ENQUIRIES, new S47Enquiry(s47Id, pid, ep.id, sdId, s47Start, s47End, icpcRequired));
        if (!icpcRequired) {
            boolean nfa = chance(0.45);
            if (assessAuth.isAfter(today)) {
                protectionAssessment(ep, sd, null, false);
                return EpisodeEnd.OPEN;
            }
            protectionAssessment(ep, sd, assessAuth, nfa);
            if (nfa) {
                // Not RC8: after a section 47 enquiry the case did not close "after assessment" (DfE CIN rule 2990).
                return new EpisodeEnd(notAfterToday(assessAuth.plusDays(between(0, 3)), assessAuth), "RC7", null);
            }
            if (chance(0.5)) {
                return journey.assessment.cinPlan(ep, assessAuth.plusDays(between(0, 5)));
            }
            LocalDate close = capAdult(assessAuth.plusDays(between(20, 60)), assessAuth);
            return close.isAfter(today) ? EpisodeEnd.OPEN : new EpisodeEnd(close, "RC7", chance(0.3) ? "EH" : null);
        }
        if (!fromCin) {
            protectionAssessment(ep, sd, assessAuth.isAfter(today) ? null : assessAuth, false);
        }
        if (icpc.isAfter(today)) {
            return EpisodeEnd.OPEN;
        }
        // A child who turns 18 the next day is not made subject to a plan: it could end at no review conference.
        boolean adultTomorrow = c.age18 != null && !icpc.isBefore(c.age18.minusDays(1));
        boolean plan = (forced || chance(0.88)) && !adultTomorrow;
        UUID icpcId = uuid();
        add(ProtectionStage.INITIAL_CONFERENCES, new InitialConference(icpcId, pid, s47Id, ep.id, icpc, plan));
        if (!plan) {
            if (!adultTomorrow && chance(0.6)) {
                return journey.assessment.cinPlan(ep, icpc);
            }
            if (adultTomorrow && fromCin) {
                c.lastIcpcPlan = icpc; // the child in need plan ends at the conference too
            }
            // The case closes after the conference and after its assessment is authorised (CIN rule 8565).
            LocalDate after = !fromCin && assessAuth.isAfter(icpc) ? assessAuth : icpc;
            LocalDate close = notAfterToday(after.plusDays(between(0, 14)), after);
            if (after.isAfter(today)) {
                return EpisodeEnd.OPEN;
            }
            return new EpisodeEnd(close, "RC7", chance(0.3) ? "EH" : null);
        }
        EpisodeEnd end = cpPlan(ep, icpc, icpcId);
        c.lastIcpcPlan = icpc; // after the plan, whose own later steps may have held another conference
        return end;
    }

    void protectionAssessment(ReferralEpisode ep, LocalDate start, LocalDate auth, boolean nfa) {
        int age = age(start);
        List<String> factors = auth == null ? List.of() : nfa ? journey.assessment.nfaFactors(age) : journey.assessment.needFactors(age, true);
        add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, start, notAfterToday(start.plusDays(between(0, 3))),
                auth, factors, auth == null ? null : nfa, auth == null ? "Assessment under way alongside the enquiry; "
                + pick(AssessmentSimulation.HELP).toLowerCase() : nfa ? pick(AssessmentSimulation.HELP_NFA) : pick(AssessmentSimulation.HELP)));
    }

    EpisodeEnd cpPlan(ReferralEpisode ep, LocalDate start, UUID icpcId) {
        String category = CP_CATEGORY.pick(rnd);
        String latest = chance(0.1) ? CP_CATEGORY.pick(rnd) : category;
        int previous = c.cpPlans + (c.planElsewhere ? 1 : 0);
        c.cpPlans++;
        int months = showcased() ? between(30, 40)
                : pickInt(new int[] {3, 6, 9, 12, 15, 18, 24}, new double[] {12, 22, 22, 18, 12, 8, 6});
        LocalDate planned = capAdult(start.plusMonths(months), start);
        long length = ChronoUnit.DAYS.between(start, planned);
        double careChance = c.dob == null ? 0 : age(start) < 1 ? 0.3 : 0.15;
        LocalDate careDay = null;
        if (!showcased() && length > 20 && chance(careChance)) {
            careDay = start.plusDays(between(14, (int) Math.min(300, length - 1)));
            if (careDay.isBefore(c.dob)) {
                careDay = c.dob; // removed at birth
            }
        }
        UUID planId = uuid();
        LocalDate end = null;
        List<CpReview> reviews = new ArrayList<>();
        if (c.showcase != JourneySimulator.Showcase.CP_OVERDUE_REVIEW) {
            // First review within 3 months, then at most every 6 months; a review decides when the plan ends, and
            // why (a plan ends only at a review conference, with a reason, as the review's command requires).
            LocalDate review = start.plusMonths(3).minusDays(between(0, 10));
            while (true) {
                if (careDay != null && !review.isBefore(careDay)) {
                    end = careDay.isAfter(today) ? null : careDay;
                    if (end != null) {
                        reviews.add(endingReview(planId, end, LOOKED_AFTER));
                    }
                    break;
                }
                if (review.isAfter(today)) {
                    break;
                }
                if (c.dob != null && !review.isBefore(c.age18)) {
                    end = planned.isAfter(today) ? null : planned;
                    if (end != null) {
                        reviews.add(endingReview(planId, end, end.equals(c.age18.minusDays(1)) ? AGED_18 : NO_LONGER_AT_RISK));
                    }
                    break;
                }
                boolean last = !review.isBefore(planned);
                reviews.add(new CpReview(uuid(), pid, planId, review, !last, null, last ? NO_LONGER_AT_RISK : null));
                if (last) {
                    end = review;
                    break;
                }
                review = review.plusMonths(6).minusDays(between(0, 10));
            }
        }
        reviews.forEach(rv -> add(ProtectionStage.CP_REVIEWS, rv));
        add(ProtectionStage.CP_PLANS, new CpPlan(planId, pid, ep.id, icpcId, start, end, category, latest, previous));
        firstCoreGroup(planId, start, end);
        journey.allocations.iro(start, end);
        c.windows.add(new SimulatedChild.Window(start, end, "CP", 14));
        if (end == null) {
            return EpisodeEnd.OPEN;
        }
        if (careDay != null && end.equals(careDay)) {
            return journey.care.care(ep, careDay, "COURT");
        }
        if (chance(0.5)) {
            return journey.assessment.cinPlan(ep, end); // step down to a child in need plan on the day the plan ends
        }
        return new EpisodeEnd(notAfterToday(end.plusDays(between(0, 14)), end), "RC7", chance(0.2) ? "EH" : null);
    }

    /**
     * The review conference that ends a plan between its regular reviews (the child came into care, or reaches 18):
     * its id is derived from the plan's, so it takes no draw and the rest of the child's journey is unchanged.
     */
    private CpReview endingReview(UUID planId, LocalDate day, String reason) {
        UUID id = new UUID(planId.getMostSignificantBits() ^ 0x4350_5245_5649_4557L, planId.getLeastSignificantBits());
        return new CpReview(id, pid, planId, day, false, null, reason);
    }

    /**
     * The plan's first core group, eight working days after the conference (within the ten the guidance gives) once
     * that day has come and while the plan runs. Its id comes from the plan's and it takes no draw, so the seed's
     * children are otherwise unchanged.
     */
    private void firstCoreGroup(UUID planId, LocalDate start, LocalDate end) {
        LocalDate met = plusWorkingDays(start, 8);
        if (met.isAfter(today) || (end != null && met.isAfter(end))) {
            return;
        }
        UUID id = new UUID(planId.getMostSignificantBits() ^ 0x434F_5245_4752_5550L, planId.getLeastSignificantBits());
        add(ProtectionStage.CORE_GROUPS, new CoreGroup(id, pid, planId, met, null));
    }

    /**
     * The agencies of a demo strategy discussion as its participants, by agency (names left out). Their ids come from
     * the discussion's, not the child's random source, so the seed's children stay as they were.
     */
    private void participants(UUID sdId, String agencies) {
        int n = 0;
        for (String word : agencies.split(",")) {
            String w = word.trim();
            String lower = w.toLowerCase(java.util.Locale.UK);
            String agency = lower.contains("police") ? "POLICE"
                    : lower.contains("health") || lower.contains("gp") || lower.contains("nurse") ? "HEALTH"
                    : lower.contains("school") ? "SCHOOL" : lower.contains("social care") ? "SOCIAL_CARE" : "OTHER";
            UUID id = UUID.nameUUIDFromBytes((sdId + "/" + n++).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            add(ProtectionStage.ATTENDEES, new ProtectionAttendee(id, pid, sdId, ProtectionStage.STRATEGY_DISCUSSIONS.name(),
                    agency, null, w, null, null, true));
        }
    }
}
