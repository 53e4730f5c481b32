package org.fractalgoals.command.account;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure deletes the user in Keycloak first, through the service account, and does nothing else when that
 * fails. Keycloak is played by a small HTTP server here; the system test runs against the real one.
 */
@TestPropertySource(properties = "fractal.identity.delete-users=true")
class AccountErasureIdentityApiTest extends CommandServiceTest {

    private static final FakeKeycloak KEYCLOAK = new FakeKeycloak();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("fractal.identity.admin-base-url", KEYCLOAK::baseUrl);
        registry.add("fractal.identity.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stopKeycloak() {
        KEYCLOAK.server.stop(0);
    }

    @Autowired
    private JdbcTemplate jdbc;

    private final String user = TestTokens.newUserId();
    private final String token = TestTokens.forUser(user);

    @BeforeEach
    void keycloakAnswersNormally() {
        KEYCLOAK.tokenStatus = 200;
        KEYCLOAK.deleteStatus = 204;
        KEYCLOAK.requests.clear();
    }

    private Response erase() {
        return api.delete("/api/v1/me").token(token).send();
    }

    private boolean erased(String owner) {
        return !jdbc.queryForList("select 1 from eventstore.domainevententry where aggregateidentifier = ?", Integer.class,
                                  AccountEvent.aggregateIdOf(owner)).isEmpty()
                || !jdbc.queryForList("select 1 from eventstore.user_data_key where owner_id = ? and destroyed_at is not null",
                                      Integer.class, owner).isEmpty();
    }

    private int createFractal() {
        return api.post("/api/v1/fractals", Map.of("name", "Still mine")).token(token).send().status();
    }

    @Test
    void the_user_is_deleted_in_keycloak_with_a_service_account_token_and_then_erased() {
        Response response = erase();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(KEYCLOAK.requests).containsExactly(
                "POST /realms/fractal-goals/protocol/openid-connect/token "
                        + "grant_type=client_credentials&client_id=fractal-services&client_secret=test-secret",
                "DELETE /admin/realms/fractal-goals/users/" + user + " Bearer service-account-token");
        assertThat(erased(user)).isTrue();
    }

    @Test
    void a_user_keycloak_no_longer_knows_is_erased_all_the_same() {
        KEYCLOAK.deleteStatus = 404;

        assertThat(erase().status()).isEqualTo(200);
        assertThat(erased(user)).isTrue();
    }

    @Test
    void when_keycloak_fails_nothing_is_erased_and_the_user_can_try_again() {
        KEYCLOAK.deleteStatus = 500;

        Response refused = erase();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:identity-unavailable");
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(erased(user)).isFalse();
        assertThat(createFractal()).isEqualTo(201);

        KEYCLOAK.deleteStatus = 204;
        assertThat(erase().status()).isEqualTo(200);
        assertThat(erased(user)).isTrue();
    }

    @Test
    void when_the_service_account_gets_no_token_nothing_is_erased() {
        KEYCLOAK.tokenStatus = 401;

        Response refused = erase();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(KEYCLOAK.requests).noneMatch(request -> request.startsWith("DELETE"));
        assertThat(erased(user)).isFalse();
        assertThat(createFractal()).isEqualTo(201);
    }

    /** Answers the two calls erasure makes and writes down what it was asked. */
    static final class FakeKeycloak {

        final HttpServer server;
        final List<String> requests = new CopyOnWriteArrayList<>();
        volatile int tokenStatus = 200;
        volatile int deleteStatus = 204;

        FakeKeycloak() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/realms/fractal-goals/protocol/openid-connect/token", exchange -> {
                requests.add("POST " + exchange.getRequestURI().getPath() + " " + body(exchange));
                answer(exchange, tokenStatus, tokenStatus == 200
                        ? "{\"access_token\":\"service-account-token\",\"token_type\":\"Bearer\",\"expires_in\":60}"
                        : "{\"error\":\"unauthorized_client\"}");
            });
            server.createContext("/admin/realms/fractal-goals/users/", exchange -> {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                                     + exchange.getRequestHeaders().getFirst("Authorization"));
                answer(exchange, deleteStatus, null);
            });
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private static String body(HttpExchange exchange) throws IOException {
            return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        }

        private static void answer(HttpExchange exchange, int status, String json) throws IOException {
            if (json == null) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        }
    }
}
