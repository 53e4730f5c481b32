package org.fractalgoals.platform.observability;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdMetaDataTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_command_sent_during_a_request_carries_its_id() {
        MDC.put(RequestIds.KEY, "r-1");
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("create");

        CommandMessage<?> sent = RequestIdMetaData.onCommands().handle(List.of(command)).apply(0, command);

        assertThat(sent.getMetaData()).containsEntry(RequestIds.KEY, "r-1");
    }

    @Test
    void a_command_outside_any_request_is_left_alone() {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("create");

        assertThat(RequestIdMetaData.onCommands().handle(List.of(command)).apply(0, command).getMetaData()).isEmpty();
    }

    @Test
    void an_event_handler_logs_with_the_id_of_the_request_behind_the_event_and_then_forgets_it() throws Exception {
        EventMessage<?> event = GenericEventMessage.asEventMessage("created")
                                                  .withMetaData(MetaData.with(RequestIds.KEY, "r-2"));
        AtomicReference<String> seen = new AtomicReference<>();
        UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);

        unitOfWork.executeWithResult(() -> RequestIdMetaData.inEventHandlers().handle(unitOfWork, () -> {
            seen.set(MDC.get(RequestIds.KEY));
            return null;
        }));

        assertThat(seen).hasValue("r-2");
        assertThat(MDC.get(RequestIds.KEY)).isNull();
    }

    @Test
    void safe_ids_are_kept_and_others_replaced() {
        assertThat(RequestIds.acceptOrCreate("abc-1.2:3_x")).isEqualTo("abc-1.2:3_x");
        assertThat(RequestIds.acceptOrCreate("a b")).isNotEqualTo("a b").hasSize(36);
        assertThat(RequestIds.acceptOrCreate("x".repeat(65))).hasSize(36);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }
}
