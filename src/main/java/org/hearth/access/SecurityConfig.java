package org.hearth.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: only health, API docs and the API itself are reachable, the API only when signed in. Local
 * accounts sign in with HTTP Basic (the embedded default, over localhost); when HEARTH_OIDC_ISSUER is set, bearer
 * tokens from the council's identity provider are accepted, the user named by {@code preferred_username}, and from
 * each partner organisation's issuer (hearth.oidc.issuers), naming only that organisation's users. The web
 * app signs in with a local account's password, or with the council's identity provider when a client is also
 * configured ({@link CouncilSignIn}), or with a partner organisation's issuer that has a client secret
 * ({@link PartnerSignIn}); {@link OidcSignIn} holds the two.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /** Only a web application has HTTP security; one-off commands still need the password encoder. */
    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    static class Web {
        @Bean
        @org.springframework.core.annotation.Order(1)
        SecurityFilterChain api(HttpSecurity http, @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
                                AuthenticationProvider localAccounts, org.springframework.core.env.Environment env,
                                UserDirectory users, AuditLog audit) throws Exception {
            return SecurityConfig.api(http, PartnerIssuers.resolver(issuer, PartnerIssuers.configured(env), users, audit),
                    localAccounts);
        }

        /**
         * Spring Security wraps each filter of each chain in a Micrometer observation when an observation registry is
         * present (the actuator's): a timer started and stopped around every filter of every request, about 8% of
         * My work's request-thread CPU samples (docs/performance.md, session 10). Hearth exports no metrics (the
         * actuator shows health and info only), so nothing read them.
         */
        @Bean
        org.springframework.security.config.observation.SecurityObservationSettings noSecurityObservations() {
            return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
        }

        /** The practitioner web app: a sign-in page, a session in PostgreSQL, CSRF protection on every form. */
        @Bean
        @org.springframework.core.annotation.Order(2)
        SecurityFilterChain web(HttpSecurity http, AuthenticationProvider localAccounts, OidcSignIn oidc)
                throws Exception {
            http.authorizeHttpRequests(a -> a
                            .requestMatchers("/sign-in", "/sign-in/no-account", "/sign-in/not-a-user", "/me/sign-in", "/me/sign-in/**", "/webjars/**", "/assets/**", "/hearth/**", "/favicon.ico",
                                    "/error").permitAll()
                            .anyRequest().authenticated())
                    .authenticationProvider(localAccounts)
                    .formLogin(f -> f.loginPage("/sign-in").defaultSuccessUrl("/", false).failureHandler((req, res, e) ->
                            res.sendRedirect(e instanceof SignInGuard.Locked l
                                    ? "/sign-in?error=locked&minutes=" + l.minutesFrom(Instant.now()) : "/sign-in?error")))
                    // Redirects to the sign-in page are relative: the Location header never echoes the Host header.
                    .exceptionHandling(e -> e.authenticationEntryPoint(relativeSignIn()))
                    .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                    .csrf(c -> c.csrfTokenRequestHandler(maskedTokens()))
                    .headers(h -> hardened(h).contentSecurityPolicy(c -> c.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                    + "frame-ancestors 'none'; form-action 'self'")));
            if (oidc.enabled()) { // the council's identity provider and partners' issuers (OidcSignIn)
                http.oauth2Login(o -> o.loginPage("/sign-in")
                        .clientRegistrationRepository(oidc.registrations())
                        .authorizationEndpoint(a -> a.authorizationRequestResolver(oidc.authorizationRequests()))
                        .userInfoEndpoint(u -> u.oidcUserService(oidc.users()))
                        .defaultSuccessUrl("/", false)
                        .failureHandler(oidc.failures())
                        .withObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                                org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override // an issuer that cannot be reached: back to sign in, not an error page
                            public <F extends org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter> F postProcess(F f) {
                                f.setAuthenticationFailureHandler(oidc.couldNotStart());
                                return f;
                            }
                        }));
            }
            return http.build();
        }
    }

    /**
     * The CSRF token as Spring Security writes it by default (masked afresh on every page so that it cannot be read
     * back from compressed responses), with the random mask drawn from a generator of the request thread's own. The
     * default draws from one SecureRandom for the whole JVM, which every request's page locks (22 s of 200 users'
     * waits in one run, docs/performance.md) and about 1% of My work's request-thread CPU.
     */
    static org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler maskedTokens() {
        var handler = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new ThreadRandom());
        return handler;
    }

    /** A strong generator that draws from one DRBG per thread, each seeded from the system's entropy. */
    static final class ThreadRandom extends java.security.SecureRandom {
        private static final long serialVersionUID = 1L;
        private static final ThreadLocal<java.security.SecureRandom> OWN = ThreadLocal.withInitial(() -> {
            try {
                return java.security.SecureRandom.getInstance("DRBG");
            } catch (java.security.NoSuchAlgorithmException e) {
                return new java.security.SecureRandom();
            }
        });

        @Override
        public void nextBytes(byte[] bytes) {
            OWN.get().nextBytes(bytes);
        }

        @Override
        public int nextInt() {
            return OWN.get().nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return OWN.get().nextInt(bound);
        }

        @Override
        public long nextLong() {
            return OWN.get().nextLong();
        }

        @Override
        public byte[] generateSeed(int numBytes) {
            return OWN.get().generateSeed(numBytes);
        }
    }

    /**
     * Headers on every answer, besides Spring Security's defaults (nosniff, no framing, no caching): HSTS for a year
     * on HTTPS (behind a proxy too: server.forward-headers-strategy), and no address leaks to other sites.
     */
    static org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> hardened(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        return h.contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(t -> t.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * To the sign-in page, which says why when the browser's session has ended (it sent a session cookie that is no
     * longer valid: timed out). The page asked for is remembered, so signing in again returns to it.
     */
    private static org.springframework.security.web.AuthenticationEntryPoint relativeSignIn() {
        var signIn = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/sign-in");
        signIn.setFavorRelativeUris(true);
        var expired = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(
                "/sign-in?expired");
        expired.setFavorRelativeUris(true);
        // A child's own space has its own sign-in (phone or email and PIN): its pages send there, saying when a
        // session ended (timed out, or ended at once because their worker paused the account).
        var me = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/me/sign-in");
        me.setFavorRelativeUris(true);
        var meEnded = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(
                "/me/sign-in?ended");
        meEnded.setFavorRelativeUris(true);
        return (request, response, e) -> {
            boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            boolean mine = request.getRequestURI().equals("/me") || request.getRequestURI().startsWith("/me/");
            (mine ? (ended ? meEnded : me) : ended ? expired : signIn).commence(request, response, e);
        };
    }

    static SecurityFilterChain api(HttpSecurity http,
                                   java.util.Optional<org.springframework.security.authentication.AuthenticationManagerResolver<jakarta.servlet.http.HttpServletRequest>> issuers,
                                   AuthenticationProvider localAccounts) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .authenticationProvider(localAccounts)
                .httpBasic(b -> b.authenticationEntryPoint(ProblemEntryPoint.UNAUTHORISED))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemEntryPoint.UNAUTHORISED)
                        .accessDeniedHandler(ProblemEntryPoint.FORBIDDEN))
                .headers(SecurityConfig::hardened)
                .csrf(c -> c.ignoringRequestMatchers("/api/**")) // API calls carry credentials, not cookies
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (issuers.isPresent()) { // the council's issuer and each partner organisation's (PartnerIssuers)
            http.oauth2ResourceServer(o -> o.authenticationManagerResolver(issuers.get())
                    .authenticationEntryPoint(ProblemEntryPoint.UNAUTHORISED));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Local accounts from {@code hearth_user}. BCrypt is deliberately slow, and HTTP Basic sends the password on
     * every call, so a verified password is remembered (as a SHA-256 of name and password, never the password)
     * for a few minutes; a changed password or disabled account takes effect when that expires.
     */
    @Bean
    AuthenticationProvider localAccounts(JdbcTemplate jdbc, PasswordEncoder encoder,
                                         @Value("${hearth.security.verified-password-cache:PT5M}") Duration cacheFor,
                                         org.springframework.beans.factory.ObjectProvider<AuditLog> audit,
                                         @Value("${hearth.security.sign-in.free-failures:5}") int freeFailures,
                                         @Value("${hearth.security.sign-in.address-free-failures:100}") int addressFreeFailures,
                                         @Value("${hearth.security.sign-in.first-lock:PT30S}") Duration firstLock,
                                         @Value("${hearth.security.sign-in.max-lock:PT15M}") Duration maxLock,
                                         @Value("${hearth.security.sign-in.forget-after:PT1H}") Duration forgetAfter) {
        ConcurrentHashMap<String, Instant> verified = new ConcurrentHashMap<>();
        // An unknown username is checked against this, so it costs the same BCrypt work as a known one.
        String unknownUserHash = encoder.encode(java.util.UUID.randomUUID().toString());
        AuthenticationProvider accounts = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                String username = authentication.getName();
                String password = String.valueOf(authentication.getCredentials());
                record Account(String hash, String role) {}
                if (username.length() > 200 || username.indexOf('\u0000') >= 0) { // not a name PostgreSQL can hold
                    encoder.matches(password, unknownUserHash);
                    throw new BadCredentialsException("bad credentials");
                }
                List<Account> found = jdbc.query("SELECT password_hash, role FROM hearth_user WHERE username = ? AND enabled AND "
                                + UserDirectory.OPEN_ORGANISATION,
                        (rs, n) -> new Account(rs.getString(1), rs.getString(2)), username);
                if (found.isEmpty() || found.get(0).hash() == null) {
                    encoder.matches(password, unknownUserHash);
                    throw new BadCredentialsException("bad credentials");
                }
                String key = digest(username + "\u0000" + password + "\u0000" + found.get(0).hash());
                Instant until = verified.get(key);
                if (until == null || until.isBefore(Instant.now())) {
                    if (!encoder.matches(password, found.get(0).hash())) {
                        throw new BadCredentialsException("bad credentials");
                    }
                    if (verified.size() > 10_000) {
                        verified.clear();
                    }
                    verified.put(key, Instant.now().plus(cacheFor));
                }
                return UsernamePasswordAuthenticationToken.authenticated(username, null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + found.get(0).role())));
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
        AuditLog log = audit.getIfAvailable();
        if (log == null) { // a one-off command (no audit log bean): nobody signs in
            return accounts;
        }
        return new SignInGuard(accounts, new SignInThrottle(freeFailures, addressFreeFailures, firstLock, maxLock, forgetAfter), log,
                java.time.Clock.systemUTC(), cacheFor);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
