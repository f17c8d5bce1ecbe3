package org.hearth.access;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signing in to the web app with the council's identity provider (Entra ID, Keycloak…) by OpenID Connect:
 * authorization code with PKCE, when HEARTH_OIDC_ISSUER and HEARTH_OIDC_CLIENT_ID are set. The person signed in is
 * the Hearth account named by a claim of the ID token ({@code preferred_username} unless configured), as for bearer
 * tokens on the API; role and team come from Hearth. Someone the provider knows but Hearth does not is refused.
 * The provider is looked up (OIDC discovery) on first use, so Hearth starts even while it is unreachable.
 * {@link OidcSignIn} puts it beside the partner organisations' issuers ({@link PartnerSignIn}).
 */
@Component
public class CouncilSignIn {
    public static final String REGISTRATION = "council";
    static final String NO_ACCOUNT = "no_hearth_account";
    private static final Logger log = LoggerFactory.getLogger(CouncilSignIn.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String providerName;
    private final String usernameClaim;
    private final UserDirectory users;
    private final org.hearth.audit.AuditLog audit;
    private volatile ClientRegistration registration;

    CouncilSignIn(@Value("${hearth.oidc.issuer:}") String issuer,
                  @Value("${hearth.oidc.client-id:}") String clientId,
                  @Value("${hearth.oidc.client-secret:}") String clientSecret,
                  @Value("${hearth.oidc.provider-name:your council's identity provider}") String providerName,
                  @Value("${hearth.oidc.username-claim:preferred_username}") String usernameClaim,
                  UserDirectory users, org.hearth.audit.AuditLog audit) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.providerName = providerName;
        this.usernameClaim = usernameClaim;
        this.users = users;
        this.audit = audit;
    }

    /** Whether the sign-in page offers the council's identity provider. */
    public boolean enabled() {
        return !issuer.isEmpty() && !clientId.isEmpty();
    }

    /** How the sign-in page names the provider: "Sign in with …". */
    public String providerName() {
        return providerName;
    }

    /** The council's client registration (discovery on first use), or null when it is not configured. */
    ClientRegistration registration() {
        if (!enabled()) {
            return null;
        }
        ClientRegistration r = registration;
        if (r == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                            .clientId(clientId).clientSecret(clientSecret)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .scope("openid", "profile")
                            .userNameAttributeName(usernameClaim)
                            .clientName(providerName).build();
                }
                r = registration;
            }
        }
        return r;
    }

    /** The provider's user becomes the Hearth account its claim names, with that account's role; or is refused. */
    OidcUser user(OidcUser oidc) {
        String username = oidc.getClaimAsString(usernameClaim);
        Optional<Actor> actor = username == null || username.isBlank() ? Optional.empty() : users.find(username);
        if (actor.isEmpty()) {
            log.info("Council sign-in refused: no Hearth account for the provider's user (subject hash {})",
                    Integer.toHexString(String.valueOf(oidc.getSubject()).hashCode()));
            audit.appendAlone(username == null || username.isBlank() ? "(none)" : username, null, "sign-in",
                    "SIGN_IN", null, "DENIED", "council", "no Hearth account");
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT,
                    "You signed in, but you have no Hearth account", null));
        }
        audit.appendAlone(username, null, "sign-in", "SIGN_IN", null, "ALLOWED", "council", null);
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + actor.get().role().name())),
                oidc.getIdToken(), oidc.getUserInfo(), usernameClaim);
    }

    /** A council sign-in that did not work: to the no-account page, or back to sign in saying so. */
    void failed(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.core.AuthenticationException exception) throws java.io.IOException {
        boolean noAccount = exception instanceof OAuth2AuthenticationException e
                && NO_ACCOUNT.equals(e.getError().getErrorCode());
        if (!noAccount) { // refused by the provider or the exchange: no username to name (audited above otherwise)
            audit.appendAlone("(council)", null, "sign-in", "SIGN_IN", null, "DENIED", "council",
                    exception instanceof OAuth2AuthenticationException e ? e.getError().getErrorCode() : "failed");
        }
        response.sendRedirect(request.getContextPath() + (noAccount ? "/sign-in/no-account" : "/sign-in?error=council"));
    }
}
