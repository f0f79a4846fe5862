package io.fmscope.incidents.detect;

import io.fmscope.incidents.facts.Component;
import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.SignalKey;

/** What the detector tests: a counted key's rate, or a metric's tail. */
sealed interface Signal {

    /** The id used in observations, incidents and the API. */
    String id();

    /** {@code rate} or {@code tail}. */
    String kind();

    /** The component the signal itself names, or null. */
    String component();

    /**
     * Which of several signals departing at the same evaluation names the incident: a category before a
     * component's latency before the coarser counts that every error also lands in.
     */
    default int precedence() {
        return switch (this) {
            case Count c -> switch (c.key().family()) {
                case CATEGORY -> 0;
                case RAG_EMPTY -> 2;
                case SERVICE -> 3;
                case STATUS -> 4;
                case TEMPLATE -> 5;
                case ERRORS -> 6;
                default -> 8;
            };
            case Tail t -> t.metric() == io.fmscope.incidents.facts.Metric.TOTAL_E2E ? 7 : 1;
        };
    }

    record Count(SignalKey key) implements Signal {
        @Override public String id() {
            return key.toString();
        }

        @Override public String kind() {
            return "rate";
        }

        @Override public String component() {
            return key.family() == Family.SERVICE ? key.name()
                    : key.family() == Family.RAG_EMPTY ? Component.OPENSEARCH.label() : null;
        }
    }

    record Tail(Metric metric) implements Signal {
        @Override public String id() {
            return "tail:" + metric.label();
        }

        @Override public String kind() {
            return "tail";
        }

        @Override public String component() {
            return metric.component().label();
        }
    }
}
