package org.fractalgoals.command.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.fractalgoals.command.account.UserDirectory;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.util.UUID;

/**
 * Operators import a v1.2 file for a user named by username ({@code ./fractal import-v1}). This is the only way an
 * admin writes into someone else's account: the events carry the import's id, and the import records who started it.
 */
@RestController
@RequestMapping("/api/v1/admin/imports")
class AdminImportController {

    private final ImportService imports;
    private final UserDirectory users;

    AdminImportController(ImportService imports, UserDirectory users) {
        this.imports = imports;
        this.users = users;
    }

    @Operation(operationId = "importV1FileForUser",
               summary = "Import a v1.2 SQLite file into the account of the user with this username (admin)",
               description = "As POST /api/v1/imports, for another user; 404 when no user has the username.",
               requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                       mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                       schema = @Schema(implementation = ImportApiDocs.Upload.class))))
    @ApiResponse(responseCode = "202", description = "Started; Location names the import",
                 content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportApiDocs.Status.class),
                                    examples = @ExampleObject(value = ImportApiDocs.STATUS_EXAMPLE)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportStatus> upload(@RequestParam String username,
                                        @RequestPart(name = V1Files.PART, required = false) MultipartFile file) {
        String owner = users.idOf(username).orElseThrow(() -> new NotFoundException("No user has this username"));
        ImportStatus started = imports.start(owner, CurrentUser.id(), file);
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/imports/" + started.id())).body(started);
    }

    @Operation(operationId = "anyImportStatus", summary = "Any user's import: progress and summary (admin)")
    @ApiResponse(responseCode = "200", description = "The import",
                 content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportApiDocs.Status.class),
                                    examples = @ExampleObject(value = ImportApiDocs.STATUS_EXAMPLE)))
    @GetMapping("/{importId}")
    ImportStatus status(@PathVariable UUID importId) {
        return imports.status(importId);
    }
}
