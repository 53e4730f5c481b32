package org.fractalgoals.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.fractalgoals.platform.errors.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI document of a service (springdoc, at {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}):
 * every operation needs a bearer token from our realm, and every operation lists the problem details it can answer
 * with, because those are the same everywhere (platform ApiExceptionHandler, security handlers, rate limits).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI fractalOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Fractal Goals " + service).version("v1")
                                .description(description(service))
                                .license(new License().name("Proprietary")))
                .components(new Components()
                                    .addSecuritySchemes(BEARER, new SecurityScheme()
                                            .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                            .description("An access token of the fractal-goals realm (Keycloak), "
                                                                 + "audience fractal-api"))
                                    .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer pageExamples() {
        return new PageExamples();
    }

    /** Adds the shared error answers to every operation, after springdoc has read the controllers. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    addProblems(path, method.name(), operation)));
        };
    }

    private static void addProblems(String path, String method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, String> problems = new TreeMap<>();
        problems.put("400", "The request is not valid: `errors` names each field and what is wrong with it");
        problems.put("401", "No token, an expired or wrongly signed one, or the account was erased");
        problems.put("429", "Too many requests; `Retry-After` says when to try again");
        if (path.startsWith("/api/v1/admin")) {
            problems.put("403", "The token lacks the admin role");
        }
        if (path.contains("{")) {
            problems.put("404", "Not found, or not the caller's (the two are not told apart)");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "The body is larger than the limit for this path");
        }
        if (!"GET".equals(method)) {
            problems.put("409", "A concurrent change conflicted with this one; retry");
            problems.put("412", "If-Match names a version that is no longer the current one");
            problems.put("422", "The Idempotency-Key was used before with a different request");
            problems.put("503", "The database or the identity provider's keys cannot be reached; retry after "
                                + "`Retry-After` seconds with the same Idempotency-Key, which applies the command "
                                + "at most once");
        } else {
            problems.put("503", "X-Consistency-Token was given and the read models did not catch up in time, or the "
                                + "database or the identity provider's keys cannot be reached; retry after "
                                + "`Retry-After` seconds");
        }
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description).content(
                        new Content().addMediaType(PROBLEM_JSON, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .example(problemExample(status, path, method)))));
            }
        });
        operation.setResponses(responses);
    }

    /** What a client sees for this status, as the exception handler and the filters write it. */
    private static Map<String, Object> problemExample(String status, String path, String method) {
        ProblemType type = switch (status) {
            case "400" -> ProblemType.VALIDATION;
            case "401" -> ProblemType.UNAUTHENTICATED;
            case "403" -> ProblemType.FORBIDDEN;
            case "404" -> ProblemType.NOT_FOUND;
            case "409" -> ProblemType.CONFLICT;
            case "412" -> ProblemType.STALE_VERSION;
            case "413" -> ProblemType.PAYLOAD_TOO_LARGE;
            case "422" -> ProblemType.IDEMPOTENCY_KEY_REUSED;
            case "429" -> ProblemType.RATE_LIMITED;
            default -> "GET".equals(method) ? ProblemType.NOT_YET_CONSISTENT : ProblemType.UNAVAILABLE;
        };
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status().value());
        example.put("instance", path);
        if (type == ProblemType.VALIDATION) {
            example.put("detail", "name: Must not be blank");
            example.put("errors", List.of(Map.of("field", "name", "message", "Must not be blank")));
        }
        return example;
    }

    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().example("name"));
        error.addProperty("message", new StringSchema().example("Must not be blank"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 7807 problem detail");
        problem.addProperty("type", new StringSchema().example("urn:fractal-goals:problem:validation"));
        problem.addProperty("title", new StringSchema().example("The request is not valid"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("name: Must not be blank"));
        problem.addProperty("instance", new StringSchema().example("/api/v1/fractals"));
        problem.addProperty("errors", new ArraySchema().items(error));
        return problem;
    }

    private static String description(String service) {
        return service.startsWith("command")
                ? "Writes: every request becomes a command to an event-sourced aggregate. A 2xx answer carries "
                          + "X-Consistency-Token; send it with the next read to see the change. POSTs accept "
                          + "Idempotency-Key; commands on one aggregate accept If-Match with its ETag."
                : "Reads: read models built from the event stream. X-Consistency-Token from a command makes a "
                          + "read wait (up to 5 s) until the change is visible.";
    }
}
