package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system as a user gets it: {@code ./fractal up} (embedded PostgreSQL, Keycloak with the realm
 * imported, both services, the web entry on :8080), real tokens from Keycloak, the API through :8080, and
 * a real browser signing in on Keycloak's page. PostgreSQL and Keycloak start once for all these tests.
 * It needs the contract's ports (8080–8082, 8180–8181) free.
 */
@ExtendWith(RunningSystem.class)
class FullSystemIT {

    private static final ApiClient WEB = new ApiClient("http://localhost:8080");

    @Test
    void status_shows_every_part_ready_with_a_database_uri_psql_accepts() throws Exception {
        Commands.Result status = Commands.run(Commands.PROJECT, RunningSystem.environment(), Duration.ofMinutes(1), "./fractal", "status");
        assertThat(status.output()).contains(
                "database: ready postgresql://fractal@localhost:" + RunningSystem.environment().get("FRACTAL_DB_PORT") + "/fractal",
                "keycloak: ready http://localhost:8180",
                "command-service: ready http://localhost:8081",
                "query-service: ready http://localhost:8082",
                "web: ready http://localhost:8080");
    }

    @Test
    void a_second_up_is_harmless() throws Exception {
        Commands.Result again = Commands.run(Commands.PROJECT, RunningSystem.environment(), Duration.ofMinutes(5), "./fractal", "up");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).doesNotContain("starting ");
    }

    @Test
    void keycloak_tokens_carry_our_audience_roles_and_the_dev_users_names() throws Exception {
        String[] parts = KeycloakTokens.accessToken("admin").split("\\.");
        JsonNode claims = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("iss").asText()).isEqualTo("http://localhost:8180/realms/fractal-goals");
        assertThat(claims.get("aud").toString()).contains("fractal-api");
        assertThat(claims.get("realm_access").get("roles").toString()).contains("\"user\"", "\"admin\"");
        assertThat(claims.get("email").asText()).isEqualTo("admin@example.com");
        assertThat(KeycloakTokens.grant("bob", "wrong-password").has("access_token")).isFalse();
    }

    @Test
    void alice_creates_a_fractal_through_the_web_entry_and_reads_it_back_at_once_and_bob_cannot() throws Exception {
        String alice = KeycloakTokens.accessToken("alice");
        String bob = KeycloakTokens.accessToken("bob");

        Response created = WEB.post("/api/v1/fractals", Map.of("name", "Through the front door")).token(alice).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location").orElseThrow();
        String consistency = created.header("X-Consistency-Token").orElseThrow();

        Response tree = WEB.get(location + "/tree").token(alice).header("X-Consistency-Token", consistency).send();
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        assertThat(tree.body().get("name").asText()).isEqualTo("Through the front door");

        Response list = WEB.get("/api/v1/fractals").token(alice).header("X-Consistency-Token", consistency).send();
        assertThat(list.body().get("items").toString()).contains("Through the front door");

        assertThat(WEB.get(location + "/tree").token(bob).header("X-Consistency-Token", consistency).send().status())
                .isEqualTo(404);
        assertThat(WEB.get(location + "/tree").send().status()).isEqualTo(401);
        assertThat(WEB.post("/api/v1/fractals", Map.of("name", "x")).send().status()).isEqualTo(401);
        assertThat(WEB.get("/actuator/prometheus").send().status()).isEqualTo(404);
    }

    @Test
    void alice_signs_in_on_keycloaks_page_and_sees_her_fractals_in_a_real_browser() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("The browser test needs Chromium: apt-get install chromium, or set CHROMIUM_PATH")
                                     .isExecutable();
        Path app = Commands.PROJECT.resolve("web/app");
        Path screenshots = Path.of("target", "e2e-screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        Map<String, String> browser = new HashMap<>(RunningSystem.environment());
        browser.put("FRACTAL_BASE_URL", "http://localhost:8080");
        browser.put("CHROMIUM_PATH", chromium);
        browser.put("FRACTAL_E2E_SCREENSHOTS", screenshots.toString());
        // The acceptance scenarios (e2e/*.test.mjs) save their screenshots per scenario and step.
        Path artifacts = Commands.PROJECT.resolve("web/target/e2e-artifacts").toAbsolutePath();
        browser.put("FRACTAL_E2E_ARTIFACTS", artifacts.toString());
        Commands.Result result = Commands.run(app, browser, Duration.ofMinutes(5), "npm", "run", "e2e");
        System.out.println("Browser test screenshots: " + screenshots + " and " + artifacts);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("# pass [1-9]");
        assertThat(result.output()).contains("# fail 0");
    }
}
