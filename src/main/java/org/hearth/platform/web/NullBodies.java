package org.hearth.platform.web;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * A JSON body of {@code null} (or not an object where a record is expected) is refused as the user's mistake before
 * any controller sees it; otherwise it arrives as "no record" and fails deep inside, as a 500.
 */
@ControllerAdvice
class NullBodies extends RequestBodyAdviceAdapter {
    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> c && JsonNode.class.isAssignableFrom(c);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof JsonNode node && !node.isObject()) {
            throw HearthProblem.badRequest("Send the record as a JSON object ({…}), not "
                    + (node.isNull() ? "null" : node.isArray() ? "a list" : "a single value"));
        }
        return body;
    }
}
