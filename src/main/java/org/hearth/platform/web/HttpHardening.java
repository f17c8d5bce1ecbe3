package org.hearth.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every request meets before any page or API: a cap on the body ({@code hearth.http.max-body}, 1 MB by
 * default; 413 in the user's terms), no NUL character in the address or a JSON string (PostgreSQL cannot store one:
 * 400, not 500), and a session cookie marked {@code Secure} unless Hearth is reached on localhost
 * ({@code hearth.security.secure-cookie}: auto, always or never).
 */
@Configuration(proxyBeanMethods = false)
class HttpHardening {
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestLimits(@Value("${hearth.http.max-body:1MB}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size:22MB}") DataSize maxUpload,
            @Value("${hearth.documents.max-size:20MB}") DataSize maxDocument) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new RequestLimits(maxBody.toBytes(),
                maxUpload.toBytes(), maxDocument.toBytes()));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // after character encoding, before the session and security
        return bean;
    }

    /** The session cookie: Secure when the request came over HTTPS (directly or through a proxy) or not to localhost. */
    @Bean
    CookieSerializer cookieSerializer(@Value("${hearth.security.secure-cookie:auto}") String secure) {
        DefaultCookieSerializer plain = serializer(false);
        DefaultCookieSerializer secured = serializer(true);
        String mode = secure.strip().toLowerCase(Locale.ROOT);
        if (!Set.of("auto", "always", "never").contains(mode)) {
            throw new IllegalStateException("hearth.security.secure-cookie must be auto, always or never, not " + secure);
        }
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                boolean on = switch (mode) {
                    case "always" -> true;
                    case "never" -> false;
                    default -> value.getRequest().isSecure()
                            || !LOCAL.contains(value.getRequest().getServerName().toLowerCase(Locale.ROOT));
                };
                (on ? secured : plain).writeCookieValue(value);
            }

            @Override
            public java.util.List<String> readCookieValues(HttpServletRequest request) {
                return plain.readCookieValues(request);
            }
        };
    }

    private static DefaultCookieSerializer serializer(boolean secure) {
        DefaultCookieSerializer s = new DefaultCookieSerializer();
        s.setCookieName("SESSION");
        s.setUseHttpOnlyCookie(true);
        s.setSameSite("Lax");
        s.setUseSecureCookie(secure);
        return s;
    }

    /** JSON strings may not carry a NUL character: refused with the field's name, before anything is stored. */
    @Bean
    JacksonModule noNulStrings() {
        SimpleModule module = new SimpleModule("hearth-no-nul");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String s = super.deserialize(p, ctxt);
                if (s != null && s.indexOf('\u0000') >= 0) {
                    throw ctxt.weirdStringException("", String.class, NUL_MESSAGE);
                }
                return s;
            }
        });
        return module;
    }

    static final String NUL_MESSAGE = "contains the NUL character";

    /** Thrown while reading a body past the cap; {@link ApiErrors} answers 413. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large");
        }
    }

    static final class RequestLimits extends OncePerRequestFilter {
        /** A document upload: a multipart POST to a child's documents (the page or the API). */
        private static final java.util.regex.Pattern DOCUMENT_UPLOAD =
                java.util.regex.Pattern.compile("(/api)?/children/[0-9a-fA-F-]{36}/documents");
        private final long max;
        private final long maxUpload;
        private final long maxDocument;

        RequestLimits(long max) {
            this(max, max, max);
        }

        RequestLimits(long max, long maxUpload, long maxDocument) {
            this.max = max;
            this.maxUpload = maxUpload;
            this.maxDocument = maxDocument;
        }

        static boolean documentUpload(HttpServletRequest request) {
            String type = request.getContentType();
            return "POST".equals(request.getMethod()) && type != null
                    && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                    && DOCUMENT_UPLOAD.matcher(request.getRequestURI()).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // A document upload may be as large as the largest document (its multipart parts are capped by
            // spring.servlet.multipart.*); everything else keeps the small cap.
            if (documentUpload(request)) {
                if (request.getContentLengthLong() > maxUpload) {
                    refuse(request, response, 413, "File too large", "The selected file must be smaller than "
                            + DataSize.ofBytes(maxDocument).toMegabytes() + " MB. Choose a smaller file, or split it.");
                    return;
                }
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() > max) {
                tooLarge(request, response, max);
                return;
            }
            String query = request.getQueryString();
            if (query != null && (query.contains("%00") || query.indexOf('\u0000') >= 0) && !judgedBySeam(request)
                    || nulInForm(request)) {
                refuse(request, response, 400, "Check your answers", "The address contains a character Hearth cannot "
                        + "store (NUL, %00). Remove it and try again.");
                return;
            }
            chain.doFilter(new Capped(request, max), response);
        }

        private static boolean nulInForm(HttpServletRequest request) {
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                return false;
            }
            for (String[] values : request.getParameterMap().values()) {
                for (String v : values) {
                    if (v != null && v.indexOf('\u0000') >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        static void tooLarge(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
            refuse(request, response, 413, "Too large", "What you sent is larger than Hearth accepts ("
                    + DataSize.ofBytes(max).toKilobytes() + " KB). Send less at a time.");
        }

        /** A page for a browser (through the error page), problem details for everything else. */
        static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                           String detail) throws IOException {
            if (ErrorPages.wantsPage(request, request.getRequestURI())) {
                request.setAttribute(ErrorPages.DETAIL, detail);
                response.sendError(status);
                return;
            }
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        }
    }

    /** A request whose body stops with {@link BodyTooLarge} past the cap (a chunked body has no length to check first). */
    /**
     * A read of a child's record whose only parameter is its purpose: the access seam refuses a purpose that is not
     * text itself, so that the refusal is audited against the child like any other.
     */
    static boolean judgedBySeam(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/children/") && "GET".equals(request.getMethod())
                && request.getParameterMap().keySet().equals(java.util.Set.of("purpose"));
    }

    static final class Capped extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > max) {
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
