package io.fmscope.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventCursor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scans return events by (timestamp, id), honour time ranges, direction, stream filters and cursors. */
public abstract class OrderingContract extends StoreContract {

    private List<LogEvent> seed() {
        createStream("g", "s1");
        createStream("g", "s2");
        createStream("g", "t1");
        List<LogEvent> all = new ArrayList<>();
        long[] times = {50, 10, 30, 10, 40, 20, 30, 0};
        String[] streams = {"s1", "s2", "t1"};
        for (int i = 0; i < times.length; i++) {
            LogEvent e = event("g", streams[i % 3], T0 + times[i], "m" + i);
            store.writer().append(List.of(e));
            all.add(e);
        }
        all.sort(EventCursor.EVENT_ORDER);
        return all;
    }

    @Test public void scanIsOrderedByTimestampThenId() {
        List<LogEvent> all = seed();
        assertThat(scanGroup("g")).containsExactlyElementsOf(all);
    }

    @Test public void descendingScanIsTheReverse() {
        List<LogEvent> all = seed();
        List<LogEvent> rev = new ArrayList<>(all);
        java.util.Collections.reverse(rev);
        assertThat(scan(b -> b.logGroups(List.of("g")).descending(true))).containsExactlyElementsOf(rev);
    }

    @Test public void timeRangeIsStartInclusiveEndExclusive() {
        List<LogEvent> all = seed();
        List<LogEvent> got = scan(b -> b.logGroups(List.of("g")).timeRange(T0 + 10, T0 + 30));
        assertThat(got).containsExactlyElementsOf(
                all.stream().filter(e -> e.timestamp() >= T0 + 10 && e.timestamp() < T0 + 30).toList());
        assertThat(got).extracting(LogEvent::timestamp).containsExactly(T0 + 10, T0 + 10, T0 + 20);
        assertThat(scan(b -> b.logGroups(List.of("g")).timeRange(T0 + 60, T0 + 70))).isEmpty();
    }

    @Test public void streamPrefixAndNamesRestrictTheScan() {
        List<LogEvent> all = seed();
        assertThat(scan(b -> b.logGroups(List.of("g")).logStreamPrefix("s"))).containsExactlyElementsOf(
                all.stream().filter(e -> e.logStream().startsWith("s")).toList());
        assertThat(scan(b -> b.logGroups(List.of("g")).logStreams(List.of("t1", "s2")))).containsExactlyElementsOf(
                all.stream().filter(e -> !e.logStream().equals("s1")).toList());
    }

    @Test public void cursorResumesStrictlyAfterTheLastEventInBothDirections() {
        List<LogEvent> all = seed();
        List<LogEvent> paged = new ArrayList<>();
        EventCursor cursor = null;
        while (true) {
            EventCursor c = cursor;
            List<LogEvent> page = scan(b -> {
                b.logGroups(List.of("g"));
                return c == null ? b : b.after(c);
            });
            if (page.isEmpty()) {
                break;
            }
            List<LogEvent> head = page.subList(0, Math.min(3, page.size()));
            paged.addAll(head);
            cursor = EventCursor.of(head.get(head.size() - 1));
        }
        assertThat(paged).containsExactlyElementsOf(all);
        EventCursor middle = EventCursor.of(all.get(4));
        assertThat(scan(b -> b.logGroups(List.of("g")).descending(true).after(middle)))
                .containsExactly(all.get(3), all.get(2), all.get(1), all.get(0));
    }
}
