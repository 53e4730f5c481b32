package org.fractalgoals.web;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web entry in front of two recording HTTP servers standing in for the services: which requests go
 * where, what headers arrive, and what the entry answers itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiRoutesTest {

    record Seen(String service, String method, String path, String forwardedFor, String authorization, String body) {
    }

    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static final HttpServer COMMANDS = backend("command");
    private static final HttpServer QUERIES = backend("query");

    @LocalServerPort
    private int port;
    @Autowired
    private WebEntryProperties properties;

    private final HttpClient http = HttpClient.newHttpClient();

    private static HttpServer backend(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                SEEN.add(new Seen(name, exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                                  exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                                  exchange.getRequestHeaders().getFirst("Authorization"), body));
                byte[] answer = ("{\"from\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-Consistency-Token", "v1.1");
                exchange.sendResponseHeaders(name.equals("command") ? 201 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("fractal.web.command-service", () -> "http://127.0.0.1:" + COMMANDS.getAddress().getPort());
        registry.add("fractal.web.query-service", () -> "http://127.0.0.1:" + QUERIES.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        COMMANDS.stop(0);
        QUERIES.stop(0);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                 .header("Authorization", "Bearer abc");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Seen last() {
        return SEEN.getLast();
    }

    @Test
    void reads_go_to_the_query_service_with_query_string_token_and_forwarded_for() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/fractals?limit=5", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Consistency-Token")).hasValue("v1.1");
        assertThat(last()).isEqualTo(new Seen("query", "GET", "/api/v1/fractals?limit=5", "127.0.0.1", "Bearer abc", ""));
    }

    @Test
    void a_clients_own_forwarded_for_is_replaced_by_its_address() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/fractals"))
                                         .header("X-Forwarded-For", "203.0.113.9").GET().build();
        http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(last().forwardedFor()).isEqualTo("127.0.0.1");
    }

    @Test
    void every_other_method_goes_to_the_command_service_with_its_body() throws Exception {
        for (String method : List.of("POST", "PATCH", "PUT", "DELETE")) {
            HttpResponse<String> response = send(method, "/api/v1/fractals/x", method.equals("DELETE") ? null : "{\"name\":\"n\"}");
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(last().service()).isEqualTo("command");
            assertThat(last().method()).isEqualTo(method);
        }
        assertThat(last().path()).isEqualTo("/api/v1/fractals/x");
        send("POST", "/api/v1/fractals", "{\"name\":\"n\"}");
        assertThat(last().body()).isEqualTo("{\"name\":\"n\"}");
    }

    @Test
    void admin_calls_go_to_the_query_service_whatever_the_method() throws Exception {
        send("POST", "/api/v1/admin/projections/goal-tree/replay", "{}");
        assertThat(last().service()).isEqualTo("query");
        send("DELETE", "/api/v1/admin/projections/goal-tree/replay", null);
        assertThat(last().service()).isEqualTo("query");
    }

    @Test
    void imports_go_to_the_command_service_whatever_the_method_and_large_uploads_pass_through_whole() throws Exception {
        String boundary = "fractal-boundary";
        String file = "x".repeat(3 * 1024 * 1024);
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.db\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        for (String path : List.of("/api/v1/imports", "/api/v1/admin/imports?username=alice")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                             .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                             .POST(HttpRequest.BodyPublishers.ofString(body)).build();

            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(201);
            assertThat(last().service()).isEqualTo("command");
            assertThat(last().path()).isEqualTo(path);
            assertThat(last().body()).isEqualTo(body);
        }
        send("GET", "/api/v1/admin/imports/some-id", null);
        assertThat(last().service()).isEqualTo("command");
        send("GET", "/api/v1/imports/some-id", null);
        assertThat(last().service()).isEqualTo("command");
        send("GET", "/api/v1/importsx", null);
        assertThat(last().service()).isEqualTo("query");
    }

    @Test
    void actuator_paths_are_never_forwarded() throws Exception {
        int before = SEEN.size();
        assertThat(send("GET", "/actuator/prometheus", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(SEEN).hasSize(before);
    }

    @Test
    void app_routes_get_the_app_and_missing_files_get_404() throws Exception {
        HttpResponse<String> callback = send("GET", "/callback?code=x&state=y", null);
        assertThat(callback.statusCode()).isEqualTo(200);
        assertThat(callback.body()).contains("<div id=\"root\">");
        assertThat(send("GET", "/assets/missing.js", null).statusCode()).isEqualTo(404);
        assertThat(properties.commandService().getPort()).isEqualTo(COMMANDS.getAddress().getPort());
    }

    @Test
    void the_app_may_run_only_its_own_scripts_talk_only_to_us_and_keycloak_and_never_be_framed() throws Exception {
        HttpResponse<String> page = send("GET", "/fractals/x/goals", null);

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';").contains("frame-ancestors 'none'")
                          .contains("connect-src 'self' http://localhost:8180;").contains("object-src 'none'");
        assertThat(policy.split("script-src")[1].split(";")[0]).doesNotContain("unsafe");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        // Plain HTTP and not configured as behind TLS: no HSTS.
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void api_answers_keep_the_services_headers_and_get_none_of_the_pages() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/v1/fractals", null);

        assertThat(answer.headers().firstValue("Content-Security-Policy")).isEmpty();
    }
}
