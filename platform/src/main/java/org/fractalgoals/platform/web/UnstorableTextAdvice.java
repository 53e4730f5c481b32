package org.fractalgoals.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;

/**
 * Refuses, with 400 naming the field, every JSON request body that holds {@link UnstorableText}: in one place
 * for all endpoints, whether they read the body as a tree or bind it to a record.
 */
@ControllerAdvice
public class UnstorableTextAdvice extends RequestBodyAdviceAdapter {

    private final ObjectMapper mapper;

    public UnstorableTextAdvice(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        JsonNode tree = body instanceof JsonNode node ? node : mapper.valueToTree(body);
        UnstorableText.firstIn(tree).ifPresent(field -> {
            throw new RuleViolationException(field, UnstorableText.MESSAGE);
        });
        return body;
    }
}
