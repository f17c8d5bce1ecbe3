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
 * A small OpenID Connect issuer running in the test JVM: it publishes a discovery document and its signing keys
 * over HTTP, and signs tokens, so Hearth's bearer-token sign-in is tested end to end against real discovery,
 * real key retrieval and real RS256 signatures.
 */
public final class TestIssuer {
    private static TestIssuer instance;

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
                 "response_types_supported":["code"]}""".formatted(issuer, issuer, issuer, issuer)));
        server.createContext("/realms/test/keys", ex -> json(ex, new JWKSet(key.toPublicJWK()).toString()));
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

    private static void json(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
