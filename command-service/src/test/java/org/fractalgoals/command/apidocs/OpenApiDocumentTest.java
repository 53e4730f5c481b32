package org.fractalgoals.command.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.OpenApiDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fractalgoals.testsupport.ApiEndpoints.apiOperations;

/** The command-service's OpenAPI document: open to read, complete, secured, and the same as docs/api/. */
class OpenApiDocumentTest extends CommandServiceTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void documents_every_endpoint_with_its_security_and_problems_and_matches_the_committed_copy() {
        Response response = api.get("/v3/api-docs").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        OpenApiDocument document = new OpenApiDocument(response.body());

        List<String> endpoints = apiOperations(mappings);
        assertThat(endpoints).isNotEmpty();
        assertThat(document.operations()).containsAll(endpoints);
        JsonNode tree = document.operation("POST", "/api/v1/fractals/{fractalId}/goals");
        assertThat(tree.path("responses").has("401")).isTrue();
        assertThat(tree.path("responses").has("404")).isTrue();
        assertThat(tree.path("responses").has("409")).isTrue();
        assertThat(document.json().path("security").get(0).has("bearer-jwt")).isTrue();

        // Bodies read as a JSON tree (PATCH semantics) are documented with a schema of their own, and every body,
        // success and problem has an example.
        assertThat(document.requestBodiesWithoutTypeOrExample()).isEmpty();
        assertThat(document.errorResponsesWithoutExample()).isEmpty();
        assertThat(document.successResponsesWithoutExample()).isEmpty();
        assertThat(document.json().path("components").path("schemas").has("JsonNode")).isFalse();
        JsonNode patch = document.operation("PATCH", "/api/v1/fractals/{fractalId}/sessions/{sessionId}");
        assertThat(patch.path("responses").has("412")).isTrue();
        assertThat(patch.path("responses").has("413")).isTrue();
        assertThat(patch.path("responses").path("200").path("content").path("application/json").has("example"))
                .isTrue();
        assertThat(patch.path("responses").path("200").path("headers").has("X-Consistency-Token")).isTrue();

        assertThat(document.differenceFrom(Path.of("../docs/api/command-service.openapi.json"))).isNull();
    }

    @Test
    void swagger_ui_is_served_without_a_token() {
        assertThat(api.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
    }
}
