package org.hearth.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (a local account's password, the council's identity provider, or a partner organisation's own
 * issuer) and its refusal pages.
 */
@Controller
class SignInPage {
    private final CouncilSignIn council;
    private final PartnerSignIn partners;

    SignInPage(CouncilSignIn council, PartnerSignIn partners) {
        this.council = council;
        this.partners = partners;
    }

    @GetMapping("/sign-in")
    String signIn(Model model, @org.springframework.web.bind.annotation.RequestParam(name = "minutes", required = false)
                  String minutes,
                  @org.springframework.web.bind.annotation.RequestParam(name = "organisation", required = false)
                  String organisation) {
        // How long a locked sign-in waits (SecurityConfig's failure handler says); only a small number is shown.
        model.addAttribute("lockedMinutes", minutes != null && minutes.matches("[1-9][0-9]?") ? minutes : "15");
        model.addAttribute("councilSignIn", council.enabled());
        model.addAttribute("providerName", council.providerName());
        java.util.List<PartnerSignIn.Offer> offers = partners.offers();
        model.addAttribute("partnerSignIns", offers);
        // A partner's sign-in that did not work names the organisation, only if it is a configured issuer's.
        model.addAttribute("failedSignIn", offers.stream().filter(o -> o.organisationId().equals(organisation))
                .findFirst().orElse(null));
        return "access/sign-in";
    }

    /** Someone the council's identity provider knows, but who has no Hearth account. */
    @GetMapping("/sign-in/no-account")
    String noAccount(Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("providerName", council.providerName());
        return "access/no-account";
    }

    /**
     * Someone a partner organisation's issuer signed in, who is not a Hearth user of that organisation (no account,
     * another organisation's user, or council staff). The organisation is named only if it is a configured issuer's.
     */
    @GetMapping("/sign-in/not-a-user")
    String notAUser(Model model, jakarta.servlet.http.HttpServletResponse response,
                    @org.springframework.web.bind.annotation.RequestParam(name = "organisation", required = false)
                    String organisation) {
        response.setStatus(403);
        model.addAttribute("organisationName", partners.organisationName(organisation).orElse(null));
        return "access/not-a-user";
    }
}
