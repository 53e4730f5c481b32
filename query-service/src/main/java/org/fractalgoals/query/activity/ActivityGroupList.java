package org.fractalgoals.query.activity;

import java.util.List;

/**
 * A fractal's groups in their order, with the version of the fractal's groups (the ETag, and the If-Match of
 * group commands); the version is null while the fractal never had a group.
 */
record ActivityGroupList(Long version, List<ActivityGroupView> items) {

    /** The body of the answer: the items only, the version goes into the ETag. */
    record Body(List<ActivityGroupView> items) {
    }
}
