package org.hearth.home;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditStatus;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.hearth.returns.files.ReturnRuns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What analysts, administrators and health partners land on: their own work, each item linking to where it is done.
 * No child's record is read here.
 */
@Component
class RoleHomeTasks implements TaskSource {
    static final String RETURNS = "Statutory returns";
    static final String ADMIN = "Running Hearth";
    static final String HEALTH = "The health flag service";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final ReturnRuns runs;
    private final AuditStatus audit;
    private final JdbcTemplate jdbc;
    private final String council;

    RoleHomeTasks(ReturnRuns runs, AuditStatus audit, JdbcTemplate jdbc, @Value("${hearth.council-name}") String council) {
        this.runs = runs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.council = council;
    }

    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today) {
        return switch (actor.role()) {
            case DATA_ANALYST -> analyst();
            case ADMINISTRATOR -> administrator();
            case HEALTH_PARTNER -> health();
            default -> List.of();
        };
    }

    private List<Task> analyst() {
        List<Task> out = new ArrayList<>();
        int files = runs.recent().size();
        out.add(new Task(RETURNS, "Return files", files == 0 ? "No return file has been made yet: make the 903 or the "
                + "CIN census file for a year" : files + " return " + (files == 1 ? "file" : "files")
                + " made recently: check their issues and confirm the queries", "/returns/files", null,
                Task.State.WAITING, null));
        out.add(new Task(RETURNS, "Data quality: errors in the live returns",
                "Every child's record checked against the DfE's rules for the 903 and the CIN census, by rule",
                "/returns", null, Task.State.WAITING, null));
        return out;
    }

    private List<Task> administrator() {
        List<Task> out = new ArrayList<>();
        String check = audit.last().map(c -> (c.intact() ? "Intact when last checked, " : "Broken when last checked, ")
                + WHEN.format(c.at().atZone(ZoneId.of("Europe/London")))
                + (c.intact() ? "" : ": " + c.firstBreak().orElse(""))).orElse("Not checked since Hearth started");
        out.add(new Task(ADMIN, "Verify the audit log", check, "/admin/audit",
                null, audit.last().map(c -> c.intact() ? Task.State.INFORMATION : Task.State.OVERDUE)
                .orElse(Task.State.WAITING), null));
        Map<String, Integer> byRole = new java.util.TreeMap<>();
        jdbc.query("SELECT role, count(*) FROM hearth_user GROUP BY role",
                rs -> { byRole.put(rs.getString(1), rs.getInt(2)); });
        int users = byRole.values().stream().mapToInt(Integer::intValue).sum();
        out.add(new Task(ADMIN, "Users: " + users, byRole.entrySet().stream()
                .map(e -> roleLabel(e.getKey()) + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("None")
                + ". Add council staff with ./hearth users add; partners' users under Partner organisations", "/admin/audit#users", null, Task.State.INFORMATION, null));
        Integer open = jdbc.queryForObject("SELECT count(*) FROM organisation WHERE closed_on IS NULL", Integer.class);
        out.add(new Task(ADMIN, "Partner organisations: " + open, "Register the police, health, schools and other "
                + "partners the council works with, and manage their users", "/admin/organisations", null,
                Task.State.INFORMATION, null));
        out.add(new Task(ADMIN, "Settings: " + council, "The council's name, sign-in and the local timescales are set "
                + "in Hearth's configuration", "/admin/audit#settings", null, Task.State.INFORMATION, null));
        return out;
    }

    private static String roleLabel(String role) {
        try {
            Role r = Role.valueOf(role);
            if (r == Role.IRO) {
                return "IRO";
            }
            String s = r.name().replace('_', ' ').toLowerCase(Locale.UK);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    private List<Task> health() {
        return List.of(new Task(HEALTH, "Look up a child's flag by NHS number",
                "Your system asks the FHIR R4 service (GET /fhir/Flag?patient.identifier=…) whether a child is on a "
                        + "child protection plan or looked after; every look-up is recorded and the child's social "
                        + "worker is told", "/fhir/metadata", null, Task.State.INFORMATION, null));
    }
}
