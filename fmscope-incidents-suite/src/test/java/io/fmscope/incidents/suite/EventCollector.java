package io.fmscope.incidents.suite;

import io.fmscope.incidents.detect.IncidentDetector;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.log.LogEvent;
import io.fmscope.sdk.export.LogSink;
import io.fmscope.storage.LogStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's sink in the scenario suite: each record becomes a log event at the record's own time, fed to
 * the detector in batches of a few seconds of simulated time (as an exporter would deliver them) and stored in
 * larger appends (as the server would hold them) for the diagnosis to query.
 */
final class EventCollector implements LogSink {
    static final String GROUP = "/ecs/manga-assist-orchestrator";
    static final String STREAM = "simulator";
    private static final long DETECT_EVERY_MILLIS = 5_000;
    private static final int STORE_EVERY = 20_000;

    private final IncidentDetector detector;
    private final LogStore store;
    private List<LogEvent> toDetect = new ArrayList<>();
    private List<LogEvent> toStore = new ArrayList<>();
    private long batchStart = Long.MIN_VALUE;
    private long sequence;
    private long newest = Long.MIN_VALUE;

    EventCollector(IncidentDetector detector, LogStore store, long createdAt) {
        this.detector = detector;
        this.store = store;
        store.groups().create(GROUP, createdAt);
        store.streams().create(GROUP, STREAM, createdAt);
    }

    @Override public synchronized void emit(FmLogRecord record, String jsonLine) {
        long at = record.timestamp().toEpochMilli();
        LogEvent e = LogEvent.of(at, jsonLine, STREAM, GROUP, Long.toString(sequence++));
        newest = Math.max(newest, at);
        if (batchStart == Long.MIN_VALUE) batchStart = at;
        toDetect.add(e);
        toStore.add(e);
        if (at - batchStart >= DETECT_EVERY_MILLIS) detect();
        if (toStore.size() >= STORE_EVERY) store();
    }

    private void detect() {
        detector.accept(toDetect);
        toDetect = new ArrayList<>();
        batchStart = Long.MIN_VALUE;
    }

    private void store() {
        toStore.sort(java.util.Comparator.comparingLong(LogEvent::timestamp));
        store.writer().append(toStore);
        toStore = new ArrayList<>();
    }

    /** Delivers what is buffered and lets the detector evaluate up to the newest event. */
    synchronized long finish() {
        if (!toDetect.isEmpty()) detect();
        if (!toStore.isEmpty()) store();
        if (newest != Long.MIN_VALUE) detector.advanceTo(newest);
        return sequence;
    }
}
