package org.fractalgoals.command.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes a user in Keycloak through our service account: a client-credentials token, then the admin API's
 * {@code DELETE /admin/realms/{realm}/users/{id}}. A user Keycloak does not know is already deleted. Anything
 * else that goes wrong is a 503, before anything of ours changed, so the user can simply try again. Operators'
 * tools find users by username the same way ({@code GET /admin/realms/{realm}/users?username=…&exact=true}).
 */
@Component
class KeycloakUsers implements UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUsers.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ERASURE_UNAVAILABLE = "The identity provider could not delete your account just now; "
            + "nothing was erased. Please try again later.";
    private static final String LOOKUP_UNAVAILABLE = "The identity provider could not be asked for the user just now; "
            + "nothing was imported. Please try again later.";

    private final IdentityProperties properties;
    private final RestClient http;

    KeycloakUsers(IdentityProperties properties) {
        this.properties = properties;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().baseUrl(properties.adminBaseUrl()).requestFactory(requests).build();
        if (!properties.deleteUsers()) {
            log.warn("fractal.identity.delete-users is false: erasure leaves users in Keycloak (meant for tests only)");
        } else if (IdentityProperties.DEV_CLIENT_SECRET.equals(properties.clientSecret())) {
            log.warn("Using the development secret of client {} (set FRACTAL_IDENTITY_CLIENT_SECRET in production)",
                     properties.clientId());
        }
    }

    void delete(String userId) {
        if (!properties.deleteUsers()) {
            return;
        }
        String token = serviceAccountToken(ERASURE_UNAVAILABLE);
        try {
            http.delete()
                .uri("/admin/realms/{realm}/users/{id}", properties.realm(), userId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve()
                .toBodilessEntity();
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            log.info("Keycloak no longer knew user {}", userId);
        } catch (RestClientException e) {
            throw unavailable("deleting user " + userId, e, ERASURE_UNAVAILABLE);
        }
    }

    @Override
    public Optional<String> idOf(String username) {
        String token = serviceAccountToken(LOOKUP_UNAVAILABLE);
        try {
            JsonNode users = http.get()
                                 .uri(uri -> uri.path("/admin/realms/{realm}/users")
                                                .queryParam("username", "{username}")
                                                .queryParam("exact", "true")
                                                .build(properties.realm(), username))
                                 .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                                 .retrieve()
                                 .body(JsonNode.class);
            if (users == null || !users.isArray()) {
                return Optional.empty();
            }
            for (JsonNode user : users) {
                // exact=true matches case-insensitively, as Keycloak stores usernames in lower case.
                if (username.equalsIgnoreCase(user.path("username").asText()) && user.hasNonNull("id")) {
                    return Optional.of(user.get("id").asText());
                }
            }
            return Optional.empty();
        } catch (RestClientException e) {
            throw unavailable("looking up a user", e, LOOKUP_UNAVAILABLE);
        }
    }

    private String serviceAccountToken(String unavailableDetail) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        try {
            JsonNode answer = http.post()
                                  .uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
                                  .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                  .body(form)
                                  .retrieve()
                                  .body(JsonNode.class);
            if (answer == null || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak's token answer holds no access_token");
            }
            return answer.get("access_token").asText();
        } catch (RestClientException | IllegalStateException e) {
            throw unavailable("getting a service-account token", e, unavailableDetail);
        }
    }

    private static ProblemException unavailable(String step, RuntimeException e, String detail) {
        // The status and the exception's type only: Keycloak's answer body is not ours to log.
        String status = e instanceof RestClientResponseException response ? " (HTTP " + response.getStatusCode().value() + ")" : "";
        log.warn("Keycloak failed while {}{}: {}", step, status, e.getClass().getSimpleName());
        // An erasure has a problem type of its own; a failed look-up is the service being unavailable for a moment.
        ProblemType type = ERASURE_UNAVAILABLE.equals(detail) ? ProblemType.IDENTITY_UNAVAILABLE : ProblemType.UNAVAILABLE;
        return new ProblemException(type, detail, Map.of(HttpHeaders.RETRY_AFTER, "30"));
    }
}
