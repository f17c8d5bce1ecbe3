package org.hearth.dfeapi;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where and how the flow is sent, from configuration ({@code hearth.dfe-api.*}, or the environment variables named in
 * application.yml): the DfE's endpoint and the LA's number in it, the OAuth2 client the DfE issued (token endpoint,
 * client id and secret, scope) and the supplier key. The secret and the supplier key are never printed: not by
 * {@link #toString()}, not in a message.
 */
@Component
public class DfeApiSettings {
    private final String endpoint;
    private final String laCode;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final String supplierKey;
    private final String clientAuthentication;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration timeout;

    public DfeApiSettings(@Value("${hearth.dfe-api.endpoint:}") String endpoint,
                          @Value("${hearth.dfe-api.la-code:}") String laCode,
                          @Value("${hearth.dfe-api.token-uri:}") String tokenUri,
                          @Value("${hearth.dfe-api.client-id:}") String clientId,
                          @Value("${hearth.dfe-api.client-secret:}") String clientSecret,
                          @Value("${hearth.dfe-api.scope:}") String scope,
                          @Value("${hearth.dfe-api.supplier-key:}") String supplierKey,
                          @Value("${hearth.dfe-api.client-authentication:client_secret_post}") String clientAuthentication,
                          @Value("${hearth.dfe-api.batch-size:100}") int batchSize,
                          @Value("${hearth.dfe-api.max-attempts:4}") int maxAttempts,
                          @Value("${hearth.dfe-api.backoff:2s}") Duration backoff,
                          @Value("${hearth.dfe-api.timeout:60s}") Duration timeout) {
        this.endpoint = endpoint.trim();
        this.laCode = laCode.trim();
        this.tokenUri = tokenUri.trim();
        this.clientId = clientId.trim();
        this.clientSecret = clientSecret;
        this.scope = scope.trim();
        this.supplierKey = supplierKey.trim();
        this.clientAuthentication = clientAuthentication.trim();
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.timeout = timeout;
    }

    /** What is missing or wrong for a real send, in words (empty when it can send). */
    public List<String> problemsForSending() {
        List<String> out = new ArrayList<>();
        if (!endpoint.matches("https?://\\S+")) {
            out.add("hearth.dfe-api.endpoint (HEARTH_DFE_API_ENDPOINT) must be the DfE's http(s) address");
        }
        if (!laCode.matches("\\d{3}")) {
            out.add("hearth.dfe-api.la-code (HEARTH_DFE_API_LA_CODE) must be the LA's three-digit DfE number");
        }
        if (!tokenUri.matches("https?://\\S+")) {
            out.add("hearth.dfe-api.token-uri (HEARTH_DFE_API_TOKEN_URI) must be the token endpoint's address");
        }
        if (clientId.isEmpty() || clientSecret == null || clientSecret.isEmpty()) {
            out.add("hearth.dfe-api.client-id and client-secret (HEARTH_DFE_API_CLIENT_ID, HEARTH_DFE_API_CLIENT_SECRET) are needed");
        }
        if (!clientAuthentication.equals("client_secret_post") && !clientAuthentication.equals("client_secret_basic")) {
            out.add("hearth.dfe-api.client-authentication must be client_secret_post or client_secret_basic");
        }
        out.addAll(problemsForBuilding());
        return out;
    }

    /** What is wrong for building the payloads at all (a dry run). */
    public List<String> problemsForBuilding() {
        List<String> out = new ArrayList<>();
        if (batchSize < 1 || batchSize > 100) {
            out.add("hearth.dfe-api.batch-size must be 1 to 100 (the DfE takes at most 100 children a request)");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            out.add("hearth.dfe-api.max-attempts must be 1 to 10");
        }
        return out;
    }

    /** The address children are posted to: {endpoint}/children_social_care_data/{la code}/children. */
    public URI childrenUri() {
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return URI.create(base + "/children_social_care_data/" + laCode + "/children");
    }

    public String tokenUri() { return tokenUri; }
    public String clientId() { return clientId; }
    String clientSecret() { return clientSecret; }
    public List<String> scopes() { return scope.isEmpty() ? List.of() : List.of(scope.split("[\\s,]+")); }
    String supplierKey() { return supplierKey; }
    public String clientAuthentication() { return clientAuthentication; }
    public int batchSize() { return batchSize; }
    public int maxAttempts() { return maxAttempts; }
    public Duration backoff() { return backoff; }
    public Duration timeout() { return timeout; }

    @Override
    public String toString() {
        return "DfeApiSettings[endpoint=" + endpoint + ", laCode=" + laCode + ", tokenUri=" + tokenUri + ", clientId="
                + clientId + ", clientSecret=" + (clientSecret == null || clientSecret.isEmpty() ? "(none)" : "(set)")
                + ", supplierKey=" + (supplierKey.isEmpty() ? "(none)" : "(set)") + ", batchSize=" + batchSize + "]";
    }
}
