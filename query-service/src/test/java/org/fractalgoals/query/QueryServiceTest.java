package org.fractalgoals.query;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query-service on a random port against real PostgreSQL (one database for all these tests, one
 * Spring context), trusting tokens signed by {@link TestTokens}, with the fixed clock of
 * {@link FixedClockConfiguration}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
public abstract class QueryServiceTest {

    private static final String DATABASE = SharedPostgres.newDatabase("query_test");

    @LocalServerPort
    private int port;

    protected ApiClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // A test class whose context differs from the shared one (other properties) names a database of its own in
        // test.database, so that its processors never work on the shared database's read models behind another
        // context's back (a replay there pauses only its own context's processor).
        registry.add("spring.datasource.url", () -> "${test.database:" + DATABASE + "}");
        registry.add("spring.datasource.username", () -> SharedPostgres.server().user());
        registry.add("spring.datasource.password", () -> SharedPostgres.server().password());
        registry.add("fractal.security.public-key-location", () -> "file:" + TestTokens.publicKeyFile());
        // Only a notification can wake the processors in time: polling is effectively off in these tests.
        registry.add("fractal.event-store.fetch-delay-millis", () -> "600000");
        registry.add("fractal.consistency.timeout", () -> "PT2S");
        // Test classes with properties of their own start a second context on the shared database, which counts as
        // a second instance: its balancer would take a goal-tree segment from the first one in the middle of another
        // class's test, and events of that segment would wait for the claim (up to 5 s) past the 2 s above.
        // Sharing segments between instances is checked with real processes (system-tests, ScaleOutIT).
        registry.add("fractal.scaling.balance-every", () -> "PT1H");
        // Tests rebuild read models one after another as one admin; RateLimitApiTest sets the real bucket through
        // test.replay-bucket (a dynamic property cannot be overridden by a subclass, a placeholder's default can).
        registry.add("fractal.rate-limits.replay.capacity", () -> "${test.replay-bucket:1000}");
        registry.add("fractal.rate-limits.replay.refill", () -> "${test.replay-bucket:1000}");
        // Every test class shares one context and one client address; calls without a token add up across them.
        registry.add("fractal.rate-limits.address.capacity", () -> "${test.address-bucket:100000}");
    }

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }
}
