package org.hearth.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareMilestone;
import org.hearth.care.CareOutcome;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.CareStage;
import org.hearth.care.CeaseCare;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.permanence.PermanenceStage;
import org.hearth.permanence.PreviousPermanence;

/**
 * Looked after: becoming looked after (directly from a referral, from a CIN or CP plan), the legal statuses,
 * reviews and missing episodes of the period, how it ends (ceased through the care stage's own command, as the app
 * ceases care) and what the 903 asks each year of a child looked after.
 */
final class CareSimulation extends StageSimulation {
    static final Weighted PARTICIPATION = new Weighted(new String[] {"PN1", "PN2", "PN3", "PN4", "PN5",
            "PN6", "PN7"}, new double[] {45, 5, 5, 5, 10, 20, 10});

    CareSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    EpisodeEnd careDirect(ReferralEpisode ep, LocalDate r, int age) {
        LocalDate q = r.plusDays(between(0, 3));
        if (c.dob != null && q.isBefore(c.dob)) {
            q = c.dob;
        }
        if (q.isAfter(today) || c.dob == null) {
            return EpisodeEnd.OPEN;
        }
        // The assessment runs alongside becoming looked after.
        LocalDate auth = plusWorkingDays(r, between(10, 40));
        add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, r, r.plusDays(between(0, 2)),
                auth.isAfter(today) ? null : auth, auth.isAfter(today) ? List.of() : c.uasc ? List.of("9A")
                : journey.assessment.needFactors(age, false), auth.isAfter(today) ? null : false, pick(AssessmentSimulation.HELP)));
        String route = c.uasc ? "UASC" : c.showcase == JourneySimulator.Showcase.CLA ? (chance(0.5) ? "COURT" : "S20")
                : age >= 12 ? (chance(0.7) ? "S20" : "POLICE") : (chance(0.5) ? "POLICE" : "COURT");
        return care(ep, q, route);
    }

    EpisodeEnd care(ReferralEpisode ep, LocalDate q, String route) {
        if (c.dob == null) {
            return EpisodeEnd.OPEN;
        }
        if (q.isBefore(c.dob)) {
            q = c.dob;
        }
        if (q.isAfter(today)) {
            return EpisodeEnd.OPEN;
        }
        c.careStartedLast = q;
        ep.phase(q, chance(0.5) ? DemoStaff.IN_CARE_1 : DemoStaff.IN_CARE_2);
        int age = age(q);
        String outcome;
        if (c.showcase == JourneySimulator.Showcase.CLA || "UASC".equals(route)) {
            outcome = "STAY";
        } else if ("S20".equals(route) || "POLICE".equals(route)) {
            outcome = chance(0.55) ? "HOME" : "STAY";
        } else if (age < 4) {
            outcome = pickString(new String[] {"ADOPT", "SGO", "HOME", "STAY"}, new double[] {40, 20, 20, 20});
        } else if (age < 12) {
            outcome = pickString(new String[] {"SGO", "HOME", "STAY"}, new double[] {15, 35, 50});
        } else {
            outcome = chance(0.4) ? "HOME" : "STAY";
        }
        LocalDate adm = null;
        LocalDate placementOrder = null;
        LocalDate matched = null;
        LocalDate placed = null;
        LocalDate planned;
        switch (outcome) {
            case "ADOPT" -> {
                adm = q.plusDays(between(120, 270));
                placementOrder = adm.plusDays(between(30, 90));
                matched = placementOrder.plusDays(between(30, 150));
                placed = matched.plusDays(between(14, 56));
                planned = placed.plusDays(between(120, 300));
            }
            case "SGO" -> planned = q.plusDays(between(300, 720));
            case "HOME" -> planned = q.plusDays("S20".equals(route) || "POLICE".equals(route)
                    ? between(7, 240) : between(120, 720));
            default -> planned = c.age18;
        }
        String reason;
        if (!planned.isBefore(c.age18)) {
            planned = c.age18;
            outcome = "ADULT";
            reason = pickString(new String[] {"E17", "E5", "E8", "E13", "E6", "E7"}, new double[] {25, 40, 10, 12, 6, 7});
        } else {
            reason = switch (outcome) {
                case "ADOPT" -> chance(0.6) ? "E11" : "E12";
                case "SGO" -> pick(new String[] {"E45", "E46", "E47", "E48"});
                case "HOME" -> pickString(new String[] {"E4A", "E4B", "E13"}, new double[] {70, 8, 22});
                default -> "E8";
            };
        }
        LocalDate end = planned.isAfter(today) ? null : planned;
        LocalDate bound = end == null ? today : end;

        legalStatuses(q, end, bound, route, outcome, placementOrder);
        journey.placements.placements(q, end, bound, route, outcome, placed);
        careReviews(q, bound);
        missing(q, end, bound);
        journey.permanence.permanence(q, end, outcome, adm, matched, placed);
        journey.allocations.iro(q, end);
        c.windows.add(new SimulatedChild.Window(q, end, "CLA", 42));
        String cin = c.uasc ? "N8" : pickString(new String[] {"N1", "N2", "N4", "N5", "N6", "N8"},
                new double[] {66, 4, 8, 13, 4, 5});
        UUID periodId = uuid();
        add(CareStage.CARE_PERIODS, new CarePeriod(periodId, pid, q, null, null, cin));
        if (end == null) {
            carePlanning(periodId, q);
            return EpisodeEnd.OPEN;
        }
        // Ceasing care ends the period, its placement and its legal status together, by the app's own command.
        play(new CeaseCare(end, reason));
        switch (outcome) {
            case "ADOPT" -> {
                return new EpisodeEnd(end, "RC1", "STOP");
            }
            case "SGO" -> {
                return new EpisodeEnd(end, "RC4", "STOP");
            }
            case "ADULT" -> {
                journey.leavingCare.careLeaver(end, reason);
                return new EpisodeEnd(end, "RC7", "STOP");
            }
            default -> {
                c.returnedHome = true;
                if (chance(0.4)) {
                    return journey.assessment.cinPlan(ep, end);
                }
                return new EpisodeEnd(end, "RC7", null);
            }
        }
    }

    /**
     * The care plan, initial health assessment and PEP of a period of care still open, and the placement plan of each
     * of its placements, as a council that records them would have them: mostly in time, a few late. Only the open
     * period's steps can still stop a clock, so an ended period keeps none. Dates and ids come from the child's id,
     * not the simulation's random stream, so every other generated record stays as it was.
     */
    void carePlanning(UUID periodId, LocalDate q) {
        int h = Math.floorMod(pid.hashCode(), 1_000);
        step(CareMilestone.CARE_PLAN, q.plusDays(h % 12), periodId);
        step(CareMilestone.HEALTH_ASSESSMENT, q.plusDays(12 + h % 21), periodId);
        step(CareMilestone.PEP, q.plusDays(14 + h % 25), periodId);
        List<Placement> placements = recorded(CareStage.PLACEMENTS);
        for (Placement placement : placements) {
            if (placement.id() != null && !placement.claPlacementStartDate().isBefore(q)) {
                step(CareMilestone.PLACEMENT_PLAN, placement.claPlacementStartDate().plusDays(h % 7), placement.id());
            }
        }
    }

    private void step(String type, LocalDate date, UUID subjectId) {
        if (!date.isAfter(today)) {
            add(CareStage.MILESTONES, new CareMilestone(UUID.nameUUIDFromBytes((pid + type + subjectId)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), pid, type, date, subjectId, null, null));
        }
    }

    /** Legal statuses from the first day of care without gaps; the last stays open until care ceases. */
    void legalStatuses(LocalDate q, LocalDate end, LocalDate bound, String route, String outcome,
                               LocalDate placementOrder) {
        List<String> codes = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        LocalDate t = q;
        switch (route) {
            case "COURT" -> {
                if (chance(0.25)) {
                    codes.add("L2");
                    starts.add(t);
                    t = t.plusDays(between(1, 8));
                }
                codes.add("C1");
                starts.add(t);
                if ("ADOPT".equals(outcome)) {
                    codes.add("E1");
                    starts.add(placementOrder);
                } else {
                    codes.add("C2");
                    starts.add(q.plusDays(between(180, 365)));
                }
            }
            case "POLICE" -> {
                codes.add("L1");
                starts.add(t);
                codes.add("V2");
                starts.add(t.plusDays(between(1, 3)));
            }
            default -> {
                codes.add("V2");
                starts.add(t);
                if (!"UASC".equals(route) && chance(0.12)) {
                    codes.add("C1");
                    starts.add(q.plusDays(between(60, 240)));
                    codes.add("C2");
                    starts.add(q.plusDays(between(300, 500)));
                }
            }
        }
        int n = 0;
        while (n < codes.size() && !starts.get(n).isAfter(bound) && (end == null || starts.get(n).isBefore(end) || n == 0)) {
            n++;
        }
        for (int i = 0; i < n; i++) {
            LocalDate e = i + 1 < n ? starts.get(i + 1) : null; // the last ends when care ceases
            add(CareStage.LEGAL_STATUSES, new LegalStatus(uuid(), pid, codes.get(i), starts.get(i), e));
        }
    }

    /** Reviews at 20 working days, three months later, then every six months, with how the child took part. */
    void careReviews(LocalDate q, LocalDate bound) {
        LocalDate review = plusWorkingDays(q, 20);
        int n = 0;
        while (!review.isAfter(bound)) {
            String participation = age(review) < 4 ? "PN0" : PARTICIPATION.pick(rnd);
            add(CareStage.CARE_REVIEWS, new CareReview(uuid(), pid, review, participation, false));
            review = n == 0 ? review.plusMonths(3) : review.plusMonths(6).minusDays(between(0, 14));
            n++;
        }
    }

    void missing(LocalDate q, LocalDate end, LocalDate bound) {
        if (age(q) < 11 && age(bound) < 12 || !chance(0.25)) {
            return;
        }
        long span = ChronoUnit.DAYS.between(q, bound);
        if (span < 10) {
            return;
        }
        int count = between(1, 5);
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add((long) rnd.nextInt((int) span - 4) + 1);
        }
        offsets.sort(null);
        LocalDate previousEnd = null;
        for (long offset : offsets) {
            LocalDate s = q.plusDays(offset);
            if (age(s) < 11 || previousEnd != null && !s.isAfter(previousEnd)) {
                continue;
            }
            LocalDate e = s.plusDays(between(0, 3));
            if (e.isAfter(bound) || end != null && e.isAfter(end)) {
                continue;
            }
            boolean isMissing = chance(0.75);
            boolean offered = isMissing && chance(0.95);
            add(CareStage.MISSING, new MissingEpisode(uuid(), pid, s, isMissing ? "M" : "A", e, offered,
                    offered && chance(0.6)));
            previousEnd = e;
        }
    }

    /**
     * The 903's OC2 answers (health, SDQ, convictions) for each year end, up to the current collection year's, at
     * which the child had been looked after for a year and was still looked after, other than on short breaks.
     * Drawn from their own random source so the rest of the demo is unchanged.
     */
    void careOutcomes() {
        if (c.dob == null) {
            return;
        }
        SplittableRandom r = new SplittableRandom(pid.getMostSignificantBits() ^ 0x4F43_3200L);
        int lastYearEnd = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        for (CarePeriod pe : this.<CarePeriod>recorded(CareStage.CARE_PERIODS)) {
            for (int y = pe.periodStartDate().getYear() + 1; y <= lastYearEnd; y++) {
                LocalDate end = LocalDate.of(y, 3, 31);
                boolean longEnough = !pe.periodStartDate().isAfter(end.minusYears(1));
                boolean stillIn = pe.periodEndDate() == null || pe.periodEndDate().isAfter(end);
                if (!longEnough || !stillIn || shortBreakOn(end)) {
                    continue;
                }
                int ageAtStart = java.time.Period.between(c.dob, end.minusYears(1).plusDays(1)).getYears();
                int ageAtEnd = java.time.Period.between(c.dob, end).getYears();
                boolean sdq = ageAtStart >= 4 && ageAtEnd <= 16;
                boolean sdqReason = !sdq && (ageAtEnd == 4 || ageAtEnd == 17);
                String misuse = r.nextDouble() < 0.04 ? "1" : "0";
                add(CareStage.CARE_OUTCOMES, new CareOutcome(new UUID(pid.getMostSignificantBits() ^ y, r.nextLong()), pid,
                        end, sdq ? String.valueOf(r.nextInt(3, 30)) : "", sdqReason ? "SDQ1" : "",
                        ageAtEnd >= 10 ? (r.nextDouble() < 0.03 ? "1" : "0") : "",
                        ageAtEnd < 5 ? "1" : "", r.nextDouble() < 0.9 ? "1" : "0", r.nextDouble() < 0.85 ? "1" : "0",
                        r.nextDouble() < 0.9 ? "1" : "0", misuse, misuse.equals("1") ? "1" : "", ""));
            }
        }
    }

    boolean shortBreakOn(LocalDate day) {
        for (LegalStatus l : this.<LegalStatus>recorded(CareStage.LEGAL_STATUSES)) {
            if (!l.legalStatusStartDate().isAfter(day)
                    && (l.legalStatusEndDate() == null || !l.legalStatusEndDate().isBefore(day))) {
                return "V3".equals(l.legalStatus()) || "V4".equals(l.legalStatus());
            }
        }
        return false;
    }

    /**
     * What the 903 asks of every child who starts to be looked after: whether they had a permanence order before.
     * The demo's children had none (Z1); one with a permanence order already on the record says so there.
     */
    void previousPermanence() {
        if (recorded(CareStage.CARE_PERIODS).isEmpty()) {
            return;
        }
        add(PermanenceStage.PREVIOUS_PERMANENCE, new PreviousPermanence(new UUID(pid.getMostSignificantBits() ^ 0x5050L,
                pid.getLeastSignificantBits()), pid, "Z1", null, null));
    }

}
