package org.fractalgoals.command.account;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.events.account.AcceptTerms;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.account.EraseAccount;
import org.fractalgoals.events.account.TermsAccepted;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.platform.security.BearerChallenge;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A user's account as a whole: which versions of the terms they accepted, and whether their personal data was
 * erased. Nobody signs up with us (Keycloak knows the user), so the account begins with its first command.
 * Erasure is final: an erased account refuses everything.
 */
@Aggregate
class Account {

    static final int TERMS_VERSION_MAX = 50;

    @AggregateIdentifier
    private String accountId;
    private final Set<String> acceptedTermsVersions = new HashSet<>();
    private boolean erased;

    Account() {
        // for Axon, and the start of every account
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AcceptTerms command) {
        requireOwnAccount(command.accountId(), command.ownerId());
        requireNotErased();
        String version = command.termsVersion();
        if (version == null || version.isBlank() || version.length() > TERMS_VERSION_MAX) {
            throw new RuleViolationException("version", "Must be 1 to " + TERMS_VERSION_MAX + " characters");
        }
        // Accepting what was accepted before changes nothing: the first acceptance is the one that counts.
        if (!acceptedTermsVersions.contains(version)) {
            apply(new TermsAccepted(version, command.ownerId(), command.requestedAt()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EraseAccount command) {
        requireOwnAccount(command.accountId(), command.ownerId());
        requireNotErased();
        apply(new AccountErased(command.ownerId(), command.requestedAt()));
    }

    private static void requireOwnAccount(String commandAccountId, String ownerId) {
        if (!AccountEvent.aggregateIdOf(ownerId).equals(commandAccountId)) {
            throw new IllegalArgumentException("An account command must address its owner's own account");
        }
    }

    private void requireNotErased() {
        if (erased) {
            throw new ProblemException(ProblemType.ACCOUNT_ERASED, "This account was erased; nothing can be done in its name",
                                       Map.of("WWW-Authenticate", BearerChallenge.ACCOUNT_ERASED));
        }
    }

    @EventSourcingHandler
    void on(AccountEvent event) {
        accountId = AccountEvent.aggregateIdOf(event.ownerId());
        switch (event) {
            case TermsAccepted e -> acceptedTermsVersions.add(e.termsVersion());
            case AccountErased e -> erased = true;
        }
    }
}
