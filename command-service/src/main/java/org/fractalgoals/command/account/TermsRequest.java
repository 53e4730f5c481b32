package org.fractalgoals.command.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/me/terms}: the version of the terms the user accepted (as the web app names it). */
@Schema(example = """
        {"version": "2026-01"}""")
record TermsRequest(@NotBlank @Size(max = Account.TERMS_VERSION_MAX) String version) {
}
