package org.fractalgoals.query.account;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.FindAccount;
import org.fractalgoals.events.account.TermsAccepted;
import org.fractalgoals.query.replay.ReadModelTables;
import org.springframework.stereotype.Component;

/** The accounts read model: the terms each user accepted last. An erased user's row goes. */
@Component
@ReadModelTables({"account"})
@ProcessingGroup(AccountProjection.GROUP)
class AccountProjection {

    static final String GROUP = "accounts";
    private final AccountRepository accounts;

    AccountProjection(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventHandler
    void on(TermsAccepted event, @SequenceNumber long sequence) {
        accounts.acceptTerms(event.ownerId(), event.termsVersion(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(AccountErased event) {
        accounts.delete(event.ownerId());
    }

    /** Every user has an account, also before accepting anything (Keycloak knows them; nobody signs up here). */
    @QueryHandler
    AccountView handle(FindAccount query) {
        return accounts.find(query.ownerId()).orElse(new AccountView(query.ownerId(), null, null));
    }
}
