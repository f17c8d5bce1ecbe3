package org.hearth.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hearth.access.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in to the child's own space: their phone or email and their memorable PIN; or, the first time and whenever
 * they forget the PIN, a one-time code sent there. The same answer whether or not the phone or email has an account.
 */
@Controller
class PortalSignInPages {
    private final PortalAccounts accounts;
    private final UserDirectory users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PortalSignInPages(PortalAccounts accounts, UserDirectory users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/me/sign-in")
    String signInForm(Model model) {
        return "portal/sign-in";
    }

    @PostMapping("/me/sign-in")
    String signIn(@RequestParam(required = false) String contact, @RequestParam(required = false) String pin,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            String username = accounts.signInWithPin(contact, pin, request.getRemoteAddr());
            signedIn(username, request, response);
            return "redirect:/me";
        } catch (PortalAccounts.Refused e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("contact", contact);
            return "portal/sign-in";
        }
    }

    @GetMapping("/me/sign-in/code")
    String codeForm(Model model) {
        model.addAttribute("sent", false);
        return "portal/sign-in-code";
    }

    @PostMapping("/me/sign-in/code")
    String sendCode(@RequestParam(required = false) String contact, HttpServletRequest request, Model model) {
        if (Contact.parse(contact).isEmpty()) {
            model.addAttribute("sent", false);
            model.addAttribute("problem", "Type your mobile number (like 07700 900123) or your email address");
            model.addAttribute("contact", contact);
            return "portal/sign-in-code";
        }
        accounts.requestCode(contact, request.getRemoteAddr());
        model.addAttribute("sent", true);
        model.addAttribute("contact", contact);
        return "portal/sign-in-code";
    }

    @PostMapping("/me/sign-in/code/check")
    String checkCode(@RequestParam(required = false) String contact, @RequestParam(required = false) String code,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            String username = accounts.signInWithCode(contact, code, request.getRemoteAddr());
            signedIn(username, request, response);
            return accounts.hasPin(username) ? "redirect:/me" : "redirect:/me/pin";
        } catch (PortalAccounts.Refused e) {
            model.addAttribute("sent", true);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("contact", contact);
            return "portal/sign-in-code";
        }
    }

    /** A new session for the child, signed in with their role (the old session's id is not kept). */
    private void signedIn(String username, HttpServletRequest request, HttpServletResponse response) {
        String role = users.find(username).orElseThrow().role().name();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
