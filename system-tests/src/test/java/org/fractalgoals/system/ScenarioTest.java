package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the acceptance scenarios: the running system behind the web entry, alice and bob signed in with
 * Keycloak tokens, and reads that send the consistency token of alice's last command, as the web app does.
 */
@ExtendWith(RunningSystem.class)
abstract class ScenarioTest {

    static final ApiClient WEB = new ApiClient("http://localhost:8080");
    static String alice;
    static String bob;
    String consistency = "";

    @BeforeAll
    static void signIn() throws Exception {
        alice = KeycloakTokens.accessToken("alice");
        bob = KeycloakTokens.accessToken("bob");
    }

    /** A command by alice that must succeed; remembers its consistency token. */
    Response command(ApiClient.Request request) {
        Response response = request.token(alice).send();
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        consistency = response.header("X-Consistency-Token").orElseThrow();
        return response;
    }

    /** A command by alice that must be refused as invalid. */
    Response refused(ApiClient.Request request) {
        Response response = request.token(alice).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response;
    }

    /** A read by alice after her last command, whatever its answer. */
    Response get(String path) {
        return WEB.get(path).token(alice).header("X-Consistency-Token", consistency).send();
    }

    /** A read by alice after her last command that must succeed. */
    JsonNode read(String path) {
        Response response = get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
