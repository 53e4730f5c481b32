package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** Why a command of an import was refused, in words its owner can act on (the summary lists it). */
final class RefusalReason {

    private RefusalReason() {
    }

    static String of(Throwable failure) {
        Throwable cause = unwrapped(failure);
        return switch (cause) {
            case RuleViolationException violation -> violation.errors().isEmpty()
                    ? violation.getMessage()
                    : violation.errors().stream().map(RefusalReason::describe).collect(Collectors.joining("; "));
            case ProblemException problem -> problem.getMessage();
            case NotFoundException notFound -> "refers to something that does not exist: " + notFound.getMessage();
            case AggregateNotFoundException missing -> "refers to something that does not exist (or was deleted)";
            case IncompatibleAggregateException incompatible -> "refers to something of another kind";
            case ConcurrencyException conflict -> "conflicted with a change made at the same time";
            default -> cause.getMessage() == null || cause.getMessage().isBlank()
                    ? "refused (" + cause.getClass().getSimpleName() + ")"
                    : cause.getMessage();
        };
    }

    private static String describe(FieldError error) {
        return error.field() == null || error.field().isBlank() ? error.message() : error.field() + ": " + error.message();
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CommandExecutionException || cause instanceof HandlerExecutionException
                || cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
