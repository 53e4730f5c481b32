package org.fractalgoals.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAPI document a service generates, compared with the copy committed in {@code docs/api/}, so that the
 * published API documentation cannot drift from the code. Run the test with {@code -Dopenapi.write=true} to
 * refresh the committed copy after an intended API change.
 */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final JsonNode document;

    public OpenApiDocument(JsonNode document) {
        this.document = document.deepCopy();
        // The server entry names the random port of the test run.
        ((ObjectNode) this.document).remove("servers");
    }

    /** Every operation as "METHOD path", e.g. "GET /api/v1/fractals/{fractalId}/tree". */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    public JsonNode operation(String method, String path) {
        return document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
    }

    public JsonNode json() {
        return document;
    }

    /**
     * Every request body that a client could not write from the document alone: one whose schema is a free-form
     * object (no properties, as springdoc shows a body read as a JSON tree), or that has no example, neither on the
     * body nor on its schema. Each as "METHOD path: what is missing".
     */
    public List<String> requestBodiesWithoutTypeOrExample() {
        List<String> found = new ArrayList<>();
        forEachOperation((name, operation) -> {
            JsonNode body = operation.path("requestBody");
            if (body.isMissingNode()) {
                return;
            }
            if (body.path("content").isEmpty()) {
                found.add(name + ": no content");
            }
            body.path("content").properties().forEach(media -> {
                JsonNode schema = resolve(media.getValue().path("schema"));
                JsonNode shape = "array".equals(schema.path("type").asText()) ? resolve(schema.path("items")) : schema;
                if (shape.path("properties").isEmpty()) {
                    found.add(name + ": " + media.getKey() + " has no typed schema");
                }
                if (!media.getValue().has("example") && media.getValue().path("examples").isEmpty()
                        && !schema.has("example")) {
                    found.add(name + ": " + media.getKey() + " has no example");
                }
            });
        });
        return found;
    }

    /** Every error answer (4xx, 5xx) without an example, as "METHOD path status". */
    public List<String> errorResponsesWithoutExample() {
        List<String> found = new ArrayList<>();
        forEachOperation((name, operation) -> operation.path("responses").properties().forEach(response -> {
            if (response.getKey().compareTo("400") < 0) {
                return;
            }
            JsonNode content = response.getValue().path("content");
            boolean example = false;
            for (JsonNode media : (Iterable<JsonNode>) content::elements) {
                example |= media.has("example") || !media.path("examples").isEmpty();
            }
            if (!example) {
                found.add(name + " " + response.getKey());
            }
        }));
        return found;
    }

    /**
     * Every success answer (200, 201) in JSON without an example, neither on the answer nor on its schema, as
     * "METHOD path status": a client reading the document should see what it gets back, not only what it sends.
     */
    public List<String> successResponsesWithoutExample() {
        List<String> found = new ArrayList<>();
        forEachOperation((name, operation) -> {
            for (String status : List.of("200", "201")) {
                JsonNode media = operation.path("responses").path(status).path("content").path("application/json");
                if (media.isMissingNode()) {
                    continue;
                }
                if (!media.has("example") && media.path("examples").isEmpty()
                        && !resolve(media.path("schema")).has("example")) {
                    found.add(name + " " + status);
                }
            }
        });
        return found;
    }

    /**
     * Every GET that answers a list ({@code items} in its 200 body) without the paging of the API: query parameters
     * {@code limit} and {@code cursor}, and {@code nextCursor} in the answer. As "METHOD path".
     */
    public List<String> listsWithoutPaging() {
        List<String> found = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (!name.startsWith("GET ")) {
                return;
            }
            JsonNode schema = resolve(operation.path("responses").path("200").path("content")
                                               .path("application/json").path("schema"));
            if (!schema.path("properties").has("items")) {
                return;
            }
            List<String> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asText()));
            if (!parameters.contains("limit") || !parameters.contains("cursor")
                    || !schema.path("properties").has("nextCursor")) {
                found.add(name);
            }
        });
        return found;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                action.accept(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                              method.getValue())));
    }

    private JsonNode resolve(JsonNode schema) {
        String prefix = "#/components/schemas/";
        String ref = schema.path("$ref").asText("");
        return ref.startsWith(prefix) ? document.path("components").path("schemas").path(ref.substring(prefix.length()))
                                      : schema;
    }

    /**
     * Null when the committed copy equals this document; otherwise what differs. With {@code openapi.write=true}
     * the copy is rewritten first.
     */
    public String differenceFrom(Path committed) {
        try {
            String generated = JSON.writeValueAsString(JSON.treeToValue(document, Object.class)) + "\n";
            if (Boolean.getBoolean("openapi.write")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, generated);
            }
            if (!Files.exists(committed)) {
                return committed + " does not exist; run the test with -Dopenapi.write=true and commit it";
            }
            String current = Files.readString(committed);
            if (current.equals(generated)) {
                return null;
            }
            return committed + " is out of date (first difference at character " + firstDifference(current, generated)
                    + "); run the test with -Dopenapi.write=true and commit it";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstDifference(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return length;
    }
}
