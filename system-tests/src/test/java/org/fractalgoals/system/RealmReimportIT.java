package org.fractalgoals.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm is code: after its file changes, the next {@code ./fractal up} imports it again. Here a copy of
 * the realm gains a user; {@code up} with that file restarts Keycloak, the new user can sign in; {@code up}
 * with the original file takes the realm back.
 */
@ExtendWith(RunningSystem.class)
class RealmReimportIT {

    @Test
    void a_changed_realm_file_is_imported_by_the_next_up() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path original = Commands.PROJECT.resolve("keycloak/fractal-goals-realm.json");
        ObjectNode realm = (ObjectNode) json.readTree(original.toFile());
        ObjectNode carol = ((ArrayNode) realm.get("users")).addObject();
        carol.put("username", "carol").put("email", "carol@example.com").put("firstName", "Carol")
             .put("lastName", "Cello").put("enabled", true).put("emailVerified", true);
        carol.putArray("credentials").addObject().put("type", "password").put("value", "Fractal-carol-2026!")
             .put("temporary", false);
        carol.putArray("realmRoles").add("user");
        Path changed = Files.createTempFile("realm-with-carol", ".json");
        json.writeValue(changed.toFile(), realm);

        assertThat(KeycloakTokens.grant("carol", "Fractal-carol-2026!").has("access_token")).isFalse();
        Map<String, String> environment = new HashMap<>(RunningSystem.environment());
        environment.put("FRACTAL_REALM_FILE", changed.toString());
        try {
            Commands.Result up = Commands.run(Commands.PROJECT, environment, Duration.ofMinutes(5), "./fractal", "up");
            assertThat(up.exitCode()).as(up.output()).isZero();
            assertThat(up.output()).contains("the realm file changed");
            assertThat(KeycloakTokens.accessToken("carol")).isNotBlank();
        } finally {
            Commands.Result back = Commands.run(Commands.PROJECT, RunningSystem.environment(), Duration.ofMinutes(5),
                                                "./fractal", "up");
            assertThat(back.exitCode()).as(back.output()).isZero();
        }
        assertThat(KeycloakTokens.grant("carol", "Fractal-carol-2026!").has("access_token")).isFalse();
        assertThat(KeycloakTokens.accessToken("alice")).isNotBlank();
    }
}
