package io.fmscope.server.logs;

import io.fmscope.server.api.ApiException;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.StorageException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** Log streams: create, delete, describe (prefix, order, paging). */
public final class LogStreamService {
    private final LogStore store;
    private final Clock clock;
    private final Arns arns;

    public LogStreamService(LogStore store, Clock clock, Arns arns) {
        this.store = store;
        this.clock = clock;
        this.arns = arns;
    }

    public void create(LogsRequests.CreateLogStream r) {
        String group = Names.group("logGroupName", r.logGroupName());
        String stream = Names.stream("logStreamName", r.logStreamName());
        try {
            store.streams().create(group, stream, clock.millis());
        } catch (StorageException e) {
            throw Messages.translate(e, true);
        }
    }

    public void delete(LogsRequests.DeleteLogStream r) {
        String group = Names.group("logGroupName", r.logGroupName());
        String stream = Names.stream("logStreamName", r.logStreamName());
        try {
            store.streams().delete(group, stream);
        } catch (StorageException e) {
            throw Messages.translate(e, true);
        }
    }

    public LogsResponses.DescribeLogStreams describe(LogsRequests.DescribeLogStreams r) {
        String group = Names.groupOrIdentifier(r.logGroupName(), r.logGroupIdentifier());
        String orderBy = r.orderBy() == null ? "LogStreamName" : r.orderBy();
        if (!orderBy.equals("LogStreamName") && !orderBy.equals("LastEventTime")) {
            throw ApiException.validation("orderBy", orderBy,
                    "Member must satisfy enum value set: [LogStreamName, LastEventTime]");
        }
        if (orderBy.equals("LastEventTime") && r.logStreamNamePrefix() != null) {
            throw ApiException.invalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        int limit = Names.range("limit", r.limit(), 50, 1, 50);
        int offset = PageToken.offset("nextToken", r.nextToken());
        List<LogStreamInfo> all;
        try {
            all = store.streams().list(group);
        } catch (StorageException e) {
            throw Messages.translate(e, false);
        }
        String prefix = r.logStreamNamePrefix() == null ? "" : r.logStreamNamePrefix();
        Comparator<LogStreamInfo> order = orderBy.equals("LogStreamName")
                ? Comparator.comparing(LogStreamInfo::name)
                : Comparator.comparingLong((LogStreamInfo s) -> s.lastEventTime().orElse(0))
                        .thenComparing(LogStreamInfo::name);
        if (Boolean.TRUE.equals(r.descending())) {
            order = order.reversed();
        }
        List<LogStreamInfo> sorted = all.stream().filter(s -> s.name().startsWith(prefix)).sorted(order).toList();
        List<LogsResponses.LogStream> page = sorted.stream().skip(offset).limit(limit).map(this::view).toList();
        String next = offset + limit < sorted.size() ? PageToken.offset(offset + limit) : null;
        return new LogsResponses.DescribeLogStreams(page, next);
    }

    private LogsResponses.LogStream view(LogStreamInfo s) {
        return new LogsResponses.LogStream(s.name(), s.creationTime(),
                s.firstEventTime().isPresent() ? s.firstEventTime().getAsLong() : null,
                s.lastEventTime().isPresent() ? s.lastEventTime().getAsLong() : null,
                s.lastIngestionTime().isPresent() ? s.lastIngestionTime().getAsLong() : null,
                String.format("%056d", s.uploadSequenceToken()), arns.stream(s.logGroup(), s.name()),
                0); // storedBytes is always 0 on streams since 2019 (AWS model)
    }
}
