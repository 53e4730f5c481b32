package org.fractalgoals.command.account;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.events.account.AcceptTerms;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.account.EraseAccount;
import org.fractalgoals.platform.crypto.DataKeyStore;
import org.fractalgoals.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The caller's own account: accepting the terms, and erasing their personal data. */
@RestController
@RequestMapping("/api/v1/me")
class AccountCommandController {

    private static final Logger log = LoggerFactory.getLogger(AccountCommandController.class);

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final Clock clock;
    private final KeycloakUsers keycloak;
    private final DataKeyStore keys;

    AccountCommandController(CommandRunner runner, CommandGateway commands, Clock clock, KeycloakUsers keycloak,
                             DataKeyStore keys) {
        this.runner = runner;
        this.commands = commands;
        this.clock = clock;
        this.keycloak = keycloak;
        this.keys = keys;
    }

    /** 204 whether or not this version was accepted before; only a first acceptance is recorded. */
    @PostMapping("/terms")
    ResponseEntity<Object> acceptTerms(@RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                       @Valid @RequestBody TermsRequest body) {
        String owner = CurrentUser.id();
        String account = AccountEvent.aggregateIdOf(owner);
        return runner.run(owner, key, "POST /api/v1/me/terms", body, account, () -> {
            commands.sendAndWait(new AcceptTerms(account, body.version(), owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }

    /**
     * Erases the caller: first their identity in Keycloak (if that fails, nothing of ours has changed and they
     * can retry), then in one transaction the event that records it and the destruction of their data key.
     * From the commit on, their still-valid tokens are refused and their encrypted text reads as the placeholder.
     */
    @DeleteMapping
    ResponseEntity<Object> erase(@RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key) {
        String owner = CurrentUser.id();
        keycloak.delete(owner);
        String account = AccountEvent.aggregateIdOf(owner);
        Instant erasedAt = clock.instant();
        ResponseEntity<Object> answer = runner.run(owner, key, "DELETE /api/v1/me", Map.of(), account, () -> {
            commands.sendAndWait(new EraseAccount(account, owner, erasedAt));
            keys.destroy(owner);
            return CommandResponse.ok(Map.of("erasedAt", erasedAt));
        });
        log.info("Erased the personal data of user {}", owner);
        return answer;
    }
}
