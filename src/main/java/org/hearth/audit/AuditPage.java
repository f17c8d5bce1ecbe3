package org.hearth.audit;

import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An administrator checks the audit log's chain from the web (the same check as {@code ./hearth audit verify}) and
 * sees when it was last checked and what was found.
 */
@Controller
class AuditPage {
    private final AuditStatus status;
    private final CurrentActor currentActor;

    AuditPage(AuditStatus status, CurrentActor currentActor) {
        this.status = status;
        this.currentActor = currentActor;
    }

    @GetMapping("/admin/audit")
    String page(Model model) {
        requireAdministrator();
        model.addAttribute("check", status.last().orElse(null));
        return "audit/verify";
    }

    @PostMapping("/admin/audit/verify")
    String verify() {
        requireAdministrator();
        status.verifyNow();
        return "redirect:/admin/audit";
    }

    private void requireAdministrator() {
        if (currentActor.get().role() != Role.ADMINISTRATOR) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Only an administrator checks the audit log",
                    "Checking the audit log's chain is an administrator's task.");
        }
    }
}
