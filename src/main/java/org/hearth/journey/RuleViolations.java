package org.hearth.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;

/** A change refused because it breaks journey rules; nothing of it was saved. */
public class RuleViolations extends HearthProblem {
    private final List<Violation> violations;

    public RuleViolations(List<Violation> violations) {
        this(violations, v -> "/" + v.kind() + (v.field() == null ? "" : "/" + v.field()));
    }

    /**
     * @param pointer the JSON pointer into the request that each violation is about: an API names the fields of its
     *                own request, not the record's columns
     */
    public RuleViolations(List<Violation> violations, java.util.function.Function<Violation, String> pointer) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "This change breaks the record's rules, so nothing was saved",
                violations.get(0).message() + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""),
                violations.stream().map(v -> asError(v, pointer.apply(v))).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static Map<String, Object> asError(Violation v, String pointer) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("pointer", pointer);
        e.put("kind", v.kind());
        if (v.recordId() != null) e.put("recordId", v.recordId());
        if (v.field() != null) e.put("field", v.field());
        e.put("rule", v.rule());
        if (v.dfeCode() != null) e.put("dfeRule", v.dfeCode());
        e.put("detail", v.message());
        return e;
    }
}
