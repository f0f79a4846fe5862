package io.fmscope.query.exec;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.json.DiscoveryOptions;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.plan.SourceSpec;
import io.fmscope.query.value.Value;
import java.util.Iterator;

/**
 * Reads events in the window and the selected log groups, resolving only the fields the query uses (lazy JSON
 * discovery). Checks for cancellation and the deadline every 256 events.
 */
final class ScanOperator implements Operator {
    private final Iterator<LogEvent> events;
    private final SourceSpec source;
    private final ScanLayout layout;
    private final EventFields fields;
    private final ExecContext ctx;
    private final QueryWindow window;

    ScanOperator(Iterator<LogEvent> events, SourceSpec source, ScanLayout layout, DiscoveryOptions discovery,
                 ExecContext ctx, QueryWindow window) {
        this.events = events;
        this.source = source;
        this.layout = layout;
        this.fields = new EventFields(layout.names(), discovery);
        this.ctx = ctx;
        this.window = window;
    }

    @Override
    public Row next() {
        while (events.hasNext()) {
            if ((ctx.scanned & 0xFF) == 0) ctx.checkpoint();
            LogEvent e = events.next();
            ctx.scanned++;
            ctx.bytesScanned += e.message().length();
            if (!window.contains(e.timestamp()) || !source.includes(e.logGroup())) continue;
            Value[] values = new Value[layout.names().size()];
            fields.resolve(e, values);
            return new Row(ctx.window(), e, layout, values);
        }
        return null;
    }
}
