package org.hearth.demo;

import java.time.LocalDate;
import java.util.List;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationStage;
import org.hearth.allocation.SocialWorkerEpisode;

/**
 * Who is allocated to the child: the social workers of each referral episode's teams (with changes of worker
 * and the 903's social worker episodes), and the IRO of each CP plan and period of care.
 */
final class AllocationSimulation extends StageSimulation {
    static final String[] WORKER_CHANGES = {"Social worker left the authority",
            "Caseload rebalanced in the team", "Social worker on long-term leave", "Family asked for a new worker"};

    AllocationSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    void iro(LocalDate start, LocalDate end) {
        String iro = showcased() && end == null ? DemoStaff.IRO_DEMO : c.staff.pick(DemoStaff.IRO_SERVICE, rnd);
        add(AllocationStage.ALLOCATIONS, new Allocation(uuid(), pid, iro, "IRO", DemoStaff.IRO_SERVICE, start, end, null));
    }

    /** The social workers of the teams that held the child during a referral episode that ended on {@code end}. */
    void allocate(ReferralEpisode ep, LocalDate end) {
        List<LocalDate> dates = ep.dates;
        List<String> teams = ep.teams;
        String previous = null;
        for (int i = 0; i < teams.size(); i++) {
            LocalDate from = dates.get(i);
            LocalDate to = i + 1 < teams.size() ? dates.get(i + 1) : end;
            String team = teams.get(i);
            boolean showcaseWorker = showcased() && to == null;
            String reason = previous == null ? null : "Transferred to " + DemoStaff.teamName(
                    showcaseWorker ? c.staff.teamOf(DemoStaff.SW_DEMO) : team);
            if (!showcaseWorker) {
                long days = ChronoUnit.DAYS.between(from, to == null ? today : to);
                if (days > 120 && chance(Math.min(0.8, days / 700.0))) {
                    // A change of worker within the team: three in five children change worker in a year.
                    LocalDate change = from.plusDays(between(30, (int) days - 30));
                    String worker = c.staff.pick(team, rnd);
                    socialWorker(new Allocation(uuid(), pid, worker, "SW", team, from, change, reason));
                    from = change;
                    reason = pick(WORKER_CHANGES);
                }
            }
            String worker = showcaseWorker ? DemoStaff.SW_DEMO : c.staff.pick(team, rnd);
            socialWorker(new Allocation(uuid(), pid, worker, "SW", c.staff.teamOf(worker), from, to, reason));
            previous = team;
        }
    }

    /**
     * A social worker's allocation, and the same spell as the 903 returns it: the worker's Social Work England
     * registration number and the DfE reason for the change (the first worker of a referral episode: OTHERS). Its
     * id is derived from the allocation's, so the rest of the demo draws the same random numbers as before.
     */
    void socialWorker(Allocation a) {
        add(AllocationStage.ALLOCATIONS, a);
        // An unborn child's social worker is the child's from birth.
        LocalDate from = c.dob != null && c.dob.isAfter(a.involvementStartDate()) ? c.dob : a.involvementStartDate();
        LocalDate to = a.involvementEndDate();
        if (c.dob == null || !c.dob.isBefore(today) || (to != null && !to.isAfter(from))) {
            return;
        }
        UUID id = new UUID(a.id().getMostSignificantBits() ^ 0x5357_4550_4953_4F44L, a.id().getLeastSignificantBits());
        add(AllocationStage.SOCIAL_WORKER_EPISODES, new SocialWorkerEpisode(id, pid, DemoStaff.registration(a.professionalId()),
                from, to, dfeWorkerChangeReason(a.workerChangeReason())));
    }

    /** The DfE SW_REASON code for the demo's reasons for a change of worker. */
    static String dfeWorkerChangeReason(String reason) {
        if (reason == null) {
            return "OTHERS";
        }
        if (reason.startsWith("Transferred to")) {
            return "TSPROC";
        }
        return switch (reason) {
            case "Social worker left the authority" -> "LEFTRL";
            case "Caseload rebalanced in the team" -> "MANAGE";
            case "Social worker on long-term leave" -> "ABSENC";
            case "Family asked for a new worker" -> "PCCHAN"; // parent or carer asked for the change
            default -> "OTHERS";
        };
    }
}
