package org.fractalgoals.command.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/me/terms}: the version of the terms the user accepted (as the web app names it). */
record TermsRequest(@NotBlank @Size(max = Account.TERMS_VERSION_MAX) String version) {
}
