package org.hearth.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages are pages, in the user's words; the API's errors stay problem details. */
@ControllerAdvice(annotations = Controller.class)
class WebErrors {
    @ExceptionHandler(HearthProblem.class)
    String problem(HearthProblem p, Model model, HttpServletResponse response) {
        response.setStatus(p.status().value());
        model.addAttribute("title", p.title());
        model.addAttribute("detail", p.getMessage());
        return "fragments/problem";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String notFound(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("title", "Page not found");
        model.addAttribute("detail", "Check the address and try again.");
        return "fragments/problem";
    }
}
