package io.fmscope.server.otlp;

import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.Cause;
import io.fmscope.model.trace.SpanEvent;
import io.fmscope.model.trace.SpanException;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import java.util.ArrayList;
import java.util.List;

/** The X-Ray cause of an OTel span: one exception per {@code exception} event (remote for CLIENT/PRODUCER). */
final class OtelCause {
    private OtelCause() {
    }

    static Cause of(SpanId spanId, List<SpanEvent> events, SpanKind kind) {
        List<SpanException> exceptions = new ArrayList<>();
        for (SpanEvent e : events) {
            if (!"exception".equals(e.name())) {
                continue;
            }
            // ids derived from the span id so a re-sent span gets the same ones
            String id = Long.toHexString(spanId.value() ^ (0x9e3779b97f4a7c15L * (exceptions.size() + 1)));
            exceptions.add(new SpanException("0".repeat(16 - id.length()) + id,
                    Attributes.string(e.attributes(), "exception.type"),
                    Attributes.string(e.attributes(), "exception.message"),
                    kind == SpanKind.CLIENT || kind == SpanKind.PRODUCER, 0, 0, null, List.of()));
        }
        return exceptions.isEmpty() ? Cause.NONE : new Cause(null, List.of(), exceptions, null);
    }
}
