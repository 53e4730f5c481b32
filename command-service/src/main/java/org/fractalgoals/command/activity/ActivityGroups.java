package org.fractalgoals.command.activity;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupDescriptionChanged;
import org.fractalgoals.events.activity.ActivityGroupRenamed;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.events.activity.CreateActivityGroup;
import org.fractalgoals.events.activity.DeleteActivityGroup;
import org.fractalgoals.events.activity.EditActivityGroup;
import org.fractalgoals.events.activity.ReorderActivityGroups;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The activity groups of one fractal, in their order. One aggregate per fractal, because the order spans all
 * groups; its identifier is derived from the fractal's ({@link ActivityGroupsId}), and the fractal's first
 * group creates it. It keeps the group ids in order, no names.
 */
@Aggregate
class ActivityGroups {

    @AggregateIdentifier
    private UUID groupsId;
    private UUID fractalId;
    private String ownerId;
    private long version;
    private List<UUID> order = new ArrayList<>();

    ActivityGroups() {
        // for Axon, and the fresh instance a fractal's first group is created in
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateActivityGroup command) {
        if (ownerId != null) {
            requireOwner(command.ownerId());
        }
        ActivityGroupRules.checkName(command.name());
        ActivityGroupRules.checkDescription(command.description());
        if (order.contains(command.groupId())) {
            throw new RuleViolationException("id", "This fractal already has a group with that id");
        }
        apply(new ActivityGroupCreated(command.fractalId(), command.groupId(), command.name(), command.description(),
                                       command.ownerId(), command.requestedAt()));
    }

    @CommandHandler
    void handle(EditActivityGroup command) {
        requireGroup(command.ownerId(), command.groupId(), command.expectedVersion());
        if (command.name() != null) {
            ActivityGroupRules.checkName(command.name());
        }
        if (command.description() != null) {
            ActivityGroupRules.checkDescription(command.description().value());
        }
        if (command.name() != null) {
            apply(new ActivityGroupRenamed(fractalId, command.groupId(), command.name(), ownerId, command.requestedAt()));
        }
        if (command.description() != null) {
            apply(new ActivityGroupDescriptionChanged(fractalId, command.groupId(), command.description().value(),
                                                      ownerId, command.requestedAt()));
        }
    }

    @CommandHandler
    void handle(ReorderActivityGroups command) {
        requireOwner(command.ownerId());
        requireVersion(command.expectedVersion());
        ActivityGroupRules.checkOrder(command.groupIds(), order);
        if (!command.groupIds().equals(order)) {
            apply(new ActivityGroupsReordered(fractalId, List.copyOf(command.groupIds()), ownerId, command.requestedAt()));
        }
    }

    @CommandHandler
    void handle(DeleteActivityGroup command) {
        requireGroup(command.ownerId(), command.groupId(), command.expectedVersion());
        apply(new ActivityGroupDeleted(fractalId, command.groupId(), ownerId, command.requestedAt()));
    }

    private void requireGroup(String caller, UUID groupId, Long expectedVersion) {
        requireOwner(caller);
        if (!order.contains(groupId)) {
            throw new NotFoundException("Group");
        }
        requireVersion(expectedVersion);
    }

    private void requireOwner(String caller) {
        // Someone else's fractal does not exist for the caller.
        if (!ownerId.equals(caller)) {
            throw new NotFoundException("Fractal");
        }
    }

    private void requireVersion(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != version) {
            throw new ProblemException(ProblemType.STALE_VERSION, "Fetch the groups again and retry with their current ETag");
        }
    }

    @EventSourcingHandler
    void on(ActivityGroupCreated event, @SequenceNumber long sequence) {
        if (groupsId == null) {
            groupsId = ActivityGroupsId.of(event.fractalId());
            fractalId = event.fractalId();
            ownerId = event.ownerId();
        }
        order.add(event.groupId());
        version = sequence;
    }

    @EventSourcingHandler
    void on(ActivityGroupRenamed event, @SequenceNumber long sequence) {
        version = sequence;
    }

    @EventSourcingHandler
    void on(ActivityGroupDescriptionChanged event, @SequenceNumber long sequence) {
        version = sequence;
    }

    @EventSourcingHandler
    void on(ActivityGroupsReordered event, @SequenceNumber long sequence) {
        order = new ArrayList<>(event.groupIds());
        version = sequence;
    }

    @EventSourcingHandler
    void on(ActivityGroupDeleted event, @SequenceNumber long sequence) {
        order.remove(event.groupId());
        version = sequence;
    }
}
