package org.fractalgoals.query.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes tell an orchestrator the truth about the database and the processors; metrics show every read model. */
// Spring Boot tests leave metrics out unless asked; these tests are about them.
@AutoConfigureObservability
class ProbesAndMetricsApiTest extends QueryServiceTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String database = SharedPostgres.newDatabase("query_probes");
        registry.add("test.database", () -> database);
    }


    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void readiness_is_up_while_every_processor_runs_and_down_while_one_is_stopped() throws Exception {
        assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").send().status()).isEqualTo(200);

        EventProcessor notes = processing.eventProcessor("notes").orElseThrow();
        notes.shutDown();
        try {
            Response down = api.get("/actuator/health/readiness").send();
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body().get("status").asText()).isEqualTo("DOWN");
            // Not ready is not dead: an orchestrator must not restart the instance for it.
            assertThat(api.get("/actuator/health/liveness").send().status()).isEqualTo(200);
        } finally {
            notes.start();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (api.get("/actuator/health/readiness").send().status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);
    }

    @Test
    void prometheus_shows_position_lag_error_and_replay_progress_of_every_read_model() {
        Response metrics = api.get("/actuator/prometheus").send();

        assertThat(metrics.status()).isEqualTo(200);
        String text = metrics.text();
        for (String readModel : new String[]{"goal-tree", "goal-history", "sessions", "notes", "accounts"}) {
            assertThat(text).contains("fractal_projection_lag{read_model=\"" + readModel + "\"")
                            .contains("fractal_projection_position{read_model=\"" + readModel + "\"")
                            .contains("fractal_projection_error{read_model=\"" + readModel + "\"")
                            .contains("fractal_replay_processed{read_model=\"" + readModel + "\"");
        }
        assertThat(text).contains("fractal_projection_error{read_model=\"goal-tree\"} 0.0");
    }
}
