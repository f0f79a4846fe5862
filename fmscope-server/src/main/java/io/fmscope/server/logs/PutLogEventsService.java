package io.fmscope.server.logs;

import io.fmscope.model.log.LogEvent;
import io.fmscope.server.api.ApiException;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.StorageException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * PutLogEvents with every documented rule: 1-10,000 events; at most 1,048,576 bytes counting 26 bytes per
 * event; non-empty messages; chronological order (else the call fails); events more than 2 hours in the
 * future, older than 14 days, or older than the group's retention are rejected and reported by index in
 * {@code rejectedLogEventsInfo} while the rest is stored; the accepted events may span at most 24 hours.
 */
public final class PutLogEventsService {
    public static final int MAX_EVENTS = 10_000;
    public static final int MAX_BATCH_BYTES = 1_048_576;
    public static final int EVENT_OVERHEAD = 26;
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    static final long TOO_NEW = 2 * HOUR;
    static final long TOO_OLD = 14 * DAY;

    private final LogStore store;
    private final Clock clock;
    private final EventIds ids = new EventIds();

    public PutLogEventsService(LogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LogsResponses.PutLogEvents put(LogsRequests.PutLogEvents r) {
        String group = Names.group("logGroupName", r.logGroupName());
        String stream = Names.stream("logStreamName", r.logStreamName());
        List<LogsRequests.InputLogEvent> events = checkBatch(r.logEvents());
        LogGroupInfo info = store.groups().find(group).orElseThrow(Messages::groupMissing);
        store.streams().find(group, stream).orElseThrow(Messages::streamMissing);
        long now = clock.millis();
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).timestamp() < events.get(i - 1).timestamp()) {
                throw ApiException.invalidParameter(
                        "Log events in a single PutLogEvents request must be in chronological order.");
            }
        }
        long expiredBefore = info.retentionInDays().isPresent()
                ? now - info.retentionInDays().getAsInt() * DAY : Long.MIN_VALUE;
        int tooOldEnd = 0;
        int expiredEnd = 0;
        int tooNewStart = events.size();
        for (int i = 0; i < events.size(); i++) {
            long ts = events.get(i).timestamp();
            if (ts < now - TOO_OLD) {
                tooOldEnd = i + 1;
            }
            if (ts < expiredBefore) {
                expiredEnd = i + 1;
            }
            if (ts > now + TOO_NEW && tooNewStart == events.size()) {
                tooNewStart = i;
            }
        }
        int from = Math.max(tooOldEnd, expiredEnd);
        int to = Math.max(from, tooNewStart);
        if (to > from && events.get(to - 1).timestamp() - events.get(from).timestamp() > DAY) {
            throw ApiException.invalidParameter(
                    "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.");
        }
        String prefix = ids.request(now);
        List<LogEvent> accepted = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            var e = events.get(i);
            accepted.add(new LogEvent(e.timestamp(), now, e.message(), stream, group, EventIds.id(prefix, i)));
        }
        try {
            store.writer().append(accepted);
        } catch (StorageException e) {
            throw Messages.translate(e, true);
        }
        LogsResponses.RejectedLogEventsInfo rejected = tooOldEnd == 0 && expiredEnd == 0 && tooNewStart == events.size()
                ? null : new LogsResponses.RejectedLogEventsInfo(tooNewStart == events.size() ? null : tooNewStart,
                        tooOldEnd == 0 ? null : tooOldEnd, expiredEnd == 0 ? null : expiredEnd);
        String token = store.streams().find(group, stream)
                .map(i -> String.format("%056d", i.uploadSequenceToken())).orElse(null);
        return new LogsResponses.PutLogEvents(token, rejected);
    }

    private static List<LogsRequests.InputLogEvent> checkBatch(List<LogsRequests.InputLogEvent> events) {
        Names.required("logEvents", events);
        if (events.isEmpty()) {
            throw ApiException.validation("logEvents", "[]", "Member must have length greater than or equal to 1");
        }
        if (events.size() > MAX_EVENTS) {
            throw ApiException.validation("logEvents", events.size() + " events",
                    "Member must have length less than or equal to " + MAX_EVENTS);
        }
        long bytes = 0;
        for (int i = 0; i < events.size(); i++) {
            var e = events.get(i);
            if (e == null || e.timestamp() == null || e.message() == null) {
                throw ApiException.validation("logEvents." + (i + 1) + (e == null || e.timestamp() == null
                        ? ".member.timestamp" : ".member.message"), null, "Member must not be null");
            }
            if (e.message().isEmpty()) {
                throw ApiException.validation("logEvents." + (i + 1) + ".member.message", "",
                        "Member must have length greater than or equal to 1");
            }
            bytes += e.message().getBytes(StandardCharsets.UTF_8).length + EVENT_OVERHEAD;
        }
        if (bytes > MAX_BATCH_BYTES) {
            throw ApiException.invalidParameter("Upload too large: " + bytes + " bytes exceeds limit of "
                    + MAX_BATCH_BYTES);
        }
        return events;
    }
}
