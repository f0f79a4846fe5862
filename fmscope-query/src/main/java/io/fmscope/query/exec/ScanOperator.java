package io.fmscope.query.exec;

import io.fmscope.query.json.EventCursor;
import io.fmscope.query.plan.SourceSpec;

/**
 * Reads events in the window and the selected log groups through a cursor that resolves only the fields the
 * query uses. Checks for cancellation and the deadline every 256 events.
 */
final class ScanOperator implements Operator {
    private final EventCursor events;
    private final SourceSpec source;
    private final ScanLayout layout;
    private final ExecContext ctx;
    private final QueryWindow window;
    private final boolean allGroups;

    ScanOperator(EventCursor events, SourceSpec source, ScanLayout layout, ExecContext ctx, QueryWindow window) {
        this.events = events;
        this.source = source;
        this.layout = layout;
        this.ctx = ctx;
        this.window = window;
        this.allGroups = source.selectsAll();
    }

    @Override
    public Row next() {
        while (events.next()) {
            if ((ctx.scanned & 0xFF) == 0) ctx.checkpoint();
            ctx.scanned++;
            ctx.bytesScanned += events.messageChars();
            long t = events.timestamp();
            if (!window.contains(t) || !(allGroups || source.includes(events.logGroup()))) continue;
            return new Row(window, events.event(), t, layout, events.values());
        }
        return null;
    }
}
