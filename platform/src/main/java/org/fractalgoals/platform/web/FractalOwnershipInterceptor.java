package org.fractalgoals.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.security.CurrentUser;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.UUID;

/**
 * Checks that the fractal in the path is the caller's before anything else looks at the request: an
 * interceptor runs before the body is read and validated, so a foreign fractal answers 404 whatever the
 * body holds, exactly as a missing one does.
 */
public class FractalOwnershipInterceptor implements HandlerInterceptor {

    public static final String PATH_VARIABLE = "fractalId";
    private final FractalOwnership ownership;

    public FractalOwnershipInterceptor(FractalOwnership ownership) {
        this.ownership = ownership;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get(PATH_VARIABLE) instanceof String raw) {
            if (!ownership.isOwnedBy(parse(raw), CurrentUser.id())) {
                throw new NotFoundException("Fractal");
            }
        }
        return true;
    }

    private static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Fractal");
        }
    }
}
