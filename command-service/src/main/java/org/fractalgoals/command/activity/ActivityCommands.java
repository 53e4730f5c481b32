package org.fractalgoals.command.activity;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.fractalgoals.platform.errors.NotFoundException;

/**
 * Sends a command to an activity or to a fractal's groups. An aggregate that does not exist (never created,
 * or deleted) is reported as the thing the client asked for, not as a missing fractal.
 */
final class ActivityCommands {

    private ActivityCommands() {
    }

    static void send(CommandGateway commands, Object command, String missing) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException(missing);
        }
    }
}
