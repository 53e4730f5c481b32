package org.fractalgoals.command.web;

import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The refusals the hostile-input properties found answered wrongly, pinned down one by one. */
class HostileRequestApiTest extends CommandServiceTest {

    @Autowired
    private JdbcTemplate jdbc;

    private final String token = TestTokens.forUser(TestTokens.newUserId());

    @Test
    void text_with_a_nul_character_is_refused_before_it_reaches_an_event() {
        long events = events();
        Response refused = api.post("/api/v1/fractals", "{\"name\":\"Piano\\u0000\"}").token(token).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void text_with_an_unpaired_surrogate_is_refused_wherever_it_is_in_the_body() {
        String fractal = api.post("/api/v1/fractals", Map.of("name", "Piano")).token(token).send()
                            .body().get("id").asText();
        long events = events();
        Response refused = api.post("/api/v1/fractals/" + fractal + "/templates",
                                    "{\"name\":\"Daily\",\"sections\":[{\"name\":\"Warm\\ud800up\","
                                            + "\"plannedMinutes\":10,\"activityIds\":[]}]}")
                              .token(token).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("sections[0].name");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void emoji_right_to_left_and_zero_width_marks_are_ordinary_text() {
        Response created = api.post("/api/v1/fractals", "{\"name\":\"\\ud83c\\udfb9 \\u202e\\u05e9\\u200b\"}")
                              .token(token).send();

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void a_broken_multipart_body_is_bad_input_not_a_server_error() throws Exception {
        HttpResponse<String> response = send("/api/v1/fractals", "multipart/form-data", "{\"name\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void a_path_tomcat_refuses_itself_is_answered_with_a_problem_detail() throws Exception {
        HttpResponse<String> response = send("/api/v1/fractals/a%2Fb", "application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400").contains("\"title\"");
    }

    @Test
    void a_path_spring_will_not_map_is_answered_with_a_problem_detail() throws Exception {
        HttpResponse<String> response = send("/api/v1/fractals/%2E%2E", "application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400").contains("\"title\"");
    }

    private HttpResponse<String> send(String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                                         .header("Authorization", "Bearer " + token)
                                         .header("Content-Type", contentType)
                                         .POST(HttpRequest.BodyPublishers.ofString(body))
                                         .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from eventstore.domainevententry", Long.class);
    }
}
