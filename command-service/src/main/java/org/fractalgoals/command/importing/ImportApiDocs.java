package org.fractalgoals.command.importing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documentation only: the upload and the status of an import, for the OpenAPI document ({@link ImportController}
 * and {@link AdminImportController} take a multipart body and answer {@link ImportStatus}).
 */
final class ImportApiDocs {

    static final String STATUS_EXAMPLE = """
            {"id": "0b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e", "status": "RUNNING", "processed": 120, "total": 342,
             "summary": {"counts": {"goals": 15, "targets": 2, "activities": 4},
                         "refused": [{"entity": "activityInstances", "sourceId": "7f0c2a9e-1d3b-4c5e-8f6a-9b0c1d2e3f4a",
                                      "reason": "durationSeconds: Must not be negative"}],
                         "warnings": [{"entity": "goals", "sourceId": "d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a",
                                       "message": "The deadline is after its parent's deadline"}]},
             "failure": null}""";

    private ImportApiDocs() {
    }

    @Schema(name = "ImportUpload", description = "multipart/form-data with the v1.2 SQLite file (up to 512 MB)",
            example = """
                    {"file": "(the bytes of fractal_goals.db)"}""")
    record Upload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
                          description = "The SQLite database file of Fractal Goals v1.2") String file) {
    }

    @Schema(name = "ImportStatus", description = "An import's progress and summary. COMPLETED only once the read "
            + "models hold the imported data; FAILED says why in failure.", example = STATUS_EXAMPLE)
    record Status(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) java.util.UUID id,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"RUNNING", "COMPLETED", "FAILED"})
                  String status,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Source rows dealt with so far")
                  int processed,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Source rows in the file") int total,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Summary summary,
                  @Schema(description = "Why the import failed; null otherwise") String failure) {
    }

    @Schema(name = "ImportSummary")
    record Summary(@Schema(description = "Rows imported per entity (in this import or an earlier one of the same file)")
                   java.util.Map<String, Integer> counts,
                   @Schema(description = "Rows the new rules refused, with the reason; nothing else was left out")
                   java.util.List<ImportSummary.Refusal> refused,
                   @Schema(description = "Rows imported, but not as today's rules would have them")
                   java.util.List<ImportSummary.Warning> warnings) {
    }
}
