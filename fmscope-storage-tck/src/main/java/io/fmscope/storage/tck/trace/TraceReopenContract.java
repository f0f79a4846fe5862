package io.fmscope.storage.tck.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A persistent backend keeps spans and the catalog across close and reopen. */
public abstract class TraceReopenContract extends TraceStoreContract {

    /** Closes {@code closing} and opens a new store on the same location. */
    protected abstract TraceStore reopen(TraceStore closing) throws Exception;

    @Test public void spansSurviveReopen() throws Exception {
        caseSupported("spansSurviveReopen");
        TraceId t = newTraceId();
        Span root = root(t, "api", T0, 10);
        Span partial = child(root, "db", 1, 2).toBuilder().inProgress(true).build();
        store.writer().write(List.of(root, partial));
        store = reopen(store);
        assertThat(store.reader().trace(t).orElseThrow().spans()).containsExactly(root, partial);
        assertThat(store.services().find("api")).isPresent();
        Span done = partial.toBuilder().inProgress(false).endNanos(partial.startNanos() + 2 * MS).build();
        store.writer().write(List.of(done));
        assertThat(store.reader().trace(t).orElseThrow().spans()).containsExactly(root, done);
    }
}
