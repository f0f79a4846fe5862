package io.fmscope.server.logs;

import io.fmscope.model.log.LogEvent;
import io.fmscope.server.api.ApiException;
import io.fmscope.server.filter.FilterPattern;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.LogStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** GetLogEvents and FilterLogEvents over the store's (timestamp, id) order. */
public final class LogReadService {
    static final int MAX_PAGE_BYTES = 1_048_576;
    private static final int CHUNK = 2_000;
    private final LogStore store;

    public LogReadService(LogStore store) {
        this.store = store;
    }

    /**
     * GetLogEvents: without a token, the first (startFromHead) or last {@code limit} events; a forward token
     * ({@code f/...}) continues after its event, a backward token ({@code b/...}) before it. Events are
     * returned oldest first; at either end the token passed in comes back unchanged.
     */
    public LogsResponses.GetLogEvents get(LogsRequests.GetLogEvents r) {
        String group = Names.groupOrIdentifier(r.logGroupName(), r.logGroupIdentifier());
        String stream = Names.stream("logStreamName", r.logStreamName());
        int limit = Names.range("limit", r.limit(), 10_000, 1, 10_000);
        store.groups().find(group).orElseThrow(Messages::groupMissing);
        store.streams().find(group, stream).orElseThrow(Messages::streamMissing);
        long start = r.startTime() == null ? Long.MIN_VALUE : r.startTime();
        long end = r.endTime() == null ? Long.MAX_VALUE : r.endTime();
        boolean backward;
        EventCursor from;
        if (r.nextToken() != null) {
            backward = r.nextToken().startsWith("b/");
            from = PageToken.event("nextToken", r.nextToken(), backward ? "b" : "f");
        } else {
            backward = !Boolean.TRUE.equals(r.startFromHead());
            from = null;
        }
        var scan = new ChunkedScan(store.reader(), b -> b.logGroups(List.of(group)).logStreams(List.of(stream))
                .timeRange(start, end), backward, from, Math.min(limit, CHUNK));
        List<LogEvent> page = new ArrayList<>();
        long bytes = 0;
        while (page.size() < limit && scan.hasNext()) {
            LogEvent e = scan.next();
            bytes += e.message().getBytes(StandardCharsets.UTF_8).length + PutLogEventsService.EVENT_OVERHEAD;
            if (bytes > MAX_PAGE_BYTES && !page.isEmpty()) {
                break;
            }
            page.add(e);
        }
        if (backward) {
            Collections.reverse(page);
        }
        String forward;
        String back;
        if (page.isEmpty()) {
            EventCursor edge = from != null ? from
                    : backward ? new EventCursor(end, "") : new EventCursor(start, "");
            forward = r.nextToken() != null && !backward ? r.nextToken() : PageToken.event("f", edge);
            back = r.nextToken() != null && backward ? r.nextToken() : PageToken.event("b", edge);
        } else {
            forward = PageToken.event("f", EventCursor.of(page.get(page.size() - 1)));
            back = PageToken.event("b", EventCursor.of(page.get(0)));
        }
        return new LogsResponses.GetLogEvents(page.stream()
                .map(e -> new LogsResponses.OutputLogEvent(e.timestamp(), e.message(), e.ingestionTime())).toList(),
                forward, back);
    }

    /** FilterLogEvents: events matching the filter pattern, oldest first, {@code limit} per page. */
    public LogsResponses.FilterLogEvents filter(LogsRequests.FilterLogEvents r) {
        String group = Names.groupOrIdentifier(r.logGroupName(), r.logGroupIdentifier());
        if (r.logStreamNames() != null && r.logStreamNamePrefix() != null) {
            throw ApiException.invalidParameter("You cannot specify both LogStreamNames and LogStreamNamePrefix.");
        }
        if (r.logStreamNames() != null && (r.logStreamNames().isEmpty() || r.logStreamNames().size() > 100)) {
            throw ApiException.validation("logStreamNames", r.logStreamNames().size() + " names",
                    "Member must have length between 1 and 100");
        }
        int limit = Names.range("limit", r.limit(), 10_000, 1, 10_000);
        String patternText = r.filterPattern() == null ? "" : r.filterPattern();
        if (patternText.length() > 1024) {
            throw ApiException.validation("filterPattern", patternText, "Member must have length less than or equal to 1024");
        }
        FilterPattern pattern = FilterPattern.parse(patternText);
        store.groups().find(group).orElseThrow(Messages::groupMissing);
        long start = r.startTime() == null ? Long.MIN_VALUE : r.startTime();
        long end = r.endTime() == null ? Long.MAX_VALUE : r.endTime() == Long.MAX_VALUE ? r.endTime() : r.endTime() + 1;
        boolean descending = Boolean.FALSE.equals(r.startFromHead());
        EventCursor from = r.nextToken() == null ? null : PageToken.event("nextToken", r.nextToken(), "n");
        var scan = new ChunkedScan(store.reader(), b -> {
            b.logGroups(List.of(group)).timeRange(start, end);
            if (r.logStreamNames() != null) {
                b.logStreams(r.logStreamNames());
            }
            if (r.logStreamNamePrefix() != null) {
                b.logStreamPrefix(r.logStreamNamePrefix());
            }
            return b;
        }, descending, from, CHUNK);
        List<LogsResponses.FilteredLogEvent> out = new ArrayList<>();
        LogEvent last = null;
        while (out.size() < limit && scan.hasNext()) {
            LogEvent e = scan.next();
            last = e;
            if (pattern.matches(e.message())) {
                out.add(new LogsResponses.FilteredLogEvent(e.logStream(), e.timestamp(), e.message(),
                        e.ingestionTime(), e.id()));
            }
        }
        String next = last != null && scan.hasNext() ? PageToken.event("n", EventCursor.of(last)) : null;
        return new LogsResponses.FilterLogEvents(out, List.of(), next);
    }
}
