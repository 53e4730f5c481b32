package org.fractalgoals.command;

import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The command-service on a random port against real PostgreSQL (one database for all these tests, one
 * Spring context), trusting tokens signed by {@link TestTokens}, without a Keycloak to delete erased users in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No Keycloak here: erasure does everything but deleting the identity (AccountErasureIdentityApiTest and the
// system test cover that).
@TestPropertySource(properties = "fractal.identity.delete-users=false")
public abstract class CommandServiceTest {

    private static final String DATABASE = SharedPostgres.newDatabase("command_test");

    @LocalServerPort
    private int port;

    protected ApiClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", () -> SharedPostgres.server().user());
        registry.add("spring.datasource.password", () -> SharedPostgres.server().password());
        registry.add("fractal.security.public-key-location", () -> "file:" + TestTokens.publicKeyFile());
        // Every test class shares one context and one client address; calls without a token add up across them.
        registry.add("fractal.rate-limits.address.capacity", () -> "100000");
    }

    @BeforeEach
    void client() {
        api = new ApiClient("http://localhost:" + port);
    }
}
