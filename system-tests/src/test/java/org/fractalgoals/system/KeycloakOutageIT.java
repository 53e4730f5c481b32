package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keycloak goes away while users are signed in: the tokens it issued before keep working at both services (they
 * verify signatures with the keys they fetched from Keycloak's JWK set and cached, and never call Keycloak per
 * request), the services stay ready, and new sign-ins fail because the token endpoint does not answer.
 *
 * <p>A query-service started while Keycloak is down starts and is ready (the keys are fetched lazily, on the first
 * token, not at start-up), and answers a request with 503 and a problem detail until Keycloak is back: it cannot
 * check the token yet, which is not the caller's fault (a 401 would send the web app to a sign-in that fails too).
 */
class KeycloakOutageIT {

    private static final Duration START = Duration.ofSeconds(240);

    private static KeycloakServer keycloak;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess commandService;
    private static ServiceProcess queryService;
    private static ServiceProcess lateQueryService;
    private static Map<String, String> environment;

    @BeforeAll
    static void start() throws InterruptedException {
        keycloak = KeycloakServer.start(Path.of("target", "keycloak-outage").toAbsolutePath());
        environment = Map.of(
                "FRACTAL_JDBC_URL", SharedPostgres.newDatabase("keycloak_outage"),
                "FRACTAL_DB_USER", SharedPostgres.server().user(),
                "FRACTAL_DB_PASSWORD", SharedPostgres.server().password(),
                "FRACTAL_SECURITY_ISSUER", keycloak.issuer(),
                "FRACTAL_SECURITY_JWKSETURI", keycloak.jwkSetUri(),
                "FRACTAL_IDENTITY_ADMIN_BASE_URL", keycloak.baseUrl(),
                "FRACTAL_DB_POOL_SIZE", "20");
        commandService = start("command-service", "COMMAND_SERVICE_PORT", environment);
        queryService = start("query-service", "QUERY_SERVICE_PORT", environment);
        keycloak.awaitReady(START);
        commandService.awaitReady(START);
        queryService.awaitReady(START);
    }

    private static ServiceProcess start(String name, String portVariable, Map<String, String> common) {
        int port = ServiceProcess.freePort();
        Map<String, String> environment = new HashMap<>(common);
        environment.put(portVariable, Integer.toString(port));
        environment.put("FRACTAL_NODE_ID", name + "-" + port);
        ServiceProcess service = ServiceProcess.start(name, port, environment);
        services.add(service);
        return service;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServiceProcess service : services) {
            service.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void tokens_issued_before_keycloak_stopped_keep_working_sign_ins_fail_and_the_services_stay_ready() throws Exception {
        JsonNode grant = KeycloakTokens.grant(keycloak.tokenUrl(), "alice", "Fractal-alice-2026!");
        assertThat(grant.has("access_token")).as(grant.toString()).isTrue();
        String token = grant.get("access_token").asText();
        ApiClient commands = new ApiClient(commandService.baseUrl());
        ApiClient queries = new ApiClient(queryService.baseUrl());
        // Each service checks one token while Keycloak runs, and so fetches its keys.
        Response before = commands.post("/api/v1/fractals", Map.of("name", "Before the outage")).token(token).send();
        assertThat(before.status()).as(before.toString()).isEqualTo(201);
        assertThat(queries.get("/api/v1/fractals").token(token).send().status()).isEqualTo(200);

        keycloak.close();
        assertThatThrownBy(() -> KeycloakTokens.grant(keycloak.tokenUrl(), "alice", "Fractal-alice-2026!"))
                .as("a sign-in while Keycloak is down").isInstanceOf(ConnectException.class);
        // A query-service started while Keycloak is down (it starts meanwhile, the others keep serving).
        lateQueryService = start("query-service", "QUERY_SERVICE_PORT", environment);

        int calls = 0;
        for (int i = 0; i < 5; i++) {
            Response created = commands.post("/api/v1/fractals", Map.of("name", "During the outage " + i)).token(token).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            Response tree = queries.get("/api/v1/fractals/" + created.body().get("id").asText() + "/tree").token(token)
                                   .header("X-Consistency-Token", created.header("X-Consistency-Token").orElseThrow()).send();
            assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
            assertThat(tree.body().get("name").asText()).isEqualTo("During the outage " + i);
            calls += 2;
            assertThat(readiness(commandService)).isEqualTo(200);
            assertThat(readiness(queryService)).isEqualTo(200);
            Thread.sleep(1_000);
        }
        Response list = queries.get("/api/v1/fractals").token(token).send();
        assertThat(list.body().get("items")).hasSize(6);

        lateQueryService.awaitReady(START);
        Response unkeyed = new ApiClient(lateQueryService.baseUrl()).get("/api/v1/fractals").token(token).send();
        int unkeyedReadiness = readiness(lateQueryService);
        System.out.println("=== Keycloak outage figures ===\n" + "Keycloak down (1 outage): " + (calls + 1)
                           + " calls with a token issued before, all 2xx; readiness of both services 200 throughout;"
                           + " sign-in: connection refused; a query-service started while Keycloak is down: readiness "
                           + unkeyedReadiness + ", a call with the token answers " + unkeyed.status() + " "
                           + unkeyed.text() + " " + unkeyed.raw().headers().map());
        assertThat(unkeyedReadiness).isEqualTo(200);
        assertThat(unkeyed.status()).as("a service without keys while Keycloak is down: " + unkeyed).isEqualTo(503);
        assertThat(unkeyed.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unkeyed.header("Retry-After")).isPresent();
    }

    private static int readiness(ServiceProcess service) {
        try {
            return new ApiClient(service.baseUrl()).get("/actuator/health/readiness").send().status();
        } catch (UncheckedIOException noAnswer) {
            return -1;
        }
    }
}
