package org.hearth.clocks;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;

/**
 * A part of Hearth that has work waiting for people (approvals, IRO challenges, a team's clocks, the return files)
 * says what it is for the signed-in person. My work asks every source; a source answers nothing for a role it has
 * no work for. Each source reads through the access seam, so a task never names a child its reader may not see.
 */
public interface TaskSource {
    /**
     * @param caseload the person's own caseload as My work has already read it (empty for roles with none)
     */
    List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, LocalDate today);
}
