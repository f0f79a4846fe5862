package io.fmscope.model.trace;

import java.util.Map;
import java.util.Objects;

/** A timestamped OTel span event (exceptions are events named {@code exception}). */
public record SpanEvent(long timeNanos, String name, Map<String, AttributeValue> attributes) {

    public SpanEvent {
        Objects.requireNonNull(name, "name");
        attributes = Attributes.copy(attributes);
    }
}
