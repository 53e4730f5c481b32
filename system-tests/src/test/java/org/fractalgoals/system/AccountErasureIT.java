package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure through the whole system with the real Keycloak: a user made for this test signs in, works, accepts
 * the terms and deletes their account through the web entry. Keycloak no longer knows them, their still-valid
 * token is refused by both services, and the event store still holds their events, unreadable.
 */
@ExtendWith(RunningSystem.class)
class AccountErasureIT {

    private static final ApiClient WEB = new ApiClient("http://localhost:8080");
    private static final String PASSWORD = "Fractal-Erase-2026!";

    @Test
    void an_erased_user_is_gone_from_keycloak_refused_with_a_valid_token_and_their_events_stay() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String username = "erasure-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = keycloak.createUser(username, PASSWORD);
        String token = KeycloakTokens.accessToken(username, PASSWORD);
        assertThat(subjectOf(token)).isEqualTo(userId);

        Response created = WEB.post("/api/v1/fractals", Map.of("name", "Swim across the lake")).token(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String fractalId = created.body().get("id").asText();
        Response terms = WEB.post("/api/v1/me/terms", Map.of("version", "2026-01")).token(token).send();
        assertThat(terms.status()).as(terms.toString()).isEqualTo(204);

        Response erased = WEB.delete("/api/v1/me").token(token).send();

        assertThat(erased.status()).as(erased.toString()).isBetween(200, 299);
        assertThat(erased.body().get("erasedAt").asText()).isNotBlank();
        assertThat(keycloak.userStatus(userId)).isEqualTo(404);
        assertThat(KeycloakTokens.grant(username, PASSWORD).has("access_token")).isFalse();

        Response command = WEB.post("/api/v1/fractals", Map.of("name", "Once more")).token(token).send();
        assertThat(command.status()).as(command.toString()).isEqualTo(401);
        assertThat(command.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:account-erased");
        Response query = WEB.get("/api/v1/fractals").token(token).send();
        assertThat(query.status()).as(query.toString()).isEqualTo(401);
        assertThat(query.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:account-erased");
        assertThat(WEB.delete("/api/v1/me").token(token).send().status()).isEqualTo(401);

        try (Connection database = database()) {
            assertThat(payloadTypes(database, fractalId)).containsExactly(
                    "org.fractalgoals.events.goal.FractalCreated", "org.fractalgoals.events.goal.GoalCreated");
            assertThat(payloads(database, fractalId).get(1)).contains("\"name\":\"pd1:").doesNotContain("Swim across");
            assertThat(payloadTypes(database, "account:" + userId)).containsExactly(
                    "org.fractalgoals.events.account.TermsAccepted", "org.fractalgoals.events.account.AccountErased");
            assertThat(keyDestroyed(database, userId)).isTrue();
        }
    }

    @Test
    void others_carry_on_after_an_erasure_and_read_their_writes() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String username = "erasure-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(username, PASSWORD);
        String token = KeycloakTokens.accessToken(username, PASSWORD);
        assertThat(WEB.post("/api/v1/fractals", Map.of("name", "Short-lived")).token(token).send().status()).isEqualTo(201);
        assertThat(WEB.delete("/api/v1/me").token(token).send().status()).isBetween(200, 299);

        String alice = KeycloakTokens.accessToken("alice");
        Response created = WEB.post("/api/v1/fractals", Map.of("name", "After someone left")).token(alice).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Response tree = WEB.get(created.header("Location").orElseThrow() + "/tree").token(alice)
                           .header("X-Consistency-Token", created.header("X-Consistency-Token").orElseThrow()).send();
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        assertThat(tree.body().get("name").asText()).isEqualTo("After someone left");
    }

    @Test
    void dev_users_have_accepted_the_terms_once_however_often_it_is_recorded() throws Exception {
        Commands.Result again = Commands.run(Commands.PROJECT, RunningSystem.environment(), Duration.ofMinutes(1),
                                             "node", "keycloak/accept-dev-terms.mjs");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("dev users have accepted the terms");

        try (Connection database = database()) {
            for (String user : List.of("alice", "bob", "admin")) {
                String account = "account:" + subjectOf(KeycloakTokens.accessToken(user));
                assertThat(payloadTypes(database, account)).as(user)
                        .containsExactly("org.fractalgoals.events.account.TermsAccepted");
            }
        }
    }

    private static String subjectOf(String token) throws Exception {
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return claims.get("sub").asText();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + RunningSystem.environment().get("FRACTAL_DB_PORT") + "/fractal", "fractal", "");
    }

    private static List<String> payloadTypes(Connection database, String aggregateId) throws SQLException {
        return column(database, "select payloadtype from eventstore.domainevententry where aggregateidentifier = ? "
                + "order by sequencenumber", aggregateId);
    }

    private static List<String> payloads(Connection database, String aggregateId) throws SQLException {
        return column(database, "select convert_from(payload, 'UTF8') from eventstore.domainevententry "
                + "where aggregateidentifier = ? order by sequencenumber", aggregateId);
    }

    private static boolean keyDestroyed(Connection database, String userId) throws SQLException {
        return column(database, "select (wrapped_key is null and destroyed_at is not null)::text "
                + "from eventstore.user_data_key where owner_id = ?", userId).equals(List.of("true"));
    }

    private static List<String> column(Connection database, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
