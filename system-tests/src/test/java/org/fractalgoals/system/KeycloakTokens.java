package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Real access tokens from the dev realm, through the fractal-cli client's direct access grant. */
final class KeycloakTokens {

    private static final String TOKEN_URL = "http://localhost:8180/realms/fractal-goals/protocol/openid-connect/token";

    private KeycloakTokens() {
    }

    static JsonNode grant(String username, String password) throws Exception {
        return grant(TOKEN_URL, username, password);
    }

    /** A direct access grant from the token endpoint of another Keycloak (a test's own). */
    static JsonNode grant(String tokenUrl, String username, String password) throws Exception {
        String form = "client_id=fractal-cli&grant_type=password&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                           .header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    static String accessToken(String username) throws Exception {
        return accessToken(username, "Fractal-" + username + "-2026!");
    }

    static String accessToken(String username, String password) throws Exception {
        JsonNode answer = grant(username, password);
        if (!answer.has("access_token")) {
            throw new IllegalStateException("Keycloak refused " + username + ": " + answer);
        }
        return answer.get("access_token").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
