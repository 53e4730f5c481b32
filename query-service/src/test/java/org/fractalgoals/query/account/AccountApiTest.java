package org.fractalgoals.query.account;

import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.account.TermsAccepted;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionRenamed;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code GET /api/v1/me} and the owner index, from events of the account, fractal and session streams. */
class AccountApiTest extends QueryServiceTest {

    private static final Instant AT = Instant.parse("2026-01-02T10:00:00Z");

    @Autowired
    private EventWriter events;
    @Autowired
    private OwnerIndex index;

    private final String owner = TestTokens.newUserId();

    private Response me(String user, ConsistencyToken token) {
        var request = api.get("/api/v1/me").token(TestTokens.forUser(user, "user"));
        if (token != null) {
            request.header(ConsistencyToken.HEADER, token.encode());
        }
        return request.send();
    }

    @Test
    void a_user_who_accepted_no_terms_has_an_account_without_them() {
        Response response = me(owner, null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("id").asText()).isEqualTo(owner);
        assertThat(response.body().get("termsAcceptedAt").isNull()).isTrue();
        assertThat(response.body().get("termsVersion").isNull()).isTrue();
    }

    @Test
    void the_account_shows_the_terms_accepted_last_and_only_to_their_user() {
        events.appendTo("Account", AccountEvent.aggregateIdOf(owner), 0, new TermsAccepted("2026-01", owner, AT));
        ConsistencyToken token = events.appendTo("Account", AccountEvent.aggregateIdOf(owner), 1,
                                                 new TermsAccepted("2026-02", owner, AT.plusSeconds(60)));

        Response response = me(owner, token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("id").asText()).isEqualTo(owner);
        assertThat(response.body().get("termsVersion").asText()).isEqualTo("2026-02");
        assertThat(Instant.parse(response.body().get("termsAcceptedAt").asText())).isEqualTo(AT.plusSeconds(60));
        Response someoneElse = me(TestTokens.newUserId(), token);
        assertThat(someoneElse.body().get("termsVersion").isNull()).isTrue();
        assertThat(api.get("/api/v1/me").send().status()).isEqualTo(401);
    }

    @Test
    void the_owner_index_lists_every_aggregate_of_the_owner_with_its_type_fractal_and_sequence_numbers() {
        UUID fractal = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        events.appendTo("Fractal", fractal.toString(), 0,
                        new FractalCreated(fractal, owner, AT),
                        new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Root", null, null, null, owner, AT),
                        new GoalRenamed(fractal, fractal, "Root renamed", owner, AT.plusSeconds(1)));
        events.appendTo("Session", session.toString(), 0,
                        new SessionCreated(fractal, session, "Morning", null, null, null, AT, null, List.of(),
                                           List.of(fractal), owner, AT.plusSeconds(2)));
        ConsistencyToken token = events.appendTo("Session", session.toString(), 1,
                                                 new SessionRenamed(fractal, session, "Evening", owner, AT.plusSeconds(3)));
        String stranger = TestTokens.newUserId();
        UUID strangersFractal = UUID.randomUUID();
        events.appendTo("Fractal", strangersFractal.toString(), 0, new FractalCreated(strangersFractal, stranger, AT));
        assertThat(me(owner, token).status()).isEqualTo(200);

        assertThat(index.fractals(owner)).extracting(OwnedAggregate::id, OwnedAggregate::type, OwnedAggregate::fractalId,
                                                     OwnedAggregate::firstSequence, OwnedAggregate::lastSequence,
                                                     OwnedAggregate::createdAt)
                                         .containsExactly(tuple(fractal.toString(), "Fractal", fractal, 0L, 2L, AT));
        assertThat(index.inFractal(owner, fractal)).extracting(OwnedAggregate::id, OwnedAggregate::type,
                                                               OwnedAggregate::lastSequence)
                                                   .containsExactly(tuple(session.toString(), "Session", 1L));
        assertThat(index.aggregateIds(owner)).containsExactlyInAnyOrder(fractal.toString(), session.toString());
    }
}
