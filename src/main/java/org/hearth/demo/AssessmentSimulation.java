package org.hearth.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentStage;
import org.hearth.assessment.CinPlan;

/**
 * Assessment and child in need: the single assessment (its factors and outcome), the child in need plan, and
 * what either leads to (closure, protection, care or a step down to family help).
 */
final class AssessmentSimulation extends StageSimulation {
    // Factors at assessment as the share of CIN assessments in 2019/20 (product brief), child-only ones by age below.
    static final String[] FACTORS = {"3B", "4B", "17A", "16A", "18C", "1B", "2B", "4A", "5A", "11A", "13A",
            "12A", "3A", "3C", "24A", "10A", "15A", "7A", "19C", "6B", "6A", "20", "2A", "1A"};
    static final double[] FACTOR_RATES = {0.32, 0.30, 0.21, 0.17, 0.14, 0.14, 0.14, 0.14, 0.10, 0.04, 0.03,
            0.01, 0.07, 0.04, 0.03, 0.05, 0.05, 0.02, 0.03, 0.03, 0.03, 0.06, 0.03, 0.02};
    static final String[] HELP = {
            "Family hub parenting group offered and taken up",
            "Family help worker offered for school attendance and morning routines",
            "Referred to the young carers service",
            "Advice on housing and benefits; food bank voucher given",
            "Domestic abuse support service offered to mother; safety plan agreed",
            "Supported referral to children's mental health service",
            "Short breaks and a disability social care assessment offered",
            "Parenting programme and debt advice; help with nursery place"};
    static final String[] HELP_NFA = {
            "No further action; family given the family hub's contact details and advice line",
            "No further action; school to continue pastoral support, family signposted to community groups",
            "No further action; GP and health visitor to continue universal support",
            "No further action; family help offered and declined"};

    AssessmentSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    EpisodeEnd assessment(ReferralEpisode ep, int age) {
        LocalDate start = c.showcase == JourneySimulator.Showcase.OVERDUE_ASSESSMENT ? ep.r.plusDays(1) : ep.r.plusDays(between(0, 3));
        if (start.isAfter(today)) {
            return EpisodeEnd.OPEN;
        }
        ep.phase(start, chance(0.5) ? DemoStaff.ASSESSMENT_1 : DemoStaff.ASSESSMENT_2);
        int workingDays = c.showcase == JourneySimulator.Showcase.OVERDUE_ASSESSMENT ? 400 : chance(0.82) ? between(10, 45) : between(46, 75);
        LocalDate auth = plusWorkingDays(start, workingDays);
        boolean nfa = !showcased() && chance(0.33);
        if (auth.isAfter(today)) {
            add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, start, notAfterToday(start.plusDays(between(0, 5))),
                    null, List.of(), null, "Assessment under way; " + pick(HELP).toLowerCase()));
            return EpisodeEnd.OPEN;
        }
        List<String> factors = nfa ? nfaFactors(age) : needFactors(age, false);
        add(AssessmentStage.ASSESSMENTS, new Assessment(uuid(), pid, ep.id, start, start.plusDays(between(0, 5)), auth, factors,
                nfa, nfa ? pick(HELP_NFA) : pick(HELP)));
        if (nfa) {
            boolean stepDown = chance(0.3);
            return new EpisodeEnd(notAfterToday(auth.plusDays(between(0, 2)), auth), stepDown ? "RC9" : "RC8",
                    stepDown ? "EH" : null);
        }
        if (c.showcase == JourneySimulator.Showcase.CIN || chance(0.82)) {
            return cinPlan(ep, auth.plusDays(between(0, 7)));
        }
        if (chance(0.3)) {
            return journey.protection.protection(ep, auth.plusDays(between(3, 20)), false);
        }
        // In need, helped without a plan, then closed.
        LocalDate close = capAdult(auth.plusDays(between(30, 90)), auth);
        return close.isAfter(today) ? EpisodeEnd.OPEN : new EpisodeEnd(close, "RC7", chance(0.25) ? "EH" : null);
    }

    List<String> nfaFactors(int age) {
        if (chance(0.6)) {
            return List.of("21");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FACTORS.length; i++) {
            if (allowedAt(FACTORS[i], age) && chance(FACTOR_RATES[i] * 0.4)) {
                out.add(FACTORS[i]);
            }
        }
        return out.isEmpty() ? List.of("20") : out;
    }

    List<String> needFactors(int age, boolean abuse) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FACTORS.length; i++) {
            if (allowedAt(FACTORS[i], age) && chance(FACTOR_RATES[i])) {
                out.add(FACTORS[i]);
            }
        }
        if (abuse && out.stream().noneMatch(f -> f.startsWith("16") || f.startsWith("17") || f.startsWith("18")
                || f.startsWith("19"))) {
            out.add(pick(new String[] {"16A", "17A", "16A", "17A", "18C", "19C"}));
        }
        if (out.isEmpty()) {
            out.add(chance(0.5) ? "20" : pick(new String[] {"3B", "4B", "17A", "16A"}));
        }
        return out;
    }

    /** Factors about the child's own behaviour or exploitation are for older children. */
    static boolean allowedAt(String factor, int age) {
        return switch (factor) {
            case "11A", "12A", "13A", "24A", "1A", "2A", "15A", "10A" -> age >= 10;
            case "4A", "7A" -> age >= 5;
            default -> true;
        };
    }

    EpisodeEnd cinPlan(ReferralEpisode ep, LocalDate start) {
        if (start.isAfter(today)) {
            return EpisodeEnd.OPEN;
        }
        ep.phase(start, DemoStaff.CHILD_IN_NEED);
        UUID id = uuid();
        int months = c.showcase == JourneySimulator.Showcase.CIN ? between(24, 36) : between(3, 15);
        LocalDate planned = capAdult(start.plusMonths(months).plusDays(between(0, 20)), start);
        long length = ChronoUnit.DAYS.between(start, planned);
        double u = !showcased() ? rnd.nextDouble() : 1;
        if (u < 0.07 && length > 30) {
            LocalDate sd = start.plusDays(between(14, (int) length - 1));
            if (sd.isAfter(today)) {
                addCin(id, ep, start, null);
                return EpisodeEnd.OPEN;
            }
            c.lastIcpcPlan = null;
            add(AssessmentStage.CIN_PLANS, new CinPlan(id, pid, ep.id, start, null)); // open through the enquiry
            EpisodeEnd end = journey.protection.protection(ep, sd, true);
            // It ends the day a conference makes a CP plan (or the case closes as the child turns 18).
            c.replace(AssessmentStage.CIN_PLANS, new CinPlan(id, pid, ep.id, start, c.lastIcpcPlan));
            c.windows.add(new SimulatedChild.Window(start, c.lastIcpcPlan, "CIN", 28));
            return end;
        }
        if (u < 0.11 && length > 30 && age(start) >= 10) {
            LocalDate q = start.plusDays(between(14, (int) length - 1));
            if (q.isAfter(today)) {
                addCin(id, ep, start, null);
                return EpisodeEnd.OPEN;
            }
            addCin(id, ep, start, q);
            return journey.care.care(ep, q, "S20");
        }
        if (planned.isAfter(today)) {
            addCin(id, ep, start, null);
            return EpisodeEnd.OPEN;
        }
        addCin(id, ep, start, planned);
        return new EpisodeEnd(planned, "RC7", chance(0.25) ? "EH" : null);
    }

    void addCin(UUID id, ReferralEpisode ep, LocalDate start, LocalDate end) {
        add(AssessmentStage.CIN_PLANS, new CinPlan(id, pid, ep.id, start, end));
        c.windows.add(new SimulatedChild.Window(start, end, "CIN", 28));
    }
}
