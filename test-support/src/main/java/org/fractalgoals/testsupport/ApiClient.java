package org.fractalgoals.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A plain HTTP client for tests: JSON in, status + headers + JSON out, nothing hidden. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Request get(String path) {
        return new Request("GET", path, null);
    }

    public Request post(String path, Object body) {
        return new Request("POST", path, body);
    }

    public Request patch(String path, Object body) {
        return new Request("PATCH", path, body);
    }

    public Request delete(String path) {
        return new Request("DELETE", path, null);
    }

    /** Any method; a String body is sent as it is (raw JSON), anything else as its JSON form. */
    public Request method(String method, String path, Object body) {
        return new Request(method, path, body);
    }

    public static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public final class Request {
        private final String method;
        private final String path;
        private final Object body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Request(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Request token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
            headers.forEach(builder::header);
            if (body == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json");
                builder.method(method, HttpRequest.BodyPublishers.ofString(json(body)));
            }
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response, parse(response.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public record Response(int status, HttpResponse<String> raw, JsonNode body) {

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String text() {
            return raw.body();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
