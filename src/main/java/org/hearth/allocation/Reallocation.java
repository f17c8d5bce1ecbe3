package org.hearth.allocation;

import static org.hearth.platform.web.FormAnswers.choice;
import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.codes.CodeList;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
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

    public record Read(List<JourneyChange<?>> changes, FormErrors errors) {}

    /** The social worker allocated now, if any. */
    public static Optional<Allocation> current(ChildJourney j, LocalDate today) {
        return j.all(AllocationStage.ALLOCATIONS).stream()
                .filter(a -> "SW".equals(a.professionalRoleId()) && a.involvementStartDate() != null
                        && a.involvementEndDate() == null && !a.involvementStartDate().isAfter(today))
                .max(Comparator.comparing(Allocation::involvementStartDate));
    }

    /**
     * Why {@code actor} may not reallocate the child, or empty when they may.
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

    /**
     * The same policy for any write (the API too): a change to who is the child's social worker is a team manager's
     * decision. The seam has already checked the manager's relationship with the child through their team.
     */
    public static Optional<String> refusal(Actor actor, List<JourneyChange<?>> changes) {
        boolean socialWorker = changes.stream().anyMatch(c -> c.kind() == AllocationStage.ALLOCATIONS
                && c.record() instanceof Allocation a && "SW".equals(a.professionalRoleId()));
        return socialWorker ? refusal(actor, actor.teamId()) : Optional.empty();
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

    /**
     * @param staff the social workers the manager may allocate: username → name
     * @param teamOf the team of a worker (for the new allocation)
     */
    public static Read read(ChildJourney j, Map<String, String> form, LocalDate today, Map<String, String> staff,
                            java.util.function.Function<String, String> teamOf) {
        FormErrors errors = new FormErrors();
        Optional<Allocation> current = current(j, today);
        String worker = choice(form, "worker", staff, "Select the new social worker from your team", errors);
        if (worker != null && current.isPresent() && worker.equals(current.get().professionalId())) {
            errors.add("worker", "Select a social worker other than the one allocated now", null);
        }
        LocalDate date = pastDate(form, "date", "the date of the change", today, errors, null);
        if (date != null && current.isPresent() && date.isBefore(current.get().involvementStartDate())) {
            errors.add("date", "The change cannot be before the current social worker was allocated on "
                    + Dates.uk(current.get().involvementStartDate()), null);
        }
        String reason = null;
        Map<String, String> reasons = reasons(date == null ? today : date);
        if (current.isPresent() && !reasons.isEmpty()) {
            reason = choice(form, "reason", reasons, "Select the reason for the change of social worker", errors);
        }
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors);
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        current.ifPresent(a -> changes.add(JourneyChange.of(AllocationStage.ALLOCATIONS, new Allocation(a.id(), a.personId(),
                a.professionalId(), a.professionalRoleId(), a.professionalTeam(), a.involvementStartDate(), date,
                a.workerChangeReason()))));
        changes.add(JourneyChange.of(AllocationStage.ALLOCATIONS, new Allocation(null, j.child().id(), worker, "SW",
                teamOf.apply(worker), date, null, reason)));
        return new Read(changes, errors);
    }
}
