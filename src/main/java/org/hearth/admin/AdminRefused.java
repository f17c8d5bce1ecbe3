package org.hearth.admin;

import java.util.List;
import java.util.Map;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;

/**
 * An administrator's change refused: 409 when the record changed since it was read, else 422; each refusal points at
 * its answer (/field for the API's problem details).
 */
public class AdminRefused extends HearthProblem {
    private final List<AdminRefusal> refusals;

    AdminRefused(List<AdminRefusal> refusals) {
        super(refusals.stream().anyMatch(r -> AdminRefusal.VERSION.equals(r.field())) ? HttpStatus.CONFLICT
                        : HttpStatus.UNPROCESSABLE_ENTITY, "Check your answers", refusals.get(0).message(),
                refusals.stream().map(r -> Map.<String, Object>of("pointer", r.field() == null ? "" : "/" + r.field(),
                        "detail", r.message())).toList());
        this.refusals = List.copyOf(refusals);
    }

    public List<AdminRefusal> refusals() {
        return refusals;
    }

    static void refuseIfAny(List<AdminRefusal> refusals) {
        if (!refusals.isEmpty()) {
            throw new AdminRefused(refusals);
        }
    }
}
