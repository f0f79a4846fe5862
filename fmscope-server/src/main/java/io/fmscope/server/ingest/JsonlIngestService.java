package io.fmscope.server.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.log.LogEvent;
import io.fmscope.server.api.ApiException;
import io.fmscope.server.api.Json;
import io.fmscope.server.logs.EventIds;
import io.fmscope.server.logs.Names;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.StorageException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stores JSON lines as log events of one group and stream, creating both when missing. Each line must be a
 * JSON object with a timestamp (see {@link EventTimestamps}); lines that are not, that exceed CloudWatch's
 * event size, or whose time CloudWatch would refuse (more than 14 days old, older than the group's
 * retention, more than 2 hours ahead) are reported and skipped. The rest is stored in one atomic, durable
 * append, in timestamp order, before the call returns.
 */
public final class JsonlIngestService {
  public static final int MAX_LINES = 10_000;
  public static final int MAX_BODY_BYTES = 8 << 20;
  /** CloudWatch's 256 KB event limit, less its 26 bytes of per-event overhead. */
  public static final int MAX_EVENT_BYTES = 262_144 - 26;
  public static final int MAX_REPORTED = 100;
  static final long HOUR = 3_600_000L;
  static final long DAY = 24 * HOUR;

  private final LogStore store;
  private final Clock clock;
  private final EventIds ids = new EventIds();

  public JsonlIngestService(LogStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public IngestResponse ingest(String logGroup, String logStream, byte[] body) {
    String group = Names.group("logGroup", logGroup);
    String stream = Names.stream("logStream", logStream);
    if (body.length > MAX_BODY_BYTES) {
      throw ApiException.invalidParameter("Upload too large: " + body.length + " bytes exceeds limit of "
          + MAX_BODY_BYTES);
    }
    String[] lines = new String(body, StandardCharsets.UTF_8).split("\r?\n", -1);
    long now = clock.millis();
    LogGroupInfo info = ensure(group, stream, now);
    long oldest = Math.max(now - 14 * DAY,
        info.retentionInDays().isPresent() ? now - info.retentionInDays().getAsInt() * DAY : Long.MIN_VALUE);
    List<LogEvent> events = new ArrayList<>();
    List<IngestResponse.Rejected> rejected = new ArrayList<>();
    int rejectedCount = 0;
    String prefix = ids.request(now);
    int nonBlank = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (++nonBlank > MAX_LINES) {
        throw ApiException.invalidParameter("Too many lines: at most " + MAX_LINES + " per request");
      }
      String reason = check(line, now, oldest);
      if (reason.startsWith("@")) {
        long ts = Long.parseLong(reason.substring(1));
        events.add(new LogEvent(ts, now, line, stream, group, EventIds.id(prefix, events.size())));
      } else {
        if (rejected.size() < MAX_REPORTED) {
          rejected.add(new IngestResponse.Rejected(i + 1, reason));
        }
        rejectedCount++;
      }
    }
    if (nonBlank == 0) {
      throw ApiException.invalidParameter("The body has no log lines (newline-delimited JSON objects expected)");
    }
    events.sort(Comparator.comparingLong(LogEvent::timestamp));
    if (!events.isEmpty()) {
      store.writer().append(events);
    }
    return new IngestResponse(events.size(), rejectedCount, rejected);
  }

  /** {@code @<epoch ms>} for a good line, else the reason it is refused. */
  private static String check(String line, long now, long oldest) {
    if (line.getBytes(StandardCharsets.UTF_8).length > MAX_EVENT_BYTES) {
      return "line exceeds the " + MAX_EVENT_BYTES + "-byte event limit";
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return "not JSON: " + e.getOriginalMessage();
    }
    if (node == null || !node.isObject()) {
      return "not a JSON object";
    }
    long ts;
    try {
      ts = EventTimestamps.of(node);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (ts < oldest) {
      return "timestamp " + ts + " is older than 14 days or the log group's retention";
    }
    if (ts > now + 2 * HOUR) {
      return "timestamp " + ts + " is more than 2 hours in the future";
    }
    return "@" + ts;
  }

  private LogGroupInfo ensure(String group, String stream, long now) {
    try {
      if (store.groups().find(group).isEmpty()) {
        store.groups().create(group, now);
      }
    } catch (StorageException e) {
      if (e.kind() != StorageException.Kind.ALREADY_EXISTS) {
        throw e;
      }
    }
    try {
      if (store.streams().find(group, stream).isEmpty()) {
        store.streams().create(group, stream, now);
      }
    } catch (StorageException e) {
      if (e.kind() != StorageException.Kind.ALREADY_EXISTS) {
        throw e;
      }
    }
    return store.groups().find(group).orElseThrow(() -> StorageException.notFound("log group " + group));
  }
}
