package org.fractalgoals.platform.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.ratelimit.RateLimitProperties.Limit;
import org.fractalgoals.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers 429 with {@code Retry-After} when a caller goes over its limits. Runs after the bearer token was checked:
 * a signed-in user is limited by user id (and, for exports, imports and replays, by the bucket of that operation too); a call
 * without a token by client address. Probes and API docs are never limited, so that orchestrators keep seeing the
 * truth.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final Pattern REPLAY = Pattern.compile("/api/v1/admin/projections/[^/]+/replay");
    private static final String EXPORT = "/api/v1/me/export";
    private static final Pattern IMPORT = Pattern.compile("/api/v1(/admin)?/imports/?");

    private final RateLimiter limiter;
    private final RateLimitProperties limits;
    private final ObjectMapper mapper;

    public RateLimitFilter(RateLimiter limiter, RateLimitProperties limits, ObjectMapper mapper) {
        this.limiter = limiter;
        this.limits = limits;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Check check : checks(request)) {
            Duration wait = limiter.tryConsume(check.key(), check.limit());
            if (!wait.isZero()) {
                refuse(response, wait, check.what());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private record Check(String key, Limit limit, String what) {
    }

    private List<Check> checks(HttpServletRequest request) {
        List<Check> checks = new ArrayList<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            String user = token.getToken().getSubject();
            String path = request.getRequestURI();
            checks.add(new Check("user:" + user, limits.user(), "requests"));
            if (EXPORT.equals(path) && "GET".equals(request.getMethod())) {
                checks.add(new Check("export:" + user, limits.export(), "data exports"));
            }
            if (IMPORT.matcher(path).matches() && "POST".equals(request.getMethod())) {
                checks.add(new Check("import:" + user, limits.imports(), "imports"));
            }
            if (REPLAY.matcher(path).matches() && "POST".equals(request.getMethod())) {
                checks.add(new Check("replay:" + user, limits.replay(), "read-model rebuilds"));
            }
        } else {
            checks.add(new Check("address:" + ClientAddress.of(request), limits.address(), "requests without a token"));
        }
        return checks;
    }

    private void refuse(HttpServletResponse response, Duration wait, String what) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ProblemDetail problem = Problems.of(ProblemType.RATE_LIMITED,
                                            "Too many " + what + "; try again in " + seconds + " s");
        response.setStatus(ProblemType.RATE_LIMITED.status().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
