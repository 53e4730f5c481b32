package org.fractalgoals.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page Tomcat forwards to when a request fails outside Spring MVC's handlers (a path it will not map,
 * such as an encoded "..", or an exception in a filter): a problem detail, where Spring Boot's default answers
 * with a JSON of its own shape.
 */
// Not part of the API: no operation of the OpenAPI documents.
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        ProblemDetail problem = Problems.forStatus(status, status < 500 ? "The request could not be served"
                : "The error was logged; please retry later");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
