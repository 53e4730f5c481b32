package org.fractalgoals.query.export;

import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupDescriptionChanged;
import org.fractalgoals.events.activity.ActivityGroupEvent;
import org.fractalgoals.events.activity.ActivityGroupRenamed;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.events.personaldata.OwnedEvent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fractal's activity groups (one aggregate keeps them all, for their order): the groups not deleted, in their
 * order. The aggregate itself is never deleted.
 */
final class ActivityGroupsFold implements StateFold {

    /** In the groups' order. */
    private Map<UUID, Group> groups = new LinkedHashMap<>();
    private boolean created;

    @Override
    public void apply(OwnedEvent event) {
        if (!(event instanceof ActivityGroupEvent groupEvent)) {
            return;
        }
        created = true;
        Instant at = event.occurredAt();
        switch (groupEvent) {
            case ActivityGroupCreated e -> groups.putIfAbsent(e.groupId(), new Group(e.groupId(), e.name(), e.description(), at, at));
            case ActivityGroupRenamed e -> groups.computeIfPresent(e.groupId(), (id, group) -> new Group(
                    id, e.name(), group.description(), group.createdAt(), at));
            case ActivityGroupDescriptionChanged e -> groups.computeIfPresent(e.groupId(), (id, group) -> new Group(
                    id, group.name(), e.description(), group.createdAt(), at));
            case ActivityGroupsReordered e -> reorder(e.groupIds());
            case ActivityGroupDeleted e -> groups.remove(e.groupId());
        }
    }

    /** The listed groups first, in the listed order; any group the event did not list keeps its place after them. */
    private void reorder(List<UUID> order) {
        Map<UUID, Group> reordered = new LinkedHashMap<>();
        order.stream().filter(groups::containsKey).forEach(id -> reordered.put(id, groups.get(id)));
        groups.forEach(reordered::putIfAbsent);
        groups = reordered;
    }

    @Override
    public boolean deleted() {
        return false;
    }

    @Override
    public Object state() {
        return created ? new State(List.copyOf(groups.values())) : null;
    }

    record Group(UUID id, String name, String description, Instant createdAt, Instant updatedAt) {
    }

    record State(List<Group> groups) {
    }
}
