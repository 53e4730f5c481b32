package org.fractalgoals.query.export;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.account.OwnerIndex;
import org.fractalgoals.query.consistency.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code GET /api/v1/me/export}: all of the caller's data, built from the event store, streamed as it is read (see
 * {@code docs/export.md}). JSON by default; a zip of JSON files with {@code ?format=zip} or {@code Accept:
 * application/zip}. The owner index says which streams are the caller's, so a consistency token waits for it.
 */
@RestController
@RequestMapping("/api/v1/me")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                                                        .withZone(ZoneOffset.UTC);

    private final AccountExport export;
    private final Clock clock;

    ExportController(AccountExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    // The body is streamed, so springdoc sees no type: the answer is described here, with the shape of an account
    // that has not yet made a fractal (a full export nests every object and event of the account).
    @ApiResponse(responseCode = "200", description = "The export, as JSON or (format=zip, or Accept: application/zip) a zip",
                 content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"),
                                     examples = @ExampleObject(value = """
                                             {"version": 1, "exportedAt": "2026-03-01T10:00:00Z",
                                              "userId": "f3a1c2d4-5b6e-4f70-8a91-b2c3d4e5f607",
                                              "termsAcceptedAt": "2026-01-05T09:58:00Z", "termsVersion": "2026-01",
                                              "fractals": [], "history": []}""")),
                            @Content(mediaType = "application/zip",
                                     schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/export")
    @ReadModel(OwnerIndex.READ_MODEL)
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
                                                 @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean zip = zip(format, accept);
        String userId = CurrentUser.id();
        String file = "fractal-goals-export-" + FILE_TIME.format(clock.instant()) + (zip ? ".zip" : ".json");
        StreamingResponseBody body = out -> {
            try {
                if (zip) {
                    export.writeZip(userId, out);
                } else {
                    export.writeJson(userId, out);
                }
            } catch (RuntimeException e) {
                // The answer has begun, so no problem detail can follow: the client is left with a truncated document
                // (never a valid one), and the connection is aborted by rethrowing.
                log.error("An export failed after its answer began: {}", e.getClass().getSimpleName());
                throw e;
            }
        };
        return ResponseEntity.ok()
                             .contentType(zip ? ZIP : MediaType.APPLICATION_JSON)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                             .cacheControl(CacheControl.noStore())
                             .body(body);
    }

    /** {@code format} decides when given; otherwise a zip is for a client that names it in {@code Accept}. */
    private static boolean zip(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "json" -> false;
                case "zip" -> true;
                default -> throw new RuleViolationException("format", "Must be json or zip");
            };
        }
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(ZIP::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
