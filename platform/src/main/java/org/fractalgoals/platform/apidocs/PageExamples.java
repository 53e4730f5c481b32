package org.fractalgoals.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every page of the API ({@code {items, nextCursor}}) an example made of its item's example, so that the
 * two cannot drift apart: a page record declares no example of its own when its item has one.
 */
final class PageExamples implements OpenApiCustomizer {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.values().forEach(schema -> {
            Schema<?> item = itemOf(schema, schemas);
            if (schema.getExample() == null && item != null && item.getExample() != null) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("items", List.of(item.getExample()));
                page.put("nextCursor", null);
                schema.setExample(page);
            }
        });
    }

    /** The item schema of a page, or null when {@code schema} is not one. */
    private static Schema<?> itemOf(Schema<?> schema, Map<String, Schema> schemas) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || !properties.keySet().equals(Set.of("items", "nextCursor"))) {
            return null;
        }
        Schema<?> items = properties.get("items").getItems();
        if (items == null || items.get$ref() == null || !items.get$ref().startsWith(REF_PREFIX)) {
            return null;
        }
        return schemas.get(items.get$ref().substring(REF_PREFIX.length()));
    }
}
