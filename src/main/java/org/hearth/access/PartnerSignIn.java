package org.hearth.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signing in to the web app through a partner organisation's own OpenID Connect issuer: each issuer in {@code
 * hearth.oidc.issuers} that has a client id and secret is one client registration ({@code partner-<organisation>},
 * redirect URI {@code /login/oauth2/code/partner-<organisation>}), offered on the sign-in page as "Sign in with
 * {organisation name}". The ID token's username claim must name an enabled partner user of that issuer's own
 * organisation ({@link PartnerIssuers#refusal}, the rule bearer tokens follow too); anyone else is refused and audited.
 * Each issuer is looked up (discovery) on first use, so Hearth starts while one is unreachable.
 */
@Component
public class PartnerSignIn {
    static final String PREFIX = "partner-";
    static final String NOT_OURS = "not_an_organisation_user";
    private static final Logger log = LoggerFactory.getLogger(PartnerSignIn.class);

    /** A button on the sign-in page: the registration to start and the organisation's name. */
    public record Offer(String registrationId, String organisationId, String organisationName) {}

    private final Map<String, PartnerIssuers.Issuer> byRegistration;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    PartnerSignIn(Environment env, UserDirectory users, AuditLog audit) {
        this(PartnerIssuers.configured(env), users, audit);
    }

    PartnerSignIn(List<PartnerIssuers.Issuer> issuers, UserDirectory users, AuditLog audit) {
        this.byRegistration = registrationIds(issuers);
        this.users = users;
        this.audit = audit;
    }

    /**
     * Each web sign-in issuer's registration id, from its organisation id ("DEMO-POLICE" → "partner-demo-police"),
     * stable while the configuration is reordered; a second issuer for one organisation gets a number.
     */
    static Map<String, PartnerIssuers.Issuer> registrationIds(List<PartnerIssuers.Issuer> issuers) {
        Map<String, PartnerIssuers.Issuer> out = new LinkedHashMap<>();
        for (PartnerIssuers.Issuer i : issuers) {
            if (!i.webSignIn()) {
                continue;
            }
            String slug = i.organisation().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-+|-+$)", "");
            String id = PREFIX + (slug.isEmpty() ? "organisation" : slug);
            for (int n = 2; out.containsKey(id); n++) {
                id = PREFIX + slug + "-" + n;
            }
            out.put(id, i);
        }
        return out;
    }

    /** Whether any partner issuer signs its users in to the web app. */
    public boolean enabled() {
        return !byRegistration.isEmpty();
    }

    /**
     * The buttons for the sign-in page: each web sign-in issuer whose organisation Hearth knows (an organisation not
     * in Hearth has no users who could sign in, so it is not offered).
     */
    public List<Offer> offers() {
        List<Offer> out = new ArrayList<>();
        byRegistration.forEach((id, issuer) -> users.organisationName(issuer.organisation())
                .ifPresent(name -> out.add(new Offer(id, issuer.organisation(), name))));
        return out;
    }

    /** The issuer a registration id stands for. */
    Optional<PartnerIssuers.Issuer> issuer(String registrationId) {
        return registrationId == null ? Optional.empty() : Optional.ofNullable(byRegistration.get(registrationId));
    }

    /** The organisation's name for pages: from Hearth, or empty for an id that is no configured issuer's. */
    public Optional<String> organisationName(String organisationId) {
        boolean configured = byRegistration.values().stream().anyMatch(i -> i.organisation().equals(organisationId));
        return configured ? users.organisationName(organisationId) : Optional.empty();
    }

    /** The client registration, looked up by OIDC discovery on first use; null for an id that is not a partner's. */
    ClientRegistration registration(String registrationId) {
        PartnerIssuers.Issuer issuer = issuer(registrationId).orElse(null);
        if (issuer == null) {
            return null;
        }
        return discovered.computeIfAbsent(registrationId, id -> ClientRegistrations
                .fromIssuerLocation(issuer.issuerUri().strip()).registrationId(id)
                .clientId(issuer.clientId().strip()).clientSecret(issuer.clientSecret())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .userNameAttributeName(issuer.usernameClaim())
                .clientName(users.organisationName(issuer.organisation()).orElse(issuer.organisation())).build());
    }

    /**
     * The issuer's user becomes the Hearth account its claim names, if that is a partner user of the issuer's own
     * organisation; otherwise refused (audited, with why).
     */
    OidcUser user(String registrationId, OidcUser oidc) {
        PartnerIssuers.Issuer issuer = issuer(registrationId).orElseThrow();
        String username = oidc.getClaimAsString(issuer.usernameClaim());
        Optional<String> refusal = PartnerIssuers.refusal(issuer, username, users);
        String basis = PartnerIssuers.basis(issuer.organisation());
        if (refusal.isPresent()) {
            log.info("Partner sign-in refused for organisation {}: {} (subject hash {})", issuer.organisation(),
                    refusal.get(), Integer.toHexString(String.valueOf(oidc.getSubject()).hashCode()));
            audit.appendAlone(PartnerIssuers.cut(username, 100, "(none)"), null, "sign-in", "SIGN_IN", null, "DENIED",
                    basis, refusal.get());
            throw new OAuth2AuthenticationException(new OAuth2Error(NOT_OURS, "This account is not a user of the "
                    + "organisation in Hearth", null));
        }
        Actor actor = users.find(username).orElseThrow();
        audit.appendAlone(username, null, "sign-in", "SIGN_IN", null, "ALLOWED", basis, null);
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())),
                oidc.getIdToken(), oidc.getUserInfo(), issuer.usernameClaim());
    }
}
