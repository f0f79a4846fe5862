package io.fmscope.patterns.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A MangaAssist error stream for the tests: an hour of known errors (Bedrock throttling, Redis connection
 * failures, real message shapes from botocore and redis-py) with a new kind, a corrupted manga search
 * index, injected during the last 20 minutes. Deterministic (fixed seed).
 */
final class ErrorStream {
    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    static final String NEW_KIND = "MangaIndexCorruptedError: shard %d checksum mismatch at offset %d";
    static final String NEW_TEMPLATE = "MangaIndexCorruptedError: shard <*> checksum mismatch at offset <*>";
    static final String[] MODELS = {"anthropic.claude-3-sonnet-20240229-v1:0", "anthropic.claude-3-haiku-20240307-v1:0"};
    /** Times, sessions and models of the injected errors, in order. */
    final List<ErrorEvent> injected = new ArrayList<>();
    final List<ErrorEvent> all = new ArrayList<>();

    ErrorStream(String logGroup, int known, int fresh) {
        Random r = new Random(11);
        for (int i = 0; i < known; i++) {
            Instant at = START.plusMillis(r.nextInt(3_600_000));
            String session = "sess-" + r.nextInt(40);
            if (i % 3 == 0) {
                all.add(ErrorEvent.builder("redis.exceptions.ConnectionError: Error " + (110 + r.nextInt(2))
                        + " connecting to manga-cache.x1y2z3.0001.apne1.cache.amazonaws.com:6379. Connection refused.")
                    .logGroup(logGroup).timestamp(at).service("redis").sessionId(session).build());
            } else {
                all.add(ErrorEvent.builder("An error occurred (ThrottlingException) when calling the InvokeModel operation"
                        + " (reached max retries: " + (1 + r.nextInt(4)) + "): Too many requests, please wait before trying again.")
                    .logGroup(logGroup).timestamp(at).code("ThrottlingException").service("bedrock")
                    .modelId(MODELS[r.nextInt(2)]).sessionId(session).build());
            }
        }
        for (int i = 0; i < fresh; i++) {
            Instant at = START.plus(Duration.ofMinutes(40)).plusSeconds(i * 1_200L / fresh);
            ErrorEvent e = ErrorEvent.builder(String.format(NEW_KIND, i % 4, 4096L * (i + 1)))
                .logGroup(logGroup).timestamp(at).service("opensearch").modelId(MODELS[0])
                .sessionId("sess-new-" + (i % 5)).build();
            injected.add(e);
            all.add(e);
        }
        all.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
    }
}
