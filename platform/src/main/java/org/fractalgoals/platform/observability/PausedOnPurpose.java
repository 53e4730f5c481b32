package org.fractalgoals.platform.observability;

/**
 * Tells readiness which stopped processors are stopped on purpose for a moment (a replay hands its position to the
 * live processor while that one is paused), so that the instance is not taken out of the balancer for it: its reads
 * keep answering throughout.
 */
public interface PausedOnPurpose {

    boolean pausedOnPurpose(String processorName);
}
