package org.hearth.allocation;

import static org.hearth.platform.web.FormAnswers.choice;
import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.codes.CodeList;
import org.hearth.journey.CodeRules;
import org.hearth.platform.web.FormErrors;

/**
 * A change of social worker, in plain Java. Who decides follows the access policy: allocation is what opens a child's
 * record, so only a team manager may reallocate, and only the allocated worker's own team manager (a worker cannot
 * hand a child on, nor a manager take a child from another team). The new worker comes from the manager's team; the
 * previous allocation ends the day the new one starts, which carries the DfE's reason for the change (SW_REASON)
 * from the 2023/24 collection year, when the 903 began to hold it.
 */
public final class Reallocation {
    /** The DfE's SW_REASON codes, in Hearth's words (the code list holds the codes and the years they are used). */
    static final Map<String, String> REASON_WORDS = Map.of(
            "MANAGE", "Management decision, such as a change of team or caseload",
            "FCONTA", "The worker's fixed-term contract ended",
            "LEFTRL", "The worker left the role",
            "ORGRST", "Organisational restructure",
            "TSPROC", "Transfer between teams as part of the process, such as assessment to long-term",
            "ABSENC", "The worker is absent, such as long-term sickness or parental leave",
            "CHCHAN", "The child asked for a change",
            "PCCHAN", "A parent or carer asked for a change",
            "SWDIED", "The worker died",
            "OTHERS", "Other reason");

    private Reallocation() {}

    /**
     * Why {@code actor} may not change the child's social worker, or empty when they may.
     *
     * @param currentTeam the team of the social worker allocated now (null when none is)
     */
    public static Optional<String> refusal(Actor actor, String currentTeam) {
        if (actor.role() != Role.TEAM_MANAGER) {
            return Optional.of("Only the allocated worker's team manager can change a child's social worker. "
                    + "Ask your team manager to reallocate the child");
        }
        if (currentTeam != null && !currentTeam.equals(actor.teamId())) {
            return Optional.of("The child's social worker is in another team. Only that team's manager can "
                    + "change the child's social worker");
        }
        return Optional.empty();
    }

    /** The reasons for a change of social worker used on {@code date}, in words (none before the 903 held them). */
    public static Map<String, String> reasons(LocalDate date) {
        CodeList list = CodeRules.list("SW_REASON", date);
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : list.codes()) {
            out.put(code, REASON_WORDS.getOrDefault(code, list.label(code).orElse(code)));
        }
        return out;
    }

    /** The command the form's answers make, or the answers' own errors (then no command). */
    public record Read(ChangeSocialWorker command, FormErrors errors) {}

    /**
     * Reads the change-of-social-worker form: the worker chosen from the manager's team and the date; the command
     * decides the rest (the same worker, a date before the current allocation, the reason).
     *
     * @param choices the social workers the manager may allocate: username → name
     */
    public static Read read(Map<String, String> form, LocalDate today, Map<String, String> choices,
                            StaffDirectory staff) {
        FormErrors errors = new FormErrors();
        String worker = choice(form, "worker", choices, "Select the new social worker from your team", errors);
        LocalDate date = pastDate(form, "date", "the date of the change", today, errors, null);
        String reason = form.get("reason") == null || form.get("reason").isBlank() ? null : form.get("reason").strip();
        return new Read(errors.isEmpty() ? new ChangeSocialWorker(worker, date, reason, staff) : null, errors);
    }

    /** The question that asks for a record field the command refused. */
    public static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "professionalId" -> "worker";
            case "workerChangeReason" -> "reason";
            default -> "date";
        };
    }
}
