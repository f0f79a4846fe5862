package io.fmscope.server.incidents;

import io.fmscope.incidents.detect.DetectorConfig;
import io.fmscope.incidents.detect.IncidentDetector;
import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.LogStreamInfo;
import java.util.ArrayList;
import java.util.List;

/** Feeds the most recent stored events (a baseline and a long window's worth, by data time) to a fresh detector. */
final class Replay {
    private static final int BATCH = 2_000;

    private Replay() {}

    static void recent(LogStore store, IncidentDetector detector) {
        List<String> groups = store.groups().list("").stream().map(LogGroupInfo::name).toList();
        long newest = Long.MIN_VALUE;
        for (String g : groups)
            for (LogStreamInfo s : store.streams().list(g))
                if (s.lastEventTime().isPresent()) newest = Math.max(newest, s.lastEventTime().getAsLong());
        if (newest == Long.MIN_VALUE) return;
        DetectorConfig c = detector.config();
        long from = newest - c.baselineWindow().toMillis() - c.longWindow().toMillis();
        List<LogEvent> batch = new ArrayList<>(BATCH);
        try (EventScan scan = store.reader().scan().logGroups(groups).timeRange(from, newest + 1).open()) {
            while (scan.hasNext()) {
                batch.add(scan.next());
                if (batch.size() == BATCH) {
                    detector.accept(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        if (!batch.isEmpty()) detector.accept(batch);
    }
}
