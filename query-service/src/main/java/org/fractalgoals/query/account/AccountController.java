package org.fractalgoals.query.account;

import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.account.FindAccount;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
class AccountController {

    private final QueryGateway queries;

    AccountController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @ReadModel(AccountProjection.GROUP)
    AccountView me() {
        return queries.query(new FindAccount(CurrentUser.id()), AccountView.class).join();
    }
}
