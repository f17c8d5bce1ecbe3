package org.hearth.support;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * A small OpenID Connect provider running in the test JVM: it publishes a discovery document and its signing keys
 * over HTTP, and signs tokens, so Hearth's bearer-token sign-in is tested end to end against real discovery,
 * real key retrieval and real RS256 signatures. It also runs the authorization code flow with PKCE for one
 * confidential client ({@link #CLIENT_ID}): an authorization endpoint with its own sign-in form (a username is
 * enough: any username is "known" to this provider), and a token endpoint that checks the client's secret, the
 * code (single use, for the same client and redirect URI) and the PKCE verifier before it returns a signed ID
 * token carrying the nonce and {@code preferred_username}.
 */
public final class TestIssuer {
    public static final String CLIENT_ID = "hearth-test";
    public static final String CLIENT_SECRET = "hearth-test-secret";
    public static final String PROVIDER_NAME = "Test Council Identity";
    private static TestIssuer instance;

    /** An authorization code issued and not yet redeemed. */
    private record Grant(String clientId, String redirectUri, String challenge, String nonce, String username) {}

    /** What the last authorization request asked for (for tests to check PKCE and scopes). */
    public record AuthorizationRequest(java.util.Map<String, String> parameters) {}

    private final java.util.Map<String, Grant> codes = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger tokensIssued = new java.util.concurrent.atomic.AtomicInteger();
    private volatile AuthorizationRequest lastAuthorization;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TestIssuer() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("hearth-test").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
        server.createContext("/realms/test/.well-known/openid-configuration", ex -> json(ex, """
                {"issuer":"%s","jwks_uri":"%s/keys","authorization_endpoint":"%s/auth","token_endpoint":"%s/token",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                 "response_types_supported":["code"],"grant_types_supported":["authorization_code"],
                 "scopes_supported":["openid","profile"],"code_challenge_methods_supported":["S256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}"""
                .formatted(issuer, issuer, issuer, issuer)));
        server.createContext("/realms/test/keys", ex -> json(ex, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/realms/test/auth", this::authorize);
        server.createContext("/realms/test/token", this::token);
        server.start();
    }

    public static synchronized TestIssuer get() {
        if (instance == null) {
            try {
                instance = new TestIssuer();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    /** A token for {@code username}, valid for five minutes, signed by this issuer. */
    public String token(String username) {
        return sign(username, issuer, Instant.now().plusSeconds(300), key);
    }

    public String expiredToken(String username) {
        return sign(username, issuer, Instant.now().minusSeconds(600), key);
    }

    /** A well-formed token signed with a key this issuer never published. */
    public String forgedToken(String username) {
        try {
            return sign(username, issuer, Instant.now().plusSeconds(300), new RSAKeyGenerator(2048).keyID("hearth-test").generate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String username, String iss, Instant expires, RSAKey signingKey) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss).subject("sub-" + username)
                    .claim("preferred_username", username).issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expires)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public AuthorizationRequest lastAuthorization() {
        return lastAuthorization;
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    /**
     * GET: checks the request (code flow, this client, a PKCE S256 challenge) and shows the provider's sign-in form,
     * carrying the request in hidden fields. POST (the form): issues a code and sends the browser back to Hearth.
     */
    private void authorize(com.sun.net.httpserver.HttpExchange ex) throws IOException {
        java.util.Map<String, String> p = "POST".equals(ex.getRequestMethod())
                ? form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                : form(ex.getRequestURI().getRawQuery());
        String problem = !"code".equals(p.get("response_type")) ? "unsupported_response_type"
                : !CLIENT_ID.equals(p.get("client_id")) ? "unauthorized_client"
                : p.get("redirect_uri") == null || !p.get("redirect_uri").endsWith("/login/oauth2/code/council") ? "invalid_redirect_uri"
                : p.get("code_challenge") == null || !"S256".equals(p.get("code_challenge_method")) ? "invalid_request: PKCE S256 required"
                : p.get("scope") == null || !java.util.List.of(p.get("scope").split(" ")).contains("openid") ? "invalid_scope"
                : null;
        if (problem != null) {
            html(ex, 400, "<h1>Sign-in request refused</h1><p>" + escape(problem) + "</p>");
            return;
        }
        if ("GET".equals(ex.getRequestMethod())) {
            lastAuthorization = new AuthorizationRequest(java.util.Map.copyOf(p));
            StringBuilder hidden = new StringBuilder();
            p.forEach((k, v) -> hidden.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                    .append(escape(v)).append("\">"));
            html(ex, 200, "<main><h1>" + PROVIDER_NAME + "</h1><form method=\"post\">" + hidden
                    + "<label for=\"username\">Council username</label> <input id=\"username\" name=\"username\">"
                    + " <button type=\"submit\">Continue</button></form></main>");
            return;
        }
        String code = java.util.UUID.randomUUID().toString();
        codes.put(code, new Grant(p.get("client_id"), p.get("redirect_uri"), p.get("code_challenge"), p.get("nonce"),
                p.getOrDefault("username", "")));
        String back = p.get("redirect_uri") + "?code=" + enc(code) + (p.get("state") == null ? "" : "&state=" + enc(p.get("state")));
        ex.getResponseHeaders().add("Location", back);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    /** The token endpoint: client secret, single-use code for the same client and redirect URI, PKCE verifier. */
    private void token(com.sun.net.httpserver.HttpExchange ex) throws IOException {
        java.util.Map<String, String> p = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String client = p.get("client_id");
        String secret = p.get("client_secret");
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Basic ")) {
            String[] pair = new String(java.util.Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            client = java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!CLIENT_ID.equals(client) || !CLIENT_SECRET.equals(secret)) {
            error(ex, 401, "invalid_client");
            return;
        }
        if (!"authorization_code".equals(p.get("grant_type"))) {
            error(ex, 400, "unsupported_grant_type");
            return;
        }
        Grant grant = p.get("code") == null ? null : codes.remove(p.get("code"));
        if (grant == null || !grant.clientId().equals(client) || !grant.redirectUri().equals(p.get("redirect_uri"))) {
            error(ex, 400, "invalid_grant");
            return;
        }
        String verifier = p.get("code_verifier");
        if (verifier == null || !grant.challenge().equals(s256(verifier))) {
            error(ex, 400, "invalid_grant");
            return;
        }
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + grant.username())
                    .audience(CLIENT_ID).claim("azp", CLIENT_ID).claim("preferred_username", grant.username())
                    .claim("name", "Council user " + grant.username())
                    .issueTime(Date.from(Instant.now().minusSeconds(5))).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                    .claim("auth_time", Instant.now().getEpochSecond());
            if (grant.nonce() != null) {
                claims.claim("nonce", grant.nonce());
            }
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            idToken.sign(new RSASSASigner(key));
            tokensIssued.incrementAndGet();
            json(ex, """
                    {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid profile","id_token":"%s"}"""
                    .formatted(token(grant.username()), idToken.serialize()));
        } catch (Exception e) {
            error(ex, 500, "server_error");
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Map<String, String> form(String encoded) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void error(com.sun.net.httpserver.HttpExchange ex, int status, String error) throws IOException {
        respond(ex, status, "application/json", "{\"error\":\"" + error + "\"}");
    }

    private static void html(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        respond(ex, status, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + PROVIDER_NAME + "</title></head><body>" + body + "</body></html>");
    }

    private static void json(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
        respond(ex, 200, "application/json", body);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
