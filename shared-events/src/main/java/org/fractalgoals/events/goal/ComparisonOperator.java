package org.fractalgoals.events.goal;

import java.math.BigDecimal;

/** How a recorded value is compared with a target's threshold. */
public enum ComparisonOperator {
    GTE, GT, LTE, LT, EQ;

    public boolean holds(BigDecimal actual, BigDecimal threshold) {
        int comparison = actual.compareTo(threshold);
        return switch (this) {
            case GTE -> comparison >= 0;
            case GT -> comparison > 0;
            case LTE -> comparison <= 0;
            case LT -> comparison < 0;
            case EQ -> comparison == 0;
        };
    }
}
