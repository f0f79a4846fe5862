package io.fmscope.patterns.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.trend.TrendDirection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDiscoveryTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.builtIn();
    private static final String GROUP = "/ecs/manga-assist/orchestrator";

    private static ErrorDiscovery feed(ErrorStream stream, TestClock clock) {
        ErrorDiscovery d = new ErrorDiscovery(CATALOG, clock);
        for (ErrorEvent e : stream.all) d.observe(e);
        return d;
    }

    @Test
    void aNewErrorKindInAStreamOfKnownOnesIsDiscoveredWithItsCountsFirstSeenAndSessions() {
        ErrorStream stream = new ErrorStream(GROUP, 600, 30);
        TestClock clock = new TestClock(ErrorStream.START.plus(Duration.ofHours(1)));
        DiscoveryReport report = feed(stream, clock).report(GROUP);

        assertThat(report.events()).isEqualTo(630);
        assertThat(report.discovered()).hasSize(1);
        DiscoveredPattern p = report.discovered().getFirst();
        assertThat(p.pattern()).isEqualTo(ErrorStream.NEW_TEMPLATE);
        assertThat(p.typedPattern()).isEqualTo("MangaIndexCorruptedError: shard <Number-1> checksum mismatch at offset <Number-2>");
        assertThat(p.tokenTypes()).containsExactly("Number", "Number");
        assertThat(p.count()).isEqualTo(30);
        assertThat(p.unmatchedCount()).isEqualTo(30);
        assertThat(p.firstSeen()).isEqualTo(stream.injected.getFirst().timestamp());
        assertThat(p.lastSeen()).isEqualTo(stream.injected.getLast().timestamp());
        assertThat(p.sessions().top()).extracting(ValueCount::value)
            .containsExactlyInAnyOrder("sess-new-0", "sess-new-1", "sess-new-2", "sess-new-3", "sess-new-4");
        assertThat(p.sessions().top()).allSatisfy(v -> assertThat(v.count()).isEqualTo(6));
        assertThat(p.sessions().approximate()).isFalse();
        assertThat(p.models().top()).containsExactly(new ValueCount(ErrorStream.MODELS[0], 30));
        assertThat(p.services().top()).containsExactly(new ValueCount("opensearch", 30));
        assertThat(p.catalogPatternId()).isNull();
        assertThat(p.samples()).first().asString().startsWith("MangaIndexCorruptedError: shard 0 checksum mismatch");
        // it appeared 40 minutes into the hour and kept coming: an increasing trend
        assertThat(p.trend().direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(p.trend().bucketCounts()).hasSize(12).startsWith(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(p.trend().bucketCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
    }

    @Test
    void knownTemplatesCarryTheirCatalogPatternIds() {
        ErrorStream stream = new ErrorStream(GROUP, 600, 30);
        DiscoveryReport report = feed(stream, new TestClock(ErrorStream.START.plus(Duration.ofHours(1)))).report(GROUP);

        assertThat(report.known()).extracting(DiscoveredPattern::catalogPatternId).containsExactlyInAnyOrder("EP-001", "EP-007");
        DiscoveredPattern throttle = report.known().stream().filter(k -> k.catalogPatternId().equals("EP-001")).findFirst().orElseThrow();
        assertThat(throttle.pattern()).startsWith("An error occurred (ThrottlingException) when calling the InvokeModel operation");
        assertThat(throttle.count()).isEqualTo(400);
        assertThat(throttle.catalogMatches()).isEqualTo(Map.of("EP-001", 400L));
        assertThat(throttle.unmatchedCount()).isZero();
        assertThat(throttle.errorCodes().top()).containsExactly(new ValueCount("ThrottlingException", 400));
        assertThat(throttle.models().top()).extracting(ValueCount::value).containsExactlyInAnyOrder(ErrorStream.MODELS);
        // spread evenly over the hour: no trend
        assertThat(throttle.trend().direction()).isEqualTo(TrendDirection.STABLE);
        assertThat(report.patterns().getFirst().status()).isEqualTo(PatternStatus.NEW); // new ones are listed first
    }

    @Test
    void eachObservationSaysWhetherItsTemplateIsKnownAndWhetherItIsTheFirst() {
        TestClock clock = new TestClock(ErrorStream.START);
        ErrorDiscovery d = new ErrorDiscovery(CATALOG, clock);
        Observation first = d.observe(ErrorEvent.of(String.format(ErrorStream.NEW_KIND, 1, 10)));
        Observation second = d.observe(ErrorEvent.of(String.format(ErrorStream.NEW_KIND, 2, 20)));
        Observation known = d.observe(ErrorEvent.builder("Too many requests, please wait before trying again.")
            .service("bedrock").build());

        assertThat(first.status()).isEqualTo(PatternStatus.NEW);
        assertThat(first.firstOfTemplate()).isTrue();
        assertThat(second.templateId()).isEqualTo(first.templateId());
        assertThat(second.firstOfTemplate()).isFalse();
        assertThat(known.status()).isEqualTo(PatternStatus.KNOWN);
        assertThat(known.catalogPatternId()).isEqualTo("EP-001");
        assertThat(first.logGroup()).isEqualTo(ErrorEvent.DEFAULT_GROUP);
        assertThat(d.observe(null).templateId()).isEqualTo(-1); // never throws on the caller's error path
        // an event without a timestamp happened "now" on the injected clock
        assertThat(d.report(ErrorEvent.DEFAULT_GROUP).template(first.templateId()).orElseThrow().firstSeen())
            .isEqualTo(ErrorStream.START);
    }

    @Test
    void logGroupsHaveTheirOwnTemplatesAndTheOverflowGroupCapsThem() {
        DiscoveryConfig config = new DiscoveryConfig(DiscoveryConfig.defaults().miner(), 2, 100, Duration.ofHours(1),
            12, 0.05, Duration.ofSeconds(1), 512, Duration.ofHours(24));
        ErrorDiscovery d = new ErrorDiscovery(CATALOG, config, new TestClock(ErrorStream.START), null);
        for (String g : List.of("a", "b", "c", "d")) d.observe(ErrorEvent.builder("disk full on node 7").logGroup(g).build());

        assertThat(d.logGroups()).containsExactly(DiscoveryConfig.OVERFLOW_GROUP, "a", "b");
        assertThat(d.report(DiscoveryConfig.OVERFLOW_GROUP).events()).isEqualTo(2);
        assertThat(d.report("a").events()).isEqualTo(1);
    }

    @Test
    void mergedTemplatesMergeTheirStatistics() {
        ErrorDiscovery d = new ErrorDiscovery(CATALOG, new TestClock(ErrorStream.START));
        List<String> users = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta");
        for (int i = 0; i < users.size(); i++) {
            d.observe(ErrorEvent.builder("reindex job " + users.get(i) + " failed permanently").sessionId("s" + i)
                .timestamp(ErrorStream.START.plusSeconds(i)).build());
        }
        DiscoveryReport r = d.report(ErrorEvent.DEFAULT_GROUP, ErrorStream.START.plusSeconds(10), Duration.ofSeconds(12));

        assertThat(r.patterns()).hasSize(1);
        DiscoveredPattern p = r.patterns().getFirst();
        assertThat(p.pattern()).isEqualTo("reindex job <*> failed permanently");
        assertThat(p.count()).isEqualTo(6);
        assertThat(p.sessions().distinct()).isEqualTo(6);
        assertThat(p.firstSeen()).isEqualTo(ErrorStream.START);
        assertThat(p.lastSeen()).isEqualTo(ErrorStream.START.plusSeconds(5));
        assertThat(d.resolve(ErrorEvent.DEFAULT_GROUP, 1)).isEqualTo(p.templateId());
    }

    @Test
    void aReportOverTheSpanOfFileInputEndsAtTheLastError() {
        ErrorStream stream = new ErrorStream(GROUP, 300, 20);
        ErrorDiscovery d = feed(stream, new TestClock(Instant.parse("2030-01-01T00:00:00Z")));
        DiscoveryReport r = d.reportOverSpan(GROUP);

        assertThat(r.asOf()).isEqualTo(stream.all.getLast().timestamp());
        DiscoveredPattern p = r.discovered().getFirst();
        assertThat(p.trend().from()).isBeforeOrEqualTo(stream.all.getFirst().timestamp());
        assertThat(p.trend().direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(d.report(GROUP).discovered().getFirst().trend()).isNull(); // an hour before 2030: nothing in it
    }
}
