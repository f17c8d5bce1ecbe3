package org.hearth.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.ClockStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A team's workload from its workers' caseloads (each child read through the seam, as the manager): how many
 * children each worker holds, how much of their statutory work is overdue or due within the week, and the team's
 * overdue work, most overdue first.
 */
@Service
public class TeamWorkload {
    /** Work due within this many days counts as due soon. */
    public static final int DUE_SOON_DAYS = 7;

    private final Caseloads caseloads;
    private final UserDirectory users;
    private final JdbcTemplate jdbc;

    TeamWorkload(Caseloads caseloads, UserDirectory users, JdbcTemplate jdbc) {
        this.caseloads = caseloads;
        this.users = users;
        this.jdbc = jdbc;
    }

    public record WorkerLoad(String username, String name, int children, int overdue, int dueSoon) {}

    public record Overdue(UUID childId, String childName, String laChildId, String worker, String subject,
                          LocalDate dueOn, long daysOverdue) {}

    public record Team(String id, String name, List<WorkerLoad> workers, List<Overdue> overdue) {}

    public Team of(Actor manager, LocalDate today) {
        if (manager.role() != Role.TEAM_MANAGER || manager.teamId() == null) {
            throw AccessDenied.forRole("Only a team manager sees a team's workload");
        }
        String teamName = jdbc.query("SELECT dept_team_name FROM ssd_department WHERE dept_team_id = ?",
                (rs, n) -> rs.getString(1), manager.teamId()).stream().findFirst().orElse(manager.teamId());
        List<WorkerLoad> workers = new ArrayList<>();
        List<Overdue> overdue = new ArrayList<>();
        for (Actor member : users.teamMembers(manager.teamId())) {
            if (member.username().equals(manager.username()) || member.role().allocationRole() == null) {
                continue;
            }
            List<Caseloads.Entry> load = caseloads.of(manager, member.username());
            int late = 0;
            int soon = 0;
            for (Caseloads.Entry e : load) {
                for (Caseloads.ClockView c : e.clocks()) {
                    if (c.status() == ClockStatus.OVERDUE) {
                        late++;
                        overdue.add(new Overdue(e.childId(), e.name(), e.laChildId(), member.displayName(), c.subject(),
                                c.dueOn(), java.time.temporal.ChronoUnit.DAYS.between(c.dueOn(), today)));
                    } else if (c.dueOn() != null && !c.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                        soon++;
                    }
                }
            }
            workers.add(new WorkerLoad(member.username(), member.displayName(), load.size(), late, soon));
        }
        overdue.sort(Comparator.comparing(Overdue::dueOn).thenComparing(Overdue::childName));
        return new Team(manager.teamId(), teamName, workers, overdue);
    }
}
