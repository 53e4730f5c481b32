package org.fractalgoals.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.account.AcceptTerms;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.account.EraseAccount;
import org.fractalgoals.events.account.TermsAccepted;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/** A user's account: terms accepted once per version, erasure, and nothing after it. */
class AccountTest {

    private static final String OWNER = "user-1";
    private static final String ACCOUNT = AccountEvent.aggregateIdOf(OWNER);
    private static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final AggregateTestFixture<Account> fixture = new AggregateTestFixture<>(Account.class);

    private static AcceptTerms accept(String version) {
        return new AcceptTerms(ACCOUNT, version, OWNER, NOW);
    }

    private static Matcher<Throwable> erasedRefusal() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof ProblemException problem && problem.type() == ProblemType.ACCOUNT_ERASED;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an account-erased problem");
            }
        };
    }

    private static Matcher<Throwable> violationOfVersion() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolationException violation
                        && violation.errors().stream().map(FieldError::field).toList().equals(List.of("version"));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation on the field version");
            }
        };
    }

    @Test
    void the_first_acceptance_of_the_terms_starts_the_account() {
        fixture.givenNoPriorActivity()
               .when(accept("2026-01"))
               .expectEvents(new TermsAccepted("2026-01", OWNER, NOW));
    }

    @Test
    void accepting_an_accepted_version_again_records_nothing() {
        fixture.given(new TermsAccepted("2026-01", OWNER, EARLIER))
               .when(accept("2026-01"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_new_version_is_recorded_as_well() {
        fixture.given(new TermsAccepted("2026-01", OWNER, EARLIER))
               .when(accept("2026-07"))
               .expectEvents(new TermsAccepted("2026-07", OWNER, NOW));
    }

    @Test
    void a_version_must_be_one_to_fifty_characters() {
        fixture.givenNoPriorActivity().when(accept(" ")).expectException(violationOfVersion()).expectNoEvents();
        fixture.givenNoPriorActivity().when(accept("v".repeat(51))).expectException(violationOfVersion()).expectNoEvents();
        fixture.givenNoPriorActivity().when(accept("v".repeat(50))).expectEvents(new TermsAccepted("v".repeat(50), OWNER, NOW));
    }

    @Test
    void an_account_is_erased_whether_or_not_it_accepted_anything() {
        fixture.givenNoPriorActivity()
               .when(new EraseAccount(ACCOUNT, OWNER, NOW))
               .expectEvents(new AccountErased(OWNER, NOW));
        fixture.given(new TermsAccepted("2026-01", OWNER, EARLIER))
               .when(new EraseAccount(ACCOUNT, OWNER, NOW))
               .expectEvents(new AccountErased(OWNER, NOW));
    }

    @Test
    void an_erased_account_refuses_everything() {
        fixture.given(new TermsAccepted("2026-01", OWNER, EARLIER), new AccountErased(OWNER, EARLIER))
               .when(accept("2026-07"))
               .expectException(erasedRefusal())
               .expectNoEvents();
        fixture.given(new AccountErased(OWNER, EARLIER))
               .when(new EraseAccount(ACCOUNT, OWNER, NOW))
               .expectException(erasedRefusal())
               .expectNoEvents();
    }

    @Test
    void a_command_for_someone_elses_account_is_a_programming_error() {
        fixture.givenNoPriorActivity()
               .when(new EraseAccount(AccountEvent.aggregateIdOf("someone-else"), OWNER, NOW))
               .expectException(IllegalArgumentException.class)
               .expectNoEvents();
    }
}
