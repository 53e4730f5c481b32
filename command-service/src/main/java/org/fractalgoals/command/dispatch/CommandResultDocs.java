package org.fractalgoals.command.dispatch;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The success answer of every command endpoint in the OpenAPI document. The controllers return what
 * {@link CommandRunner} makes of a {@link CommandResponse} (stored as is for idempotent replays), which springdoc
 * sees only as an untyped object; this names the shape those bodies share and the consistency token they carry.
 */
@Configuration(proxyBeanMethods = false)
class CommandResultDocs {

    static final String RESULT = "CommandResult";

    @Bean
    OpenApiCustomizer commandResults() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getComponents().addSchemas(RESULT, resultSchema());
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
                if (ok != null && untyped(ok)) {
                    operation.getResponses().addApiResponse("200", success());
                }
            }));
        };
    }

    private static boolean untyped(ApiResponse response) {
        if (response.getContent() == null) {
            return true;
        }
        return response.getContent().values().stream().allMatch(media -> media.getSchema() == null
                || (media.getSchema().get$ref() == null && media.getSchema().getProperties() == null));
    }

    private static ApiResponse success() {
        return new ApiResponse()
                .description("Done. A POST that creates answers 201 with Location and {id}; a DELETE answers 204 "
                                     + "without a body; other commands answer 200 with the ids they touched.")
                .addHeaderObject(ConsistencyToken.HEADER, new Header()
                        .description("Send it with the next read to see this change")
                        .schema(new StringSchema()))
                .content(new Content().addMediaType("application/json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + RESULT))
                        .example(Map.of("id", "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f"))));
    }

    private static Schema<?> resultSchema() {
        ObjectSchema result = new ObjectSchema();
        result.description("The id of what the command created or changed; some commands add what they set "
                                   + "(e.g. completed, parentId, groupIds)");
        result.addProperty("id", new UUIDSchema());
        result.additionalProperties(true);
        return result;
    }
}
