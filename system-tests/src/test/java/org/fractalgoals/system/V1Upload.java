package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads a v1.2 SQLite file through the web entry as the web app does (multipart, part {@code file}, streamed
 * from disk) and follows the import until it ends.
 */
final class V1Upload {

    private static final String WEB = "http://localhost:8080";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private V1Upload() {
    }

    /** The fixture of the original app (fixtures/original-v1.2/small.sqlite) as a file of its own. */
    static Path fixtureCopy() throws IOException {
        Path copy = Files.createTempFile("small-v1.2-", ".sqlite");
        try (InputStream in = V1Upload.class.getClassLoader().getResourceAsStream("fixtures/original-v1.2/small.sqlite")) {
            assertThat(in).as("fixture on the classpath").isNotNull();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    static JsonNode manifest() throws IOException {
        try (InputStream in = V1Upload.class.getClassLoader().getResourceAsStream("fixtures/original-v1.2/small.json")) {
            return JSON.readTree(in);
        }
    }

    /** Posts the file; answers the status code and body of the answer. */
    static HttpResult post(Path file, String token) throws IOException, InterruptedException {
        String boundary = "v1upload" + UUID.randomUUID().toString().replace("-", "");
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                      + file.getFileName() + "\"\r\nContent-Type: application/vnd.sqlite3\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(WEB + "/api/v1/imports"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                                            BodyPublishers.ofFile(file),
                                            BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new HttpResult(response.statusCode(), body, response.headers().firstValue("Location").orElse(null));
    }

    /** Uploads the file, then polls the import's status until it is no longer RUNNING; answers the last status. */
    static JsonNode importAndWait(Path file, String token) throws Exception {
        HttpResult accepted = post(file, token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return waitFor(accepted.body().get("id").asText(), token);
    }

    static JsonNode waitFor(String importId, String token) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            HttpResult status = status(importId, token);
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            if (!"RUNNING".equals(status.body().get("status").asText())) {
                return status.body();
            }
            assertThat(Instant.now()).as("import still running: " + status.body()).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    static HttpResult status(String importId, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(WEB + "/api/v1/imports/" + importId))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new HttpResult(response.statusCode(), body, null);
    }

    record HttpResult(int status, JsonNode body, String location) {
    }
}
