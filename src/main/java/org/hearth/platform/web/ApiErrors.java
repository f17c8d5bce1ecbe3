package org.hearth.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every API error is an RFC 9457 problem detail in the user's terms, with field pointers and the DfE rule code
 * where there is one. Input errors are 4xx, never 500; an unexpected failure says only a reference to quote.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
// Before WebErrors and Spring's own problem-details handler, so a typed request body that cannot be read is answered
// in words too.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(HearthProblem.class)
    ResponseEntity<ProblemDetail> hearth(HearthProblem p) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(p.status(), p.getMessage());
        body.setTitle(p.title());
        if (!p.errors().isEmpty()) {
            body.setProperty("errors", p.errors());
        }
        return ResponseEntity.status(p.status()).body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpHardening.BodyTooLarge) {
                return hearth(new HearthProblem(HttpStatus.CONTENT_TOO_LARGE, "Too large",
                        "What you sent is larger than Hearth accepts. Send less at a time."));
            }
        }
        // The JSON error that names the field, not its cause (a date's DateTimeParseException names none).
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return json(t);
            }
        }
        return json(e.getMostSpecificCause());
    }

    /**
     * A value the database refuses that the rules let through: in the user's terms, not a 500. {@code null} when the
     * failure is not the input's fault.
     */
    static HearthProblem fromDatabase(org.springframework.dao.DataAccessException e) {
        String state = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                state = sql.getSQLState();
            }
        }
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23503" -> new HearthProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Check your answers",
                    "This refers to a record that does not exist. Check the record id and try again.");
            case "22021", "22P05" -> HearthProblem.badRequest(
                    "Text cannot contain the NUL character (\\u0000). Remove it and try again.");
            case "22001" -> HearthProblem.badRequest("A value is longer than Hearth can keep. Shorten it and try again.");
            case "22007", "22008" -> HearthProblem.badRequest("A date is outside the range Hearth can keep.");
            default -> null;
        };
    }

    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ResponseEntity<ProblemDetail> database(org.springframework.dao.DataAccessException e) {
        HearthProblem p = fromDatabase(e);
        return p == null ? unexpected(e) : hearth(p);
    }

    /** Binding a record from JSON the user sent: say which field and what is wrong with it. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> jackson(JacksonException e) {
        return json(e);
    }

    private ResponseEntity<ProblemDetail> json(Throwable cause) {
        if (cause instanceof DatabindException db) {
            String path = pointer(db);
            String detail = describe(db, path);
            return hearth(new HearthProblem(HttpStatus.BAD_REQUEST, "Check your answers", detail,
                    List.of(Map.of("pointer", path, "detail", detail))));
        }
        if (cause instanceof JacksonException je) {
            return hearth(HearthProblem.badRequest("The request is not valid JSON"
                    + (je.getLocation() == null ? "" : " (line " + je.getLocation().getLineNr() + ", column "
                    + je.getLocation().getColumnNr() + ")")));
        }
        // A typed body that is missing, empty or the JSON literal null.
        return hearth(HearthProblem.badRequest("Send the details as a JSON object ({…}) in the request body: it was "
                + "missing, empty or null"));
    }

    private static String pointer(DatabindException e) {
        StringBuilder out = new StringBuilder();
        for (var ref : e.getPath()) {
            out.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex());
        }
        return out.isEmpty() ? "/" : out.toString();
    }

    private static String describe(DatabindException e, String path) {
        String field = path.substring(path.lastIndexOf('/') + 1);
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (msg.contains(HttpHardening.NUL_MESSAGE)) {
            return field + " cannot contain the NUL character (\\u0000)";
        }
        if (msg.contains("Unrecognized property") || msg.contains("Unrecognized field")) {
            return "'" + field + "' is not a field of this record";
        }
        if (msg.contains("LocalDate")) {
            return field + " must be a date written as YYYY-MM-DD";
        }
        if (msg.contains("UUID")) {
            return field + " must be a record id";
        }
        if (msg.contains("Boolean") || msg.contains("boolean")) {
            return field + " must be true or false";
        }
        if (msg.contains("Integer") || msg.contains("int")) {
            return field + " must be a whole number";
        }
        return field + " has a value of the wrong kind";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return hearth(HearthProblem.badRequest("'" + e.getValue() + "' is not a valid " + e.getName()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestHeaderException.class})
    ResponseEntity<ProblemDetail> missing(Exception e) {
        return hearth(HearthProblem.badRequest(e instanceof MissingServletRequestParameterException m
                ? "Give " + m.getParameterName() : "A required header is missing: " + ((MissingRequestHeaderException) e).getHeaderName()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return hearth(new HearthProblem(HttpStatus.METHOD_NOT_ALLOWED, "Not allowed", e.getMethod() + " is not allowed here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> media(HttpMediaTypeNotSupportedException e) {
        return hearth(new HearthProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON", "Send the request as application/json"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return hearth(HearthProblem.notFound("That page"));
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(org.springframework.dao.DuplicateKeyException e) {
        return hearth(new HearthProblem(HttpStatus.CONFLICT, "Already recorded",
                "A record with the same identifier already exists; search for it instead of creating another"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        // Class and frames only: exception messages can quote the values a user typed.
        log.error("Unexpected failure, reference {}: {} at {}", reference, e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side and nothing was saved. Quote reference " + reference + " to support.");
        body.setTitle("Sorry, there is a problem with Hearth");
        body.setType(URI.create("about:blank"));
        return ResponseEntity.internalServerError().body(body);
    }
}
