package org.fractalgoals.platform.web;

import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.ProblemType;
import org.springframework.http.ProblemDetail;

import java.util.List;

/** Builds RFC 7807 bodies the same way for the exception handler and the security entry points. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(ProblemType.VALIDATION, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
