package org.hearth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors on pages are pages with the council's header, in the user's words; the API's errors stay problem details.
 * Ordered after {@link ApiErrors} (which answers for every API controller) and before Spring's own problem-details
 * handler, which would otherwise answer a browser's 404 or 500 with JSON.
 */
@ControllerAdvice
@Order(-1)
class WebErrors {
    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);
    private final String council;

    WebErrors(@Value("${hearth.council-name}") String council) {
        this.council = council;
    }

    @ExceptionHandler(HearthProblem.class)
    ModelAndView problem(HearthProblem p, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return page(request, response, p.status().value(), p.title(), p.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return page(request, response, 404, "Page not found", "Check the address and try again.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // not handled here: Spring Security signs the user in or refuses
        }
        if (e instanceof org.springframework.web.ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            int status = known.getStatusCode().value();
            return page(request, response, status, ErrorPages.title(status), ErrorPages.detail(status));
        }
        if (e instanceof org.springframework.dao.DataAccessException db && ApiErrors.fromDatabase(db) != null) {
            HearthProblem p = ApiErrors.fromDatabase(db);
            return page(request, response, p.status().value(), p.title(), p.getMessage());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        // Class and first frame only: exception messages can quote the values a user typed.
        log.error("Unexpected failure on a page, reference {}: {} at {}", reference, e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return page(request, response, 500, "Sorry, there is a problem with Hearth",
                "Nothing was saved. Try again later, or quote reference " + reference + " to support.");
    }

    /** The problem page for a browser; problem details for the API or a client that does not ask for HTML. */
    private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String detail) throws IOException {
        response.setStatus(status);
        if (!ErrorPages.wantsPage(request, request.getRequestURI())) {
            ErrorPages.writeProblem(response, status, title, detail);
            return null;
        }
        ModelAndView page = new ModelAndView("fragments/problem");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("council", council);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        page.addObject("signedInAs", auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
                ? null : auth.getName());
        return page;
    }
}
