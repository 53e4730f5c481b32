package org.fractalgoals.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.fractalgoals.platform.crypto.DataKeyDestroyedException;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** Every error leaves as {@code application/problem+json} with one of our stable {@link ProblemType}s. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return respond(Problems.of(ProblemType.NOT_FOUND, e.getMessage()), HttpHeaders.EMPTY);
    }

    @ExceptionHandler({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    ResponseEntity<Object> aggregateNotFound(Exception e) {
        // A missing id, a deleted one, or an id of another kind of thing: all name nothing the caller has.
        return respond(Problems.of(ProblemType.NOT_FOUND, "Not found"), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolated(RuleViolationException e) {
        return respond(Problems.invalid(e.getMessage(), e.errors()), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e) {
        HttpHeaders headers = new HttpHeaders();
        e.headers().forEach(headers::add);
        return respond(Problems.of(e.type(), e.getMessage()), headers);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e) {
        return respond(Problems.of(ProblemType.STALE_VERSION,
                                   "Fetch the resource again and retry with its current ETag"), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> conflict(ConcurrencyException e) {
        return respond(Problems.of(ProblemType.CONFLICT, "Another change was saved at the same time; retry"),
                       HttpHeaders.EMPTY);
    }

    /**
     * A refusal that travelled through Axon's command or query bus, or a future, arrives wrapped; it gets the
     * same answer as if it had been thrown here.
     */
    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class, CompletionException.class,
                       ExecutionException.class})
    ResponseEntity<Object> wrapped(Exception e) {
        Throwable cause = e;
        while ((cause instanceof CommandExecutionException || cause instanceof QueryExecutionException
                || cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case NotFoundException notFound -> notFound(notFound);
            case RuleViolationException violation -> ruleViolated(violation);
            case ProblemException problem -> problem(problem);
            case ConflictingAggregateVersionException stale -> staleVersion(stale);
            case ConcurrencyException concurrency -> conflict(concurrency);
            case AggregateNotFoundException missing -> aggregateNotFound(missing);
            case IncompatibleAggregateException incompatible -> aggregateNotFound(incompatible);
            case Exception other -> unexpected(other);
            default -> unexpected(e);
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        // A malformed id in the path names nothing that exists: the same answer as a missing one.
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return respond(Problems.of(ProblemType.NOT_FOUND, "Not found"), HttpHeaders.EMPTY);
        }
        return respond(Problems.invalid("Invalid parameter",
                                        List.of(new FieldError(e.getName(), "has an invalid value"))), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        // No endpoint takes multipart bodies, but Tomcat parses one when asked to; a broken one is bad input.
        if (e instanceof MaxUploadSizeExceededException) {
            return respond(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, BodySizeLimit.DETAIL), HttpHeaders.EMPTY);
        }
        return respond(Problems.of(ProblemType.MALFORMED_REQUEST, "The multipart body could not be read"),
                       HttpHeaders.EMPTY);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return respond(Problems.of(ProblemType.FORBIDDEN, "This needs a role you do not have"), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        // Encryption runs while Axon stores the events, so a destroyed key may arrive wrapped in its exceptions.
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof DataKeyDestroyedException destroyed) {
                return problem(destroyed);
            }
        }
        if (Unavailable.isDatabaseUnreachable(e)) {
            // Expected while the database restarts; a warning without the trace, which says nothing new.
            log.warn("Answered 503: the database cannot be reached ({})", e.getClass().getSimpleName());
            return respond(Unavailable.databaseProblem(), Unavailable.retryAfter());
        }
        log.error("Unhandled exception while serving a request", e);
        return respond(Problems.of(ProblemType.INTERNAL, "The error was logged; please retry later"), HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                                    .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                                    .collect(Collectors.toList());
        ex.getBindingResult().getGlobalErrors()
          .forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return respond(Problems.invalid("Some fields are not valid", errors), HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                                     error.getDefaultMessage())))
                .toList();
        return respond(Problems.invalid("Some parameters are not valid", errors), HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (BodySizeLimit.exceededIn(ex)) {
            return respond(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, BodySizeLimit.DETAIL), HttpHeaders.EMPTY);
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                                   .map(ApiExceptionHandler::describe)
                                   .collect(Collectors.joining("."))
                                   .replace(".[", "[");
            return respond(Problems.invalid("Some fields are not valid",
                                            List.of(new FieldError(field, "has a value of the wrong type or format"))),
                           HttpHeaders.EMPTY);
        }
        return respond(Problems.of(ProblemType.MALFORMED_REQUEST, "The body is missing or is not valid JSON"),
                       HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        // Spring's own MVC errors (405, 415, …) keep their status but get our type and title.
        if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
            ProblemType type = switch (statusCode.value()) {
                case 400 -> ProblemType.MALFORMED_REQUEST;
                case 404 -> ProblemType.NOT_FOUND;
                case 405 -> ProblemType.METHOD_NOT_ALLOWED;
                case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                default -> null;
            };
            if (type != null) {
                problem.setType(type.uri());
                problem.setTitle(type.title());
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String describe(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]";
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
