package org.fractalgoals.query.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.query.QueryServiceTest;
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

/** The query-service's OpenAPI document: open to read, complete, secured, and the same as docs/api/. */
class OpenApiDocumentTest extends QueryServiceTest {

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
        JsonNode tree = document.operation("GET", "/api/v1/fractals/{fractalId}/tree");
        assertThat(tree.path("responses").has("401")).isTrue();
        assertThat(tree.path("responses").has("404")).isTrue();
        assertThat(document.json().path("security").get(0).has("bearer-jwt")).isTrue();
        assertThat(document.operation("GET", "/api/v1/admin/projections").path("responses").has("403")).isTrue();

        assertThat(document.requestBodiesWithoutTypeOrExample()).isEmpty();
        assertThat(document.errorResponsesWithoutExample()).isEmpty();
        assertThat(document.successResponsesWithoutExample()).isEmpty();

        // Every list pages, except these: a new list that does not page fails here. They are bounded by what they
        // describe, not by a user's data growing without end.
        assertThat(document.listsWithoutPaging()).containsExactlyInAnyOrder(
                // one entry per read model
                "GET /api/v1/admin/projections",
                // chart answers, drawn whole: one row per activity, per goal with time, per week or month
                "GET /api/v1/fractals/{fractalId}/analytics/activities",
                "GET /api/v1/fractals/{fractalId}/analytics/goals/time",
                "GET /api/v1/fractals/{fractalId}/analytics/sessions/trends");

        assertThat(document.differenceFrom(Path.of("../docs/api/query-service.openapi.json"))).isNull();
    }

    @Test
    void swagger_ui_is_served_without_a_token() {
        assertThat(api.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
    }
}
