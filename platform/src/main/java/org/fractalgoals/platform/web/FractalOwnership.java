package org.fractalgoals.platform.web;

import java.util.UUID;

/** Each side answers "is this fractal the caller's?" from its own data. */
public interface FractalOwnership {

    boolean isOwnedBy(UUID fractalId, String userId);
}
