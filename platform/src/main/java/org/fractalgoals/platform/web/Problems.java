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

    /**
     * A problem for a bare status that no handler of ours chose (an error Tomcat or a filter produced): its
     * problem type where the status has one, with the status itself kept.
     */
    public static ProblemDetail forStatus(int status, String detail) {
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST
                : java.util.Arrays.stream(ProblemType.values()).filter(each -> each.status().value() == status)
                                  .findFirst().orElse(null);
        if (type == null) {
            ProblemDetail problem = of(status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL, detail);
            problem.setStatus(status);
            problem.setTitle(status < 500 ? "The request could not be served" : ProblemType.INTERNAL.title());
            return problem;
        }
        return of(type, detail);
    }

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(ProblemType.VALIDATION, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
