package org.hearth.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One organisation's OpenID Connect issuer, in the test JVM (JDK HTTP server): discovery, a JWKS with an RSA key made
 * at start, an authorization endpoint that signs in whichever username the test has set ({@link #signInAs}) with no
 * form and sends the browser back with a code, and a token endpoint that checks the client's secret, the code (once,
 * for the same redirect URI) and the PKCE verifier, and returns a signed ID token (iss, aud, sub, preferred_username,
 * nonce, exp) and access token. Several can run at once: one per partner organisation. It counts the requests each
 * path receives, so a test can show that Hearth never fetched an unknown issuer's keys.
 */
public final class TestOidcProvider {
    public static final String POLICE_CLIENT_ID = "hearth-police";
    public static final String POLICE_CLIENT_SECRET = "police-secret";
    public static final String SCHOOL_CLIENT_ID = "hearth-school";
    public static final String SCHOOL_CLIENT_SECRET = "school-secret";
    private static TestOidcProvider police;
    private static TestOidcProvider school;

    /** A code issued and not yet redeemed. */
    private record Grant(String redirectUri, String challenge, String nonce, String username) {}

    private final String clientId;
    private final String clientSecret;
    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile String signInAs;
    private volatile boolean wrongNonce;
    private volatile Map<String, String> lastAuthorization = Map.of();

    public TestOidcProvider(String realm, String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        try {
            key = new RSAKeyGenerator(2048).keyID(realm + "-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + realm;
        String base = "/" + realm;
        server.createContext(base + "/.well-known/openid-configuration", ex -> {
            count("discovery");
            respond(ex, 200, "application/json", """
                    {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/authorize",
                     "token_endpoint":"%1$s/token","subject_types_supported":["public"],
                     "id_token_signing_alg_values_supported":["RS256"],"response_types_supported":["code"],
                     "grant_types_supported":["authorization_code"],"scopes_supported":["openid","profile"],
                     "code_challenge_methods_supported":["S256"],
                     "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}"""
                    .formatted(issuer));
        });
        server.createContext(base + "/jwks", ex -> {
            count("jwks");
            respond(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
        });
        server.createContext(base + "/authorize", this::authorize);
        server.createContext(base + "/token", this::token);
        server.start();
    }

    /** The police force's issuer the shared test configuration maps to DEMO-POLICE. */
    public static synchronized TestOidcProvider police() {
        if (police == null) {
            police = new TestOidcProvider("police", POLICE_CLIENT_ID, POLICE_CLIENT_SECRET);
        }
        return police;
    }

    /** The school's issuer the shared test configuration maps to DEMO-SCHOOL. */
    public static synchronized TestOidcProvider school() {
        if (school == null) {
            school = new TestOidcProvider("school", SCHOOL_CLIENT_ID, SCHOOL_CLIENT_SECRET);
        }
        return school;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The username the authorization endpoint signs in next (null: it refuses to sign anyone in). */
    public TestOidcProvider signInAs(String username) {
        this.signInAs = username;
        return this;
    }

    /** Whether the next ID tokens carry a nonce other than the one Hearth sent (a replayed or forged token). */
    public TestOidcProvider wrongNonce(boolean wrong) {
        this.wrongNonce = wrong;
        return this;
    }

    /** How many requests a path received: "discovery", "jwks", "authorize", "token". */
    public int hits(String what) {
        AtomicInteger n = hits.get(what);
        return n == null ? 0 : n.get();
    }

    public Map<String, String> lastAuthorization() {
        return lastAuthorization;
    }

    /** An access token naming {@code username}, for Hearth's client, valid for five minutes. */
    public String token(String username) {
        return token(username, clientId, Instant.now().plusSeconds(300));
    }

    /** An access token with this audience and expiry, signed with this issuer's published key. */
    public String token(String username, String audience, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + username)
                .audience(audience).claim("preferred_username", username)
                .issueTime(Date.from(expires.minusSeconds(305))).expirationTime(Date.from(expires));
        return sign(claims.build());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void count(String what) {
        hits.computeIfAbsent(what, w -> new AtomicInteger()).incrementAndGet();
    }

    /** Signs in the configured username at once and sends the browser back to the client with a code. */
    private void authorize(HttpExchange ex) throws IOException {
        count("authorize");
        Map<String, String> p = form(ex.getRequestURI().getRawQuery());
        lastAuthorization = Map.copyOf(p);
        String redirect = p.get("redirect_uri");
        String problem = !"code".equals(p.get("response_type")) ? "unsupported_response_type"
                : !clientId.equals(p.get("client_id")) ? "unauthorized_client"
                : redirect == null || !redirect.startsWith("http") ? "invalid_redirect_uri"
                : p.get("scope") == null || !List.of(p.get("scope").split(" ")).contains("openid") ? "invalid_scope"
                : signInAs == null ? "no user to sign in"
                : null;
        if (problem != null) {
            respond(ex, 400, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><title>Refused</title>"
                    + "</head><body><h1>Sign-in request refused</h1><p>" + problem + "</p></body></html>");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(redirect, p.get("code_challenge"), p.get("nonce"), signInAs));
        String back = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code)
                + (p.get("state") == null ? "" : "&state=" + enc(p.get("state")));
        ex.getResponseHeaders().add("Location", back);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    /** Client secret (basic or post), the code once for the same redirect URI, the PKCE verifier; then tokens. */
    private void token(HttpExchange ex) throws IOException {
        count("token");
        Map<String, String> p = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String client = p.get("client_id");
        String secret = p.get("client_secret");
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            client = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!clientId.equals(client) || !clientSecret.equals(secret)) {
            respond(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = p.get("code") == null ? null : codes.remove(p.get("code"));
        boolean pkce = grant != null && (grant.challenge() == null
                || p.get("code_verifier") != null && grant.challenge().equals(s256(p.get("code_verifier"))));
        if (!"authorization_code".equals(p.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(p.get("redirect_uri")) || !pkce) {
            respond(ex, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + grant.username())
                .audience(clientId).claim("azp", clientId).claim("preferred_username", grant.username())
                .issueTime(Date.from(Instant.now().minusSeconds(5))).expirationTime(Date.from(Instant.now().plusSeconds(300)));
        String nonce = wrongNonce ? "not-the-nonce-" + UUID.randomUUID() : grant.nonce();
        if (nonce != null) {
            id.claim("nonce", nonce);
        }
        respond(ex, 200, "application/json", """
                {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid profile","id_token":"%s"}"""
                .formatted(token(grant.username()), sign(id.build())));
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops the server (for an issuer made for one test). */
    public void stop() {
        server.stop(0);
    }
}
