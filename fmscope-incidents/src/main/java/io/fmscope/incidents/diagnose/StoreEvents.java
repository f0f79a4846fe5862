package io.fmscope.incidents.diagnose;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStore;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The events of every log group in a time range, as a query source (a fresh store scan per pass). */
final class StoreEvents {
    private StoreEvents() {}

    /** Events with {@code from <= timestamp < to}, in time order. */
    static EventSource of(LogStore store, long from, long to) {
        return () -> {
            List<String> groups = store.groups().list("").stream().map(LogGroupInfo::name).toList();
            if (groups.isEmpty() || from >= to) return Stream.<LogEvent>empty();
            EventScan scan = store.reader().scan().logGroups(groups).timeRange(from, to).open();
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(scan, Spliterator.ORDERED), false)
                    .onClose(scan::close);
        };
    }
}
