package io.fmscope.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.StorageException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What goes in comes out unchanged: every field, any text, any batch size; batches are atomic. */
public abstract class WriteReadContract extends StoreContract {

    @Test public void roundTripKeepsEveryField() {
        createStream("g", "s");
        LogEvent e = new LogEvent(T0 + 1, T0 + 99, "{\"level\":\"ERROR\",\"latency\":12.5}", "s", "g", "id-1");
        store.writer().append(List.of(e));
        assertThat(scanGroup("g")).containsExactly(e);
    }

    @Test public void unicodeAndControlCharactersSurvive() {
        createStream("g", "ストリーム");
        List<String> texts = List.of("漫画の推薦 📚", "tab\there\nnew line", "quote ' \" back\\slash",
                "{\"ключ\":\"значение\",\"emoji\":\"🙂\"}", "\u0000nul and \u2028 separator", "x".repeat(10_000));
        List<LogEvent> batch = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            batch.add(event("g", "ストリーム", T0 + i, texts.get(i)));
        }
        store.writer().append(batch);
        assertThat(scanGroup("g")).extracting(LogEvent::message).containsExactlyElementsOf(texts);
    }

    @Test public void largeBatchIsStoredWhole() {
        createStream("g", "s");
        List<LogEvent> batch = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            batch.add(event("g", "s", T0 + i / 3, "{\"n\":" + i + ",\"model\":\"claude-3-haiku\"}"));
        }
        store.writer().append(batch);
        List<LogEvent> back = scanGroup("g");
        assertThat(back).hasSize(10_000);
        assertThat(back).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test public void batchNamingAMissingStreamStoresNothing() {
        createStream("g", "s");
        List<LogEvent> batch = List.of(event("g", "s", T0, "ok"), event("g", "missing", T0, "bad"));
        CatalogContract.assertKind(() -> store.writer().append(batch), StorageException.Kind.NOT_FOUND);
        assertThat(scanGroup("g")).isEmpty();
        assertThat(store.streams().find("g", "s").orElseThrow().lastEventTime()).isEmpty();
    }

    @Test public void emptyBatchIsANoOp() {
        createStream("g", "s");
        store.writer().append(List.of());
        assertThat(scanGroup("g")).isEmpty();
    }

    @Test public void eventsOfSeveralStreamsAndGroupsStaySeparate() {
        createStream("g1", "a");
        createStream("g1", "b");
        createStream("g2", "a");
        store.writer().append(List.of(event("g1", "a", T0, "1a"), event("g1", "b", T0 + 1, "1b"),
                event("g2", "a", T0 + 2, "2a")));
        assertThat(scanGroup("g1")).extracting(LogEvent::message).containsExactly("1a", "1b");
        assertThat(scanGroup("g2")).extracting(LogEvent::message).containsExactly("2a");
        assertThat(scan(b -> b.logGroups(List.of("g1", "g2")))).hasSize(3);
        assertThat(scan(b -> b.logGroups(List.of("g1")).logStreams(List.of("b"))))
                .extracting(LogEvent::message).containsExactly("1b");
        assertThat(scan(b -> b.logGroups(List.of("absent")))).isEmpty();
    }

    @Test public void jsonWithChangingShapesIsStoredVerbatim() {
        createStream("g", "s");
        List<String> texts = List.of("{\"a\":1}", "{\"a\":1.5}", "{\"a\":\"text\"}", "{\"a\":true}",
                "{\"a\":{\"b\":[1,2]}}", "{\"a\":null}", "not json {", "{\"A\":2,\"a\":3}", "[1,2,3]");
        List<LogEvent> batch = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            batch.add(event("g", "s", T0 + i, texts.get(i)));
        }
        store.writer().append(batch.subList(0, 3));
        store.writer().append(batch.subList(3, texts.size()));
        assertThat(scanGroup("g")).containsExactlyElementsOf(batch);
    }
}
