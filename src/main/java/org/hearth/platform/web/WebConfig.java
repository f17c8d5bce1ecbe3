package org.hearth.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's images are served from /assets as its CSS expects. Its fonts are not: Hearth is not a GOV.UK
 * service and must not use the GDS Transport typeface (hearth.css sets Arial).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**").addResourceLocations(GOVUK + "images/");
    }
}
