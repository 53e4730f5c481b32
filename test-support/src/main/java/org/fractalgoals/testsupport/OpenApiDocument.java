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
