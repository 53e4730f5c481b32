package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin API as the bootstrap administrator of the embedded default ({@code kc-admin}, dev only):
 * what tests need to make a user of their own and to see whether Keycloak still knows one. Our services never
 * use this account; they have their own service account.
 */
final class KeycloakAdmin {

    private static final String KEYCLOAK = "http://localhost:8180";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    KeycloakAdmin() throws Exception {
        String form = "client_id=admin-cli&grant_type=password&username=kc-admin&password="
                + URLEncoder.encode("kc-admin-dev-password", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                           .header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (!answer.has("access_token")) {
            throw new IllegalStateException("kc-admin could not sign in: " + response.statusCode());
        }
        token = answer.get("access_token").asText();
    }

    /** Creates an enabled user of realm fractal-goals with a password and a full profile; answers its id. */
    String createUser(String username, String password) throws Exception {
        Map<String, Object> user = Map.of(
                "username", username, "email", username + "@example.com", "firstName", "Erin", "lastName", "Eraser",
                "enabled", true, "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> response = http.send(
                request("/admin/realms/fractal-goals/users").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create the user: " + response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The status of {@code GET /admin/realms/fractal-goals/users/{id}}: 200 while Keycloak knows the user. */
    int userStatus(String userId) throws Exception {
        return http.send(request("/admin/realms/fractal-goals/users/" + userId).GET().build(),
                         HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(KEYCLOAK + path)).header("Authorization", "Bearer " + token);
    }
}
