package org.hearth.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's images are served from /assets as its CSS expects. Its fonts are not: Hearth is not a GOV.UK
 * service and must not use the GDS Transport typeface (hearth.css sets Arial). So that its stylesheet does not ask
 * for font files that are not there (two 404s on every first visit, issue 13), it is served without its
 * {@code @font-face} rules for that typeface ({@link WithoutGdsTransport}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";
    static final String MOJ = "classpath:/META-INF/resources/webjars/ministryofjustice__frontend/7.1.0/moj/assets/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // MoJ Frontend's stylesheet asks for its icons at /assets/images too.
        registry.addResourceHandler("/assets/images/**").addResourceLocations(GOVUK + "images/", MOJ + "images/");
        registry.addResourceHandler("/webjars/govuk-frontend/5.14.0/dist/govuk/*.css")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/")
                .resourceChain(true)
                .addTransformer(new WithoutGdsTransport());
    }

    /** GOV.UK Frontend's stylesheet less the {@code @font-face} rules that load GDS Transport from /assets/fonts. */
    static final class WithoutGdsTransport implements org.springframework.web.servlet.resource.ResourceTransformer {
        private static final java.util.regex.Pattern FONT_FACE =
                java.util.regex.Pattern.compile("@font-face\\s*\\{[^}]*GDS Transport[^}]*}");

        @Override
        public org.springframework.core.io.Resource transform(jakarta.servlet.http.HttpServletRequest request,
                org.springframework.core.io.Resource resource,
                org.springframework.web.servlet.resource.ResourceTransformerChain chain) throws java.io.IOException {
            resource = chain.transform(request, resource);
            String name = resource.getFilename();
            if (name == null || !name.endsWith(".css")) {
                return resource;
            }
            String css = new String(resource.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            String without = strip(css);
            return new org.springframework.web.servlet.resource.TransformedResource(resource,
                    without.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static String strip(String css) {
            return FONT_FACE.matcher(css).replaceAll("");
        }
    }
}
