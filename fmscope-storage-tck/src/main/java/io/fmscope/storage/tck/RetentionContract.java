package io.fmscope.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.Retention;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Retention is per group, deletes only older events, and a removed policy keeps everything. */
public abstract class RetentionContract extends StoreContract {

    @Test public void retentionDeletesOnlyExpiredEventsOfThatGroup() {
        createStream("short", "s");
        createStream("forever", "s");
        long day = Retention.DAY_MILLIS;
        store.writer().append(List.of(event("short", "s", T0 - 3 * day, "old"), event("short", "s", T0 - day / 2, "new")));
        store.writer().append(List.of(event("forever", "s", T0 - 400 * day, "ancient")));
        store.groups().setRetention("short", OptionalInt.of(1));
        assertThat(store.groups().find("short").orElseThrow().retentionInDays()).hasValue(1);
        long deleted = store.retention().enforce(T0);
        assertThat(deleted).isEqualTo(1);
        assertThat(scanGroup("short")).extracting(LogEvent::message).containsExactly("new");
        assertThat(scanGroup("forever")).extracting(LogEvent::message).containsExactly("ancient");
        var s = store.streams().find("short", "s").orElseThrow();
        assertThat(s.firstEventTime()).hasValue(T0 - day / 2);
        assertThat(s.storedBytes()).isEqualTo(3);
        assertThat(store.groups().find("short").orElseThrow().storedBytes()).isEqualTo(3);
    }

    @Test public void removingThePolicyKeepsEverything() {
        createStream("g", "s");
        store.writer().append(List.of(event("g", "s", T0 - 30 * Retention.DAY_MILLIS, "old")));
        store.groups().setRetention("g", OptionalInt.of(7));
        store.groups().setRetention("g", OptionalInt.empty());
        assertThat(store.groups().find("g").orElseThrow().retentionInDays()).isEmpty();
        assertThat(store.retention().enforce(T0)).isZero();
        assertThat(scanGroup("g")).hasSize(1);
    }

    @Test public void eventExactlyAtTheCutoffIsKept() {
        createStream("g", "s");
        long cutoff = T0 - 5 * Retention.DAY_MILLIS;
        store.writer().append(List.of(event("g", "s", cutoff - 1, "gone"), event("g", "s", cutoff, "kept")));
        store.groups().setRetention("g", OptionalInt.of(5));
        store.retention().enforce(T0);
        assertThat(scanGroup("g")).extracting(LogEvent::message).containsExactly("kept");
    }
}
