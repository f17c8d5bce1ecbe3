package org.hearth.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the servlet container shows for an error no controller answered (a refusal by a filter, a missing page, a
 * body too large): a page with the council's header for a browser, problem details for the API. Asked for directly,
 * {@code /error} is a page that does not exist (404), not a failure.
 */
@Controller
class ErrorPages implements ErrorController {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setStatus(status);
        if (!wantsPage(request, uri instanceof String s ? s : request.getRequestURI())) {
            writeProblem(response, status, title(status), detail(status));
            return null;
        }
        // A filter that refused the request before any page may say why in its own words (a document too large).
        Object said = request.getAttribute(DETAIL);
        ModelAndView page = new ModelAndView("fragments/problem",
                Map.of("title", title(status), "detail", said instanceof String d ? d : detail(status)));
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return page;
    }

    /** A request attribute: the detail of a refusal made before any controller, shown on the error page. */
    static final String DETAIL = "hearth.error.detail";

    static String title(int status) {
        return switch (status) {
            case 400 -> "Check your answers";
            case 401 -> "Sign in";
            case 403 -> "You cannot see this page";
            case 404, 405 -> "Page not found";
            case 409 -> "This form was already sent";
            case 413 -> "Too large";
            case 429 -> "Too many attempts";
            default -> status < 500 ? "There is a problem" : "Sorry, there is a problem with Hearth";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "Hearth could not read what was sent. Go back and try again.";
            case 401 -> "Sign in to Hearth to see this page.";
            case 403 -> "Your account does not allow this.";
            case 404, 405 -> "Check the address and try again.";
            case 409 -> "This form was sent twice and the first is still being saved. Open the child's record to "
                    + "see what was saved before you send anything again.";
            case 413 -> "What you sent is larger than Hearth accepts. Send less at a time.";
            case 429 -> "Wait a few minutes and try again.";
            default -> status < 500 ? "Go back and try again." : "Nothing was saved. Try again later.";
        };
    }

    /** Outside the API a page, unless the client asks for JSON and not HTML; the API always gets problem details. */
    static boolean wantsPage(HttpServletRequest request, String uri) {
        if (uri == null || uri.startsWith("/api/") || uri.startsWith("/actuator/") || uri.startsWith("/v3/api-docs")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || !accept.contains("json");
    }

    static void writeProblem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "about:blank", "title", title,
                "status", status, "detail", detail)));
    }
}
