package org.fractalgoals.query.deadletter;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.fractalgoals.query.QueryServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The enhancer against PostgreSQL, with a handler that writes and then fails in Java (the poison trigger of
 * {@link DeadLetterTest} fails in SQL, which aborts the transaction by itself). What the test does around the
 * handler is what Axon's dead-lettering invoker does: it catches the failure and writes the dead letter.
 */
class SavepointHandlerEnhancerTest extends QueryServiceTest {

    @Autowired
    private SavepointHandlerEnhancer enhancer;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private final CarefulMode mode = new CarefulMode(Duration.ofMinutes(5));
    private final Writer writer = new Writer();
    private MessageHandlingMember<? super Writer> handler;

    @BeforeEach
    void setUp() {
        jdbc.execute("create table if not exists query.savepoint_test (what text)");
        jdbc.execute("truncate query.savepoint_test");
        writer.jdbc = jdbc;
        handler = enhancer.wrapHandler(AnnotatedHandlerInspector.inspectType(Writer.class)
                                                                .getHandlers(Writer.class).findFirst().orElseThrow());
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("drop table if exists query.savepoint_test");
    }

    @Test
    void a_bare_handler_that_fails_takes_its_whole_batch_down_and_makes_the_processor_careful() {
        assertThatThrownBy(() -> batch("handler write", "dead letter"))
                .isInstanceOf(UnexpectedRollbackException.class);

        assertThat(rows()).as("neither the failing handler's write nor the dead letter committed").isEmpty();
        assertThat(mode.careful()).isTrue();
    }

    @Test
    void a_careful_processor_rolls_back_only_the_failing_handler() {
        mode.handlerFailed();

        batch("handler write", "dead letter");

        assertThat(rows()).containsExactly("dead letter");
    }

    @Test
    void a_handler_that_succeeds_bare_commits_with_its_batch() {
        writer.fail = false;

        batch("handler write", "token");

        assertThat(rows()).containsExactlyInAnyOrder("handler write", "token");
        assertThat(mode.careful()).isFalse();
    }

    /** One batch: the handler for one event, its failure caught as the dead-lettering invoker does, then one more write. */
    private void batch(String handlerWrite, String afterwards) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                SavepointScope.within(mode, false, () -> {
                    try {
                        handler.handle(GenericEventMessage.asEventMessage(handlerWrite), writer);
                    } catch (IllegalStateException expected) {
                        // the invoker would enqueue the event here
                    }
                    jdbc.update("insert into query.savepoint_test values (?)", afterwards);
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<String> rows() {
        return jdbc.queryForList("select what from query.savepoint_test", String.class);
    }

    static class Writer {
        JdbcTemplate jdbc;
        boolean fail = true;

        @EventHandler
        void on(String what) {
            jdbc.update("insert into query.savepoint_test values (?)", what);
            if (fail) {
                throw new IllegalStateException("fails after its write");
            }
        }
    }
}
