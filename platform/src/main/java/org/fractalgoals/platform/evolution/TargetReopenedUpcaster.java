package org.fractalgoals.platform.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;

/**
 * {@code TargetReopened} revision 1 → 2. Revision 2 says why a target was reopened; a revision 1 event never
 * said, and guessing from neighbouring events would put words in its mouth, so it becomes
 * {@link ReopenCause#UNRECORDED}. Runs on the stored JSON before it is deserialized, so every reader (aggregates,
 * projections, replays, exports) sees only revision 2.
 */
public final class TargetReopenedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = TargetReopened.class.getName();
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode revised = ((ObjectNode) payload).deepCopy();
            revised.put("cause", ReopenCause.UNRECORDED.name());
            return revised;
        });
    }
}
