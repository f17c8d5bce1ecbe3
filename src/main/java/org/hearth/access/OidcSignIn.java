package org.hearth.access;

import java.util.Optional;
import org.hearth.audit.AuditLog;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * The web app's OpenID Connect sign-in (Spring Security's {@code oauth2Login}): one client registration for the
 * council's identity provider ({@link CouncilSignIn}, id {@code council}) and one for each partner organisation's
 * issuer that has a client secret ({@link PartnerSignIn}, ids {@code partner-…}). All of them use the authorization
 * code flow with PKCE, and end in the same session as a password sign-in (session in PostgreSQL, its id changed at
 * sign-in, CSRF on every form, the same timeout). Nothing is registered when none is configured (the demo).
 */
@Component
class OidcSignIn {
    private static final String CALLBACK = "/login/oauth2/code/";
    private static final String START = "/oauth2/authorization/";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OidcSignIn.class);
    private final CouncilSignIn council;
    private final PartnerSignIn partners;
    private final AuditLog audit;

    OidcSignIn(CouncilSignIn council, PartnerSignIn partners, AuditLog audit) {
        this.council = council;
        this.partners = partners;
        this.audit = audit;
    }

    boolean enabled() {
        return council.enabled() || partners.enabled();
    }

    ClientRegistrationRepository registrations() {
        return id -> CouncilSignIn.REGISTRATION.equals(id) ? council.registration() : partners.registration(id);
    }

    /** Authorization requests carry a PKCE challenge (S256), whatever kind of client this is. */
    OAuth2AuthorizationRequestResolver authorizationRequests() {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations(), "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** The ID token's user becomes a Hearth account by the rule of the registration it came through. */
    OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser oidc = delegate.loadUser(request);
            String id = request.getClientRegistration().getRegistrationId();
            return CouncilSignIn.REGISTRATION.equals(id) ? council.user(oidc) : partners.user(id, oidc);
        };
    }

    /**
     * A sign-in that could not start: the issuer could not be reached (its discovery document or keys), or the
     * address names no registration. Back to the sign-in page saying so, rather than an error page; nothing about the
     * person is known yet, so nothing is audited, and the log names only the registration.
     */
    AuthenticationFailureHandler couldNotStart() {
        return (request, response, exception) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String id = path.startsWith(START) ? path.substring(START.length()) : "";
            log.warn("OpenID Connect sign-in with registration {} could not start: {}",
                    PartnerIssuers.cut(id, 100, "(none)"), exception.getCause() == null ? exception.getMessage()
                            : exception.getCause().getMessage());
            Optional<PartnerIssuers.Issuer> partner = partners.issuer(id);
            response.sendRedirect(request.getContextPath() + (CouncilSignIn.REGISTRATION.equals(id) ? "/sign-in?error=council"
                    : partner.isPresent() ? "/sign-in?error=partner&organisation=" + java.net.URLEncoder.encode(
                    partner.get().organisation(), java.nio.charset.StandardCharsets.UTF_8) : "/sign-in?error=partner"));
        };
    }

    /**
     * A sign-in that did not work, told apart by the registration in the callback's path: a partner's user of
     * another organisation goes to a page that says so (audited where refused); anything else the issuer or the
     * exchange refused (an unknown state, a wrong nonce, a bad signature) is audited here and sent back to sign in.
     */
    AuthenticationFailureHandler failures() {
        return (request, response, exception) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String id = path.startsWith(CALLBACK) ? path.substring(CALLBACK.length()) : "";
            if (CouncilSignIn.REGISTRATION.equals(id)) {
                council.failed(request, response, exception);
                return;
            }
            String code = exception instanceof OAuth2AuthenticationException e ? e.getError().getErrorCode() : "failed";
            Optional<PartnerIssuers.Issuer> partner = partners.issuer(id);
            if (partner.isEmpty()) { // a callback for no registration Hearth has
                audit.appendAlone("(none)", null, "sign-in", "SIGN_IN", null, "DENIED", "oidc",
                        PartnerIssuers.cut(code, 100, "failed"));
                response.sendRedirect(request.getContextPath() + "/sign-in?error=partner");
                return;
            }
            String organisation = partner.get().organisation();
            if (PartnerSignIn.NOT_OURS.equals(code)) {
                response.sendRedirect(request.getContextPath() + "/sign-in/not-a-user?organisation="
                        + java.net.URLEncoder.encode(organisation, java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            audit.appendAlone("(" + PartnerIssuers.cut(organisation, 100, "partner") + ")", null, "sign-in", "SIGN_IN",
                    null, "DENIED", PartnerIssuers.basis(organisation), PartnerIssuers.cut(code, 100, "failed"));
            response.sendRedirect(request.getContextPath() + "/sign-in?error=partner&organisation="
                    + java.net.URLEncoder.encode(organisation, java.nio.charset.StandardCharsets.UTF_8));
        };
    }
}
