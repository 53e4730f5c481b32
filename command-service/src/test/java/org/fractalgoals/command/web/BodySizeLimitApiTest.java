package org.fractalgoals.command.web;

import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over the limit (1 MB by default) are refused with 413, however they are sent. */
class BodySizeLimitApiTest extends CommandServiceTest {

    private final String token = TestTokens.forUser(TestTokens.newUserId());

    @Test
    void a_body_announced_as_too_large_is_refused_before_it_is_read() {
        Response refused = api.post("/api/v1/fractals", Map.of("name", "x", "description", "y".repeat(1_100_000)))
                              .token(token).send();

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:payload-too-large");
    }

    @Test
    void a_chunked_body_without_a_length_is_cut_off_at_the_limit() throws Exception {
        String body = "{\"name\":\"x\",\"description\":\"" + "y".repeat(1_100_000) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/fractals"))
                                         .header("Authorization", "Bearer " + token)
                                         .header("Content-Type", "application/json")
                                         .POST(unknownLength(body)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload-too-large");
    }

    @Test
    void a_normal_body_passes() {
        assertThat(api.post("/api/v1/fractals", Map.of("name", "x", "description", "y".repeat(500)))
                      .token(token).send().status()).isEqualTo(201);
    }

    /** A publisher that does not tell its length, so the client sends the body in chunks. */
    private static HttpRequest.BodyPublisher unknownLength(String body) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                known.subscribe(subscriber);
            }
        };
    }
}
