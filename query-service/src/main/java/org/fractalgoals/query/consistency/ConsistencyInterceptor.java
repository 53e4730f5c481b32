package org.fractalgoals.query.consistency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;
import java.util.Map;

/**
 * Read-your-writes: a query that carries {@code X-Consistency-Token} is held until the read models it reads
 * include the command's events, or answered 503 with {@code Retry-After} when they do not catch up in time.
 * It runs before the ownership check, which itself reads a read model.
 */
public class ConsistencyInterceptor implements HandlerInterceptor {

    /** The read model the ownership check of every fractal-scoped query reads. */
    static final String OWNERSHIP_READ_MODEL = "goal-tree";

    private final ConsistencyGate gate;

    public ConsistencyInterceptor(ConsistencyGate gate) {
        this.gate = gate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader(ConsistencyToken.HEADER);
        if (header == null || header.isBlank()) {
            return true;
        }
        ConsistencyToken token;
        try {
            token = ConsistencyToken.decode(header);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(List.of(new FieldError(ConsistencyToken.HEADER, "is not a token this API issued")));
        }
        if (!gate.await(token, groupsOf(handler))) {
            throw new ProblemException(ProblemType.NOT_YET_CONSISTENT,
                                       "Your change is saved but not yet visible; retry shortly",
                                       Map.of(HttpHeaders.RETRY_AFTER, "1"));
        }
        return true;
    }

    private static List<String> groupsOf(Object handler) {
        if (handler instanceof HandlerMethod method) {
            ReadModel readModel = method.getMethodAnnotation(ReadModel.class);
            if (readModel == null) {
                readModel = method.getBeanType().getAnnotation(ReadModel.class);
            }
            if (readModel != null) {
                // The ownership check reads the goal tree, so every fractal's read waits for it too.
                return java.util.stream.Stream.concat(java.util.stream.Stream.of(OWNERSHIP_READ_MODEL),
                                                      java.util.stream.Stream.of(readModel.value()))
                                              .distinct().toList();
            }
        }
        return List.of();
    }
}
