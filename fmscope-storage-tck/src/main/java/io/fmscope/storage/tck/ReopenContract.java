package io.fmscope.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.LogStore;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A persistent backend keeps catalog and events across close and reopen of the same location. */
public abstract class ReopenContract extends StoreContract {

    /** Closes {@code store} and opens a new one on the same location. */
    protected abstract LogStore reopen(LogStore closing) throws Exception;

    @Test public void catalogAndEventsSurviveReopen() throws Exception {
        caseSupported("catalogAndEventsSurviveReopen");
        createStream("g", "s");
        store.groups().setRetention("g", OptionalInt.of(30));
        LogEvent e = event("g", "s", T0, "{\"kept\":true}");
        store.writer().append(List.of(e));
        store = reopen(store);
        assertThat(store.groups().find("g").orElseThrow().retentionInDays()).hasValue(30);
        assertThat(store.streams().find("g", "s").orElseThrow().lastEventTime()).hasValue(T0);
        assertThat(scanGroup("g")).containsExactly(e);
        createStream("g", "s2");
        LogEvent e2 = event("g", "s2", T0 + 1, "{\"kept\":\"again\"}");
        store.writer().append(List.of(e2));
        assertThat(scanGroup("g")).containsExactly(e, e2);
    }
}
