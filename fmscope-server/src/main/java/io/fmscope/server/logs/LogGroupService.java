package io.fmscope.server.logs;

import io.fmscope.server.api.ApiException;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.StorageException;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Log groups: create, delete, describe, retention policies. */
public final class LogGroupService {
    /** The retention values CloudWatch accepts, in days. */
    public static final Set<Integer> RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private final LogStore store;
    private final Clock clock;
    private final Arns arns;

    public LogGroupService(LogStore store, Clock clock, Arns arns) {
        this.store = store;
        this.clock = clock;
        this.arns = arns;
    }

    public void create(LogsRequests.CreateLogGroup r) {
        String name = Names.group("logGroupName", r.logGroupName());
        if (name.startsWith("aws/")) {
            throw ApiException.invalidParameter("Log group names cannot start with 'aws/'");
        }
        if (r.logGroupClass() != null && !Set.of("STANDARD", "INFREQUENT_ACCESS", "DELIVERY").contains(r.logGroupClass())) {
            throw ApiException.validation("logGroupClass", r.logGroupClass(),
                    "Member must satisfy enum value set: [STANDARD, INFREQUENT_ACCESS, DELIVERY]");
        }
        try {
            store.groups().create(name, clock.millis());
        } catch (StorageException e) {
            throw Messages.translate(e, false);
        }
    }

    public void delete(LogsRequests.DeleteLogGroup r) {
        try {
            store.groups().delete(Names.group("logGroupName", r.logGroupName()));
        } catch (StorageException e) {
            throw Messages.translate(e, false);
        }
    }

    public LogsResponses.DescribeLogGroups describe(LogsRequests.DescribeLogGroups r) {
        if (r.logGroupNamePrefix() != null && r.logGroupNamePattern() != null) {
            throw ApiException.invalidParameter("LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive");
        }
        int limit = Names.range("limit", r.limit(), 50, 1, 50);
        int offset = PageToken.offset("nextToken", r.nextToken());
        List<LogGroupInfo> all = store.groups().list(r.logGroupNamePrefix() == null ? "" : r.logGroupNamePrefix());
        if (r.logGroupNamePattern() != null) {
            all = all.stream().filter(g -> g.name().contains(r.logGroupNamePattern())).toList();
        }
        if (r.logGroupIdentifiers() != null) {
            Set<String> wanted = Set.copyOf(r.logGroupIdentifiers().stream()
                    .map(i -> Names.identifier("logGroupIdentifiers", i)).toList());
            all = all.stream().filter(g -> wanted.contains(g.name())).toList();
        }
        boolean slim = r.logGroupNamePattern() != null;
        List<LogsResponses.LogGroup> page = all.stream().skip(offset).limit(limit).map(g -> view(g, slim)).toList();
        String next = offset + limit < all.size() ? PageToken.offset(offset + limit) : null;
        return new LogsResponses.DescribeLogGroups(page, next);
    }

    public void putRetention(LogsRequests.PutRetentionPolicy r) {
        String name = Names.group("logGroupName", r.logGroupName());
        Names.required("retentionInDays", r.retentionInDays());
        if (!RETENTION_DAYS.contains(r.retentionInDays())) {
            throw ApiException.validation("retentionInDays", r.retentionInDays(),
                    "Member must satisfy enum value set: " + RETENTION_DAYS.stream().sorted().toList());
        }
        setRetention(name, OptionalInt.of(r.retentionInDays()));
    }

    public void deleteRetention(LogsRequests.DeleteRetentionPolicy r) {
        setRetention(Names.group("logGroupName", r.logGroupName()), OptionalInt.empty());
    }

    private void setRetention(String name, OptionalInt days) {
        try {
            store.groups().setRetention(name, days);
        } catch (StorageException e) {
            throw Messages.translate(e, false);
        }
    }

    private LogsResponses.LogGroup view(LogGroupInfo g, boolean slim) {
        if (slim) { // a pattern search returns only these members
            return new LogsResponses.LogGroup(g.name(), g.creationTime(), null, null, arns.group(g.name()), null,
                    null, null, null);
        }
        Integer retention = g.retentionInDays().isPresent() ? g.retentionInDays().getAsInt() : null;
        return new LogsResponses.LogGroup(g.name(), g.creationTime(), retention, 0, arns.group(g.name()),
                g.storedBytes(), "STANDARD", arns.groupArn(g.name()), false);
    }
}
