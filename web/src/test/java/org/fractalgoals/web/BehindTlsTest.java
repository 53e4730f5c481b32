package org.fractalgoals.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a TLS terminator the entry tells browsers to use HTTPS only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"fractal.web.behind-tls=true", "fractal.web.oidc-origin=https://id.example.org"})
class BehindTlsTest {

    @LocalServerPort
    private int port;

    @Test
    void pages_carry_hsts_and_the_configured_identity_provider() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("connect-src 'self' https://id.example.org;");
    }
}
