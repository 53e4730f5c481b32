package org.fractalgoals.query.activity;

import java.util.List;

/**
 * A page of a fractal's groups in their order, with the version of the fractal's groups (the ETag, and the If-Match
 * of group commands); the version is null while the fractal never had a group.
 */
record ActivityGroupList(Long version, List<ActivityGroupView> items, String nextCursor) {

    /** The body of the answer: the version goes into the ETag. */
    ActivityGroupPage body() {
        return new ActivityGroupPage(items, nextCursor);
    }
}
