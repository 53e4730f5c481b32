package org.fractalgoals.command.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.fractalgoals.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.util.UUID;

/** A user imports their own v1.2 file, and follows the import. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Operation(operationId = "importV1File", summary = "Import a v1.2 SQLite file into the caller's account",
               description = "The file is checked and read at once (400 if it is not a v1.2 database, and nothing is "
                       + "imported); the import then runs in the background: follow it at the Location. Importing the "
                       + "same file again changes nothing. 409 while another import of the caller runs.",
               requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                       mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                       schema = @Schema(implementation = ImportApiDocs.Upload.class))))
    @ApiResponse(responseCode = "202", description = "Started; Location names the import",
                 content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportApiDocs.Status.class),
                                    examples = @ExampleObject(value = ImportApiDocs.STATUS_EXAMPLE)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportStatus> upload(@RequestPart(name = V1Files.PART, required = false) MultipartFile file) {
        String owner = CurrentUser.id();
        ImportStatus started = imports.start(owner, owner, file);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + started.id())).body(started);
    }

    @Operation(operationId = "importStatus", summary = "An import's progress and summary")
    @ApiResponse(responseCode = "200", description = "The import",
                 content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportApiDocs.Status.class),
                                    examples = @ExampleObject(value = ImportApiDocs.STATUS_EXAMPLE)))
    @GetMapping("/{importId}")
    ImportStatus status(@PathVariable UUID importId) {
        return imports.status(importId, CurrentUser.id());
    }
}
