package org.hearth.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal to show the user: an HTTP status, a title and detail in the user's terms, and optional field errors.
 * Rendered as RFC 9457 problem details; never carries a stack trace.
 */
public class HearthProblem extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final List<Map<String, Object>> errors;

    public HearthProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public HearthProblem(HttpStatus status, String title, String detail, List<Map<String, Object>> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() { return status; }
    public String title() { return title; }
    public List<Map<String, Object>> errors() { return errors; }

    public static HearthProblem notFound(String what) {
        return new HearthProblem(HttpStatus.NOT_FOUND, "Not found", what + " was not found");
    }

    public static HearthProblem badRequest(String detail) {
        return new HearthProblem(HttpStatus.BAD_REQUEST, "Check your answers", detail);
    }
}
