package org.hearth.health.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The FHIR endpoint's servlet and its security. /fhir/metadata is open (a CapabilityStatement says what the server
 * does, nothing about anyone); everything else needs a signed-in caller: a health organisation's local account over
 * HTTP Basic (the embedded default, e.g. health.demo) or, when HEARTH_OIDC_ISSUER is set, a bearer token — a system's
 * client-credentials token names its Hearth account by {@code client_id} (or {@code azp}, then {@code sub}), a user's by
 * {@code preferred_username}. Refusals are OperationOutcomes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FhirConfig {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirContext context, FlagProvider flags, PatientProvider patients) {
        ServletRegistrationBean<FhirServer> bean = new ServletRegistrationBean<>(new FhirServer(context, flags, patients),
                "/fhir/*");
        bean.setName("fhir");
        bean.setLoadOnStartup(1);
        return bean;
    }

    @Bean
    @Order(0)
    SecurityFilterChain fhir(HttpSecurity http, AuthenticationProvider localAccounts, FhirContext context,
                             @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer)
            throws Exception {
        AuthenticationEntryPoint unauthorised = (req, res, e) -> {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Hearth FHIR\"");
            outcome(context, res, 401, OperationOutcome.IssueType.LOGIN,
                    "Sign in with a health organisation's account (HTTP Basic) or a client-credentials token");
        };
        AccessDeniedHandler forbidden = (req, res, e) -> outcome(context, res, 403, OperationOutcome.IssueType.FORBIDDEN,
                "Your account cannot use the health flag service");
        http.securityMatcher("/fhir/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/fhir/metadata").permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(localAccounts)
                .httpBasic(b -> b.authenticationEntryPoint(unauthorised))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorised).accessDeniedHandler(forbidden))
                .csrf(c -> c.disable()) // credentials on every call, no cookies: nothing for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (!issuer.isBlank()) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(FhirConfig::systemOrUser))
                    .authenticationEntryPoint(unauthorised));
        }
        return http.build();
    }

    /** A token's Hearth account: a user's preferred_username, else a system's client id. */
    static JwtAuthenticationToken systemOrUser(Jwt jwt) {
        String name = first(jwt, "preferred_username", "client_id", "azp", "sub");
        return new JwtAuthenticationToken(jwt, java.util.List.of(), name);
    }

    private static String first(Jwt jwt, String... claims) {
        for (String c : claims) {
            String v = jwt.getClaimAsString(c);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static void outcome(FhirContext context, HttpServletResponse res, int status, OperationOutcome.IssueType type,
                        String text) throws IOException {
        OperationOutcome oo = new OperationOutcome();
        oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(text);
        res.setStatus(status);
        res.setContentType("application/fhir+json;charset=UTF-8");
        res.getWriter().write(context.newJsonParser().encodeResourceToString(oo));
    }
}
