package org.hearth.sharing;

import java.util.List;
import java.util.Map;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;

/** A sharing command or service request refused: each refusal points at its answer (/field for the API). */
public class SharingRefused extends HearthProblem {
    private final List<Refusal> refusals;

    SharingRefused(HttpStatus status, List<Refusal> refusals) {
        super(status, "Check your answers", refusals.get(0).message(), refusals.stream()
                .map(r -> Map.<String, Object>of("pointer", "/" + r.field(), "detail", r.message())).toList());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
