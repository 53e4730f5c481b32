package org.fractalgoals.command.dispatch;

import java.net.URI;
import java.util.UUID;

/** What a command endpoint answers when the command succeeded; stored as is for idempotent replays. */
public record CommandResponse(int status, URI location, Object body) {

    public static CommandResponse created(URI location, UUID id) {
        return new CommandResponse(201, location, new Created(id));
    }

    public static CommandResponse noContent() {
        return new CommandResponse(204, null, null);
    }

    public static CommandResponse ok(Object body) {
        return new CommandResponse(200, null, body);
    }

    public record Created(UUID id) {
    }
}
