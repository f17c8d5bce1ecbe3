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
 * organisation's ({@code hearth.oidc.issuers[n].issuer-uri}, {@code .client-id}, {@code .organisation}), whose tokens
 * name only that organisation's own partner users: a police force's issuer cannot sign in a school's user, or the
 * council's staff. A token from any other issuer is refused (401) before its signature is even fetched. Each issuer's
 * keys are looked up on first use, so Hearth starts while an issuer is unreachable. Where a client id is given, the
 * token's audience must include it.
 */
public final class PartnerIssuers {
    /** One partner organisation's issuer, as configured. */
    public record Issuer(String issuerUri, String clientId, String organisation) {}

    private PartnerIssuers() {}

    public static List<Issuer> configured(Environment env) {
        return Binder.get(env).bind("hearth.oidc.issuers", Bindable.listOf(Issuer.class)).orElse(List.of()).stream()
                .filter(i -> i.issuerUri() != null && !i.issuerUri().isBlank()).toList();
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
        return Optional.of(new JwtIssuerAuthenticationManagerResolver(issuer -> {
            AuthenticationManager m = managers.get(issuer);
            if (m == null) {
                throw new InvalidBearerTokenException("Tokens from this issuer are not accepted by Hearth");
            }
            return m;
        }));
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

    /** A partner issuer's token names a Hearth partner user of that issuer's organisation, or is refused. */
    static Converter<Jwt, AbstractAuthenticationToken> partnerUsers(Issuer issuer, UserDirectory users, AuditLog audit) {
        return jwt -> {
            String username = jwt.getClaimAsString("preferred_username");
            Optional<Actor> actor = username == null || username.isBlank() ? Optional.empty() : users.find(username);
            boolean ours = actor.isPresent() && actor.get().role().partner()
                    && issuer.organisation().equals(actor.get().organisationId());
            if (!ours) {
                audit.appendAlone(username == null || username.isBlank() ? "(none)" : username, null, "sign-in",
                        "SIGN_IN", null, "DENIED", "partner-oidc:" + issuer.organisation(),
                        actor.isEmpty() ? "no Hearth account" : "not a user of the issuer's organisation");
                throw new InvalidBearerTokenException(actor.isEmpty() ? "You signed in, but you have no Hearth account"
                        : "Your organisation's sign-in cannot be used for this Hearth account");
            }
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + actor.get().role().name())),
                    username);
        };
    }
}
