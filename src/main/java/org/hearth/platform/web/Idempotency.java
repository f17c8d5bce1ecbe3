package org.hearth.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A request sent twice is answered once. Two ways in, one store ({@link IdempotencyKeys}):
 * <ul>
 *   <li><b>API</b>: a POST under {@code /api/} with an {@code Idempotency-Key} header. The same key with the same
 *   address and body from the same user is answered with the first answer (status, body, Location, ETag, and
 *   {@code Idempotent-Replayed: true}); with another body, 422. A refusal or failure is not kept (nothing was
 *   recorded), so the corrected request may be sent with the same key.</li>
 *   <li><b>Web forms</b>: a form carries a one-time {@code formToken} ({@link #FORM_TOKEN}). The first submit that
 *   saves (answers with a redirect) spends it; a second submit of it — a double click, or the form sent again after
 *   going back — records nothing and is sent to the page the first one went to, the saved record.</li>
 * </ul>
 * A duplicate that arrives while the first is still being answered waits for the first answer (up to
 * {@link #WAIT_MS}), then replays it; it never runs the command a second time.
 */
@Configuration(proxyBeanMethods = false)
class Idempotency {
    static final String HEADER = "Idempotency-Key";
    static final String FORM_TOKEN = "formToken";
    static final String REPLAYED = "Idempotent-Replayed";
    static final long WAIT_MS = 15_000;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> idempotencyFilter(IdempotencyKeys keys,
            @org.springframework.beans.factory.annotation.Value("${hearth.http.max-body:1MB}")
            org.springframework.util.unit.DataSize maxBody) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(
                new Filter(keys, maxBody.toBytes()));
        bean.setOrder(0); // after Spring Security (-100): the user is known
        return bean;
    }

    static final class Filter extends OncePerRequestFilter {
        private final IdempotencyKeys keys;
        private final long maxBody;

        Filter(IdempotencyKeys keys, long maxBody) {
            this.keys = keys;
            this.maxBody = maxBody;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String user = user();
            if (!"POST".equals(request.getMethod()) || user == null) {
                chain.doFilter(request, response);
                return;
            }
            String uri = request.getRequestURI();
            if (uri.startsWith("/api/")) {
                String key = request.getHeader(HEADER);
                if (key == null) {
                    chain.doFilter(request, response);
                } else {
                    api(request, response, chain, user, key);
                }
                return;
            }
            String token = formToken(request);
            if (token == null) {
                chain.doFilter(request, response);
            } else {
                form(request, response, chain, user, token);
            }
        }

        private void api(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
                         String key) throws ServletException, IOException {
            if (!KEY.matcher(key).matches()) {
                HttpHardening.RequestLimits.refuse(request, response, 400, "Check your answers",
                        "The Idempotency-Key header must be 1 to 255 visible characters, with no spaces "
                                + "(a UUID is a good key)");
                return;
            }
            byte[] body;
            try {
                body = request.getInputStream().readAllBytes();
            } catch (HttpHardening.BodyTooLarge e) {
                HttpHardening.RequestLimits.tooLarge(request, response, maxBody);
                return;
            }
            String fingerprint = fingerprint(request, body);
            IdempotencyKeys.Claim claim = claimOrWait(user, key, "api", fingerprint);
            if (claim instanceof IdempotencyKeys.Claim.Mismatch) {
                HttpHardening.RequestLimits.refuse(request, response, 422, "Key already used",
                        "This Idempotency-Key was already used for a different request. Use a new key for a new "
                                + "request; send exactly the same request to get the first answer again.");
                return;
            }
            if (claim instanceof IdempotencyKeys.Claim.Pending) {
                HttpHardening.RequestLimits.refuse(request, response, 409, "Still being answered",
                        "A request with this Idempotency-Key is still being answered. Wait, then send it again "
                                + "with the same key to get its answer.");
                return;
            }
            if (claim instanceof IdempotencyKeys.Claim.Answered a) {
                replay(response, a.answer());
                return;
            }
            ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
            boolean kept = false;
            try {
                chain.doFilter(new Body(request, body), wrapped);
                int status = wrapped.getStatus();
                if (status >= 200 && status < 300) {
                    keys.answered(user, key, new IdempotencyKeys.Answer(status, wrapped.getHeader("Location"),
                            wrapped.getHeader("ETag"), wrapped.getContentType(), wrapped.getContentAsByteArray()));
                    kept = true;
                }
            } finally {
                if (!kept) {
                    keys.release(user, key);
                }
                wrapped.copyBodyToResponse();
            }
        }

        private void form(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
                          String token) throws ServletException, IOException {
            String fingerprint = fingerprint(request, new byte[0]);
            IdempotencyKeys.Claim claim = claimOrWait(user, "form:" + token, "form", fingerprint);
            if (claim instanceof IdempotencyKeys.Claim.Answered a) {
                response.sendRedirect(a.answer().location());
                return;
            }
            if (!(claim instanceof IdempotencyKeys.Claim.Granted)) {
                response.sendError(409);
                return;
            }
            boolean kept = false;
            try {
                chain.doFilter(new WithoutToken(request), response);
                String location = response.getHeader("Location");
                int status = response.getStatus();
                if (status >= 300 && status < 400 && location != null) {
                    keys.answered(user, "form:" + token, new IdempotencyKeys.Answer(status, location, null, null, null));
                    kept = true;
                }
            } finally {
                if (!kept) {
                    keys.release(user, "form:" + token);
                }
            }
        }

        /** Claims the key; while an earlier request with it is being answered, waits for its answer. */
        private IdempotencyKeys.Claim claimOrWait(String user, String key, String kind, String fingerprint) {
            IdempotencyKeys.Claim claim = keys.claim(user, key, kind, fingerprint);
            long until = System.currentTimeMillis() + WAIT_MS;
            while (claim instanceof IdempotencyKeys.Claim.Pending && System.currentTimeMillis() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return claim;
                }
                claim = keys.claim(user, key, kind, fingerprint);
            }
            return claim;
        }

        private static void replay(HttpServletResponse response, IdempotencyKeys.Answer answer) throws IOException {
            response.setStatus(answer.status());
            if (answer.location() != null) {
                response.setHeader("Location", answer.location());
            }
            if (answer.etag() != null) {
                response.setHeader("ETag", answer.etag());
            }
            response.setHeader(REPLAYED, "true");
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.body() != null) {
                response.setContentLength(answer.body().length);
                response.getOutputStream().write(answer.body());
            }
        }

        private static String formToken(HttpServletRequest request) {
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                return null;
            }
            String token = request.getParameter(FORM_TOKEN);
            return token != null && KEY.matcher(token).matches() && token.length() <= 64 ? token : null;
        }

        private static String user() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null
                    : auth.getName();
        }

        static String fingerprint(HttpServletRequest request, byte[] body) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update((request.getMethod() + " " + request.getRequestURI() + "?"
                        + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                sha.update(body);
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A form's request without its one-time token: the page's own code never sees it (nor keeps it in a draft). */
    static final class WithoutToken extends HttpServletRequestWrapper {
        WithoutToken(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return FORM_TOKEN.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            java.util.Map<String, String[]> map = new java.util.LinkedHashMap<>(super.getParameterMap());
            map.remove(FORM_TOKEN);
            return java.util.Collections.unmodifiableMap(map);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return FORM_TOKEN.equals(name) ? null : super.getParameterValues(name);
        }
    }

    /** The request with its body already read, so the controller reads it again. */
    static final class Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }
    }
}
