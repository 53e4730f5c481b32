package org.fractalgoals.testsupport;

import org.fractalgoals.testsupport.ApiClient.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls every operation of a service's OpenAPI document the ways an attacker would: without a token, with an
 * expired one, with one signed by another key, as another user on someone else's fractal, and as a non-admin on
 * admin operations. An operation that is neither fractal-scoped nor admin must be named as the caller's own (such
 * as {@code GET /api/v1/me}), so that a new endpoint cannot slip through unchecked.
 */
public final class AuthorizationMatrix {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final ApiClient api;
    private final String victimFractalId;
    private final Set<String> callersOwn;

    /**
     * @param victimFractalId a fractal of another user, which the attacker must not reach
     * @param callersOwn      "METHOD path" of operations that only ever concern the caller (no id of anyone else in
     *                        them), with the reason in the test that lists them
     */
    public AuthorizationMatrix(ApiClient api, String victimFractalId, Set<String> callersOwn) {
        this.api = api;
        this.victimFractalId = victimFractalId;
        this.callersOwn = Set.copyOf(callersOwn);
    }

    /** What went wrong, one line per operation and case; empty when every operation behaved. */
    public List<String> check(OpenApiDocument document) {
        List<String> wrong = new ArrayList<>();
        String attacker = TestTokens.newUserId();
        for (String operation : document.operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            if (!template.startsWith("/api/")) {
                continue;
            }
            String path = concrete(template);
            expect(wrong, operation, "without a token", call(method, path, null), 401);
            expect(wrong, operation, "with an expired token", call(method, path, TestTokens.expired(attacker)), 401);
            expect(wrong, operation, "with a token signed by another key",
                   call(method, path, TestTokens.signedByAnotherKey(attacker)), 401);
            if (template.startsWith("/api/v1/admin/")) {
                expect(wrong, operation, "as a non-admin", call(method, path, TestTokens.forUser(attacker)), 403);
            } else if (template.contains("{fractalId}")) {
                expect(wrong, operation, "as another user on someone else's fractal",
                       call(method, path, TestTokens.forUser(attacker)), 404);
            } else if (!callersOwn.contains(operation)) {
                wrong.add(operation + ": not covered (neither fractal-scoped, admin, nor listed as the caller's own)");
            }
        }
        return wrong;
    }

    private String concrete(String template) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "fractalId" -> victimFractalId;
                case "name", "readModel" -> "goal-tree";
                default -> UUID.randomUUID().toString();
            };
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Response call(String method, String path, String token) {
        // A body that would be valid JSON for most commands: the answers checked here come before any body is read.
        ApiClient.Request request = api.method(method, path, "GET".equals(method) || "DELETE".equals(method)
                ? null : Map.of());
        if (token != null) {
            request.token(token);
        }
        return request.send();
    }

    private static void expect(List<String> wrong, String operation, String when, Response response, int status) {
        if (response.status() != status) {
            wrong.add(operation + " " + when + ": expected " + status + ", got " + response.status() + " "
                              + abbreviated(response.text()));
        } else if (response.body() == null || !response.body().has("type")) {
            wrong.add(operation + " " + when + ": " + status + " without a problem detail");
        }
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
