package org.fractalgoals.query.observability;

import com.sun.net.httpserver.HttpServer;
import io.sentry.Sentry;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a DSN, errors go to the error tracker (here a local HTTP server standing in for Sentry), and nothing of the
 * request (headers, token, body) goes with them.
 */
class ErrorReportingTest extends QueryServiceTest {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer TRACKER = tracker();

    private static HttpServer tracker() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                RECEIVED.add(text(body, gzip));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] body, boolean gzip) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(body)) : new ByteArrayInputStream(body)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @DynamicPropertySource
    static void dsn(DynamicPropertyRegistry registry) {
        String database = SharedPostgres.newDatabase("query_errors");
        registry.add("test.database", () -> database);
        registry.add("sentry.dsn", () -> "http://public@127.0.0.1:" + TRACKER.getAddress().getPort() + "/7");
    }

    @AfterAll
    static void stop() {
        TRACKER.stop(0);
    }

    @Test
    void an_error_is_reported_without_anything_of_the_request() throws Exception {
        String token = TestTokens.forUser(TestTokens.newUserId());
        api.get("/api/v1/fractals").token(token).send();

        LoggerFactory.getLogger(ErrorReportingTest.class).error("projection failed", new IllegalStateException("kaput"));
        Sentry.flush(5000);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (RECEIVED.stream().noneMatch(envelope -> envelope.contains("kaput")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Sentry.isEnabled()).isTrue();
        String all = String.join("\n", RECEIVED);
        assertThat(all).contains("IllegalStateException").contains("kaput");
        assertThat(all).doesNotContain(token).doesNotContain("Bearer");
    }
}
