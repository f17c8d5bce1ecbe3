package org.hearth.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.audit.AuditLog;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * Bearer tokens from several OpenID Connect issuers at once: the council's own ({@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri}, whose tokens name any Hearth user) and each partner
 * organisation's ({@code hearth.oidc.issuers[n].issuer-uri}, {@code .client-id}, {@code .organisation}, optionally
 * {@code .username-claim}), whose tokens name only that organisation's own partner users: a police force's issuer
 * cannot sign in a school's user, or the council's staff. A token from any other issuer is refused (401) before its
 * signature is even fetched. Each issuer's keys are looked up on first use, so Hearth starts while an issuer is
 * unreachable. Where a client id is given, the token's audience must include it. Every refused token is audited
 * ({@code SIGN_IN DENIED}, with the issuer's organisation and why). An issuer that also has a {@code .client-secret}
 * signs its users in to the web app too ({@link PartnerSignIn}).
 */
public final class PartnerIssuers {
    /**
     * One partner organisation's issuer, as configured. The client secret (with the client id) lets the issuer sign
     * its users in to the web app; the username claim names the Hearth account (preferred_username unless set).
     */
    public record Issuer(String issuerUri, String clientId, String clientSecret, String organisation,
                         String usernameClaim) {
        public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

        /** The claim that names the Hearth account. */
        @Override
        public String usernameClaim() {
            return usernameClaim == null || usernameClaim.isBlank() ? DEFAULT_USERNAME_CLAIM : usernameClaim.strip();
        }

        /** Whether its users may sign in to the web app through it (a client id and secret are configured). */
        public boolean webSignIn() {
            return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
        }
    }

    /** The basis an audit entry names for a partner issuer's sign-in. */
    static String basis(String organisation) {
        return "partner-oidc:" + organisation;
    }

    private PartnerIssuers() {}

    public static List<Issuer> configured(Environment env) {
        List<Issuer> issuers = Binder.get(env).bind("hearth.oidc.issuers", Bindable.listOf(Issuer.class))
                .orElse(List.of()).stream().filter(i -> i.issuerUri() != null && !i.issuerUri().isBlank()).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Issuer i : issuers) {
            if (!seen.add(i.issuerUri().strip())) {
                throw new IllegalStateException("hearth.oidc.issuers: " + i.issuerUri() + " is configured twice");
            }
            if (i.organisation() == null || i.organisation().isBlank()) {
                throw new IllegalStateException("hearth.oidc.issuers: " + i.issuerUri() + " names no organisation");
            }
        }
        return issuers;
    }

    /** The resolver, or empty when no issuer at all is configured (local accounts only). */
    static Optional<AuthenticationManagerResolver<jakarta.servlet.http.HttpServletRequest>> resolver(
            String councilIssuer, List<Issuer> partners, UserDirectory users, AuditLog audit) {
        Map<String, AuthenticationManager> managers = new HashMap<>();
        if (councilIssuer != null && !councilIssuer.isBlank()) {
            JwtAuthenticationConverter council = new JwtAuthenticationConverter();
            council.setPrincipalClaimName("preferred_username");
            managers.put(councilIssuer.strip(), manager(councilIssuer.strip(), null, council));
        }
        for (Issuer i : partners) {
            if (managers.containsKey(i.issuerUri().strip())) {
                throw new IllegalStateException("hearth.oidc.issuers: " + i.issuerUri() + " is configured twice");
            }
            if (i.organisation() == null || i.organisation().isBlank()) {
                throw new IllegalStateException("hearth.oidc.issuers: " + i.issuerUri() + " names no organisation");
            }
            managers.put(i.issuerUri().strip(), manager(i.issuerUri().strip(), i.clientId(),
                    partnerUsers(i, users, audit)));
        }
        if (managers.isEmpty()) {
            return Optional.empty();
        }
        JwtIssuerAuthenticationManagerResolver byIssuer = new JwtIssuerAuthenticationManagerResolver(issuer -> {
            AuthenticationManager m = managers.get(issuer);
            if (m == null) {
                throw new InvalidBearerTokenException("Tokens from this issuer are not accepted by Hearth");
            }
            return m;
        });
        Map<String, String> organisationOf = new HashMap<>();
        partners.forEach(i -> organisationOf.put(i.issuerUri().strip(), i.organisation()));
        return Optional.of(request -> {
            AuthenticationManager m = byIssuer.resolve(request);
            return attempt -> {
                try {
                    return m.authenticate(attempt);
                } catch (Refused e) {
                    throw e; // audited where it was refused
                } catch (org.springframework.security.core.AuthenticationException e) {
                    auditRefused(audit, attempt, councilIssuer, organisationOf, e);
                    throw e;
                }
            };
        });
    }

    /** A token the issuer's own check refused, already audited there. */
    static final class Refused extends InvalidBearerTokenException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Audits a refused bearer token: an unknown issuer, a bad signature, an expired token, the wrong audience. The
     * claims are read without trusting them, only to say in the audit whom the token claimed to be and where from.
     */
    private static void auditRefused(AuditLog audit, org.springframework.security.core.Authentication attempt,
                                     String councilIssuer, Map<String, String> organisationOf,
                                     org.springframework.security.core.AuthenticationException e) {
        String claimedIssuer = null;
        String claimedUser = null;
        if (attempt instanceof org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken t) {
            try {
                com.nimbusds.jwt.JWTClaimsSet claims = com.nimbusds.jwt.JWTParser.parse(t.getToken()).getJWTClaimsSet();
                claimedIssuer = claims.getIssuer();
                claimedUser = claims.getClaim(Issuer.DEFAULT_USERNAME_CLAIM) instanceof String u ? u : null;
            } catch (java.text.ParseException | RuntimeException notAJwt) {
                // not a token at all: nothing to name
            }
        }
        String basis = claimedIssuer == null ? "bearer"
                : organisationOf.containsKey(claimedIssuer) ? basis(organisationOf.get(claimedIssuer))
                : councilIssuer != null && claimedIssuer.equals(councilIssuer.strip()) ? "council" : "bearer";
        String detail = (basis.equals("bearer") && claimedIssuer != null ? "issuer not accepted: " + claimedIssuer + "; "
                : "") + e.getMessage();
        audit.appendAlone(cut(claimedUser, 100, "(none)"), null, "sign-in", "SIGN_IN", null, "DENIED", basis,
                cut(detail, 300, null));
    }

    /** Text from outside, cut short and without control characters, fit for an audit row. */
    static String cut(String text, int max, String ifNone) {
        if (text == null || text.isBlank()) {
            return ifNone;
        }
        return (text.length() > max ? text.substring(0, max) : text).replaceAll("\\p{Cntrl}", "?");
    }

    private static AuthenticationManager manager(String issuer, String clientId,
                                                 Converter<Jwt, ? extends AbstractAuthenticationToken> converter) {
        JwtDecoder decoder = new SupplierJwtDecoder(() -> {
            JwtDecoder d = JwtDecoders.fromIssuerLocation(issuer);
            if (d instanceof NimbusJwtDecoder nimbus && clientId != null && !clientId.isBlank()) {
                OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                        && jwt.getAudience().contains(clientId.strip()) ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not for Hearth (audience)", null));
                nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                        JwtValidators.createDefaultWithIssuer(issuer), audience));
            }
            return d;
        });
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }

    static final String NO_ACCOUNT = "no Hearth account";

    /**
     * Why an issuer's user may not use Hearth as the account its claim names, or empty when they may: the account
     * must be an enabled partner user of the issuer's own organisation (never council staff, never another
     * organisation's user). The same rule for bearer tokens and for the web sign-in.
     */
    static Optional<String> refusal(Issuer issuer, String username, UserDirectory users) {
        Optional<Actor> actor = username == null || username.isBlank() || username.length() > 200 ? Optional.empty()
                : users.find(username);
        if (actor.isEmpty()) {
            return Optional.of(NO_ACCOUNT);
        }
        if (!actor.get().role().partner()) {
            return Optional.of("not a partner organisation's user (council staff, a child or a carer)");
        }
        if (!issuer.organisation().equals(actor.get().organisationId())) {
            return Optional.of("not a user of the issuer's organisation");
        }
        return Optional.empty();
    }

    /** A partner issuer's token names a Hearth partner user of that issuer's organisation, or is refused. */
    static Converter<Jwt, AbstractAuthenticationToken> partnerUsers(Issuer issuer, UserDirectory users, AuditLog audit) {
        return jwt -> {
            String username = jwt.getClaimAsString(issuer.usernameClaim());
            Optional<String> refusal = refusal(issuer, username, users);
            if (refusal.isPresent()) {
                audit.appendAlone(cut(username, 100, "(none)"), null, "sign-in", "SIGN_IN", null, "DENIED",
                        basis(issuer.organisation()), refusal.get());
                throw new Refused(refusal.get().equals(NO_ACCOUNT) ? "You signed in, but you have no Hearth account"
                        : "Your organisation's sign-in cannot be used for this Hearth account");
            }
            Optional<Actor> actor = users.find(username);
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + actor.get().role().name())),
                    username);
        };
    }
}
