package org.fractalgoals.command.observability;

import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Command latency at /actuator/prometheus, per command and outcome. */
// Spring Boot tests leave metrics out unless asked; these tests are about them.
@AutoConfigureObservability
class CommandMetricsApiTest extends CommandServiceTest {

    private static final Pattern CREATED = Pattern.compile(
            "fractal_commands_seconds_count\\{command=\"CreateFractal\",outcome=\"ok\"} (\\d+)(?:\\.0)?$",
            Pattern.MULTILINE);

    @Test
    void every_handled_command_is_counted_and_timed() {
        long before = createdSoFar();
        String token = TestTokens.forUser(TestTokens.newUserId());
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/fractals", Map.of("name", "Fractal " + i)).token(token).send().status())
                    .isEqualTo(201);
        }

        assertThat(createdSoFar()).isEqualTo(before + 3);
        assertThat(api.get("/actuator/prometheus").send().text())
                .contains("fractal_commands_seconds_bucket{command=\"CreateFractal\",outcome=\"ok\"");
    }

    private long createdSoFar() {
        Matcher matcher = CREATED.matcher(api.get("/actuator/prometheus").send().text());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
