package org.hearth.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (a local account's password, or the council's identity provider) and its refusal page. */
@Controller
class SignInPage {
    private final CouncilSignIn council;

    SignInPage(CouncilSignIn council) {
        this.council = council;
    }

    @GetMapping("/sign-in")
    String signIn(Model model, @org.springframework.web.bind.annotation.RequestParam(name = "minutes", required = false)
                  String minutes) {
        // How long a locked sign-in waits (SecurityConfig's failure handler says); only a small number is shown.
        model.addAttribute("lockedMinutes", minutes != null && minutes.matches("[1-9][0-9]?") ? minutes : "15");
        model.addAttribute("councilSignIn", council.enabled());
        model.addAttribute("providerName", council.providerName());
        return "access/sign-in";
    }

    /** Someone the council's identity provider knows, but who has no Hearth account. */
    @GetMapping("/sign-in/no-account")
    String noAccount(Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("providerName", council.providerName());
        return "access/no-account";
    }
}
