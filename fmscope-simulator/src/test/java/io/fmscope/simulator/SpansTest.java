package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.simulator.output.SpanOutput;
import io.fmscope.simulator.scenario.Baseline;
import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.scenario.FaultSpec;
import io.fmscope.simulator.scenario.Rhythm;
import io.fmscope.simulator.scenario.Scenario;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import io.opentelemetry.api.trace.StatusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spans go through the OpenTelemetry SDK: one trace per turn, joined to its FM_CALL record, in simulated time. */
class SpansTest {
  static final AttributeKey<String> INSTANCE = AttributeKey.stringKey("service.instance.id");

  @Test
  void everyTurnIsATraceWithTypedChildrenOnItsTask() {
    InMemorySpanExporter memory = InMemorySpanExporter.create();
    // InMemorySpanExporter forgets its spans when shut down, which the run does at the end.
    SpanExporter exporter = new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> batch) {
        return memory.export(batch);
      }

      @Override
      public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
      }
    };
    FaultSpec churn = new FaultSpec("churn", Duration.ofMinutes(2), Duration.ofMinutes(1), Component.ORCHESTRATOR,
        FaultKind.COLD_START, 0.2, null);
    FaultSpec throttle = new FaultSpec("quota", Duration.ofMinutes(2), Duration.ofMinutes(1), Component.BEDROCK,
        FaultKind.THROTTLING, 0.3, null);
    Scenario s = new Scenario("spans", "spans", null, Duration.ofMinutes(4),
        new Baseline(Rate.perDay(200_000), Rhythm.FLAT, 0, 4), List.of(churn, throttle), null);
    RecordingSink sink = new RecordingSink();
    RunSummary r = Simulator.builder().scenario(s).start(Runs.MORNING).asFastAsPossible().sink(sink)
        .spans(SpanOutput.to(exporter)).build().run();
    List<SpanData> spans = memory.getFinishedSpanItems();
    Map<String, SpanData> roots = spans.stream().filter(d -> d.getName().equals("fm-request"))
        .collect(Collectors.toMap(SpanData::getTraceId, d -> d));
    assertThat(roots).hasSize((int) r.turns());
    for (FmCallRecord c : sink.calls) {
      assertThat(roots).containsKey(c.traceId());
      assertThat(c.traceId()).startsWith(Long.toHexString(roots.get(c.traceId()).getStartEpochNanos() / 1_000_000_000L));
    }
    Set<String> names = spans.stream().map(SpanData::getName).collect(Collectors.toSet());
    assertThat(names).contains("GET", "GetItem manga-assist-sessions", "PutItem manga-assist-sessions",
        "retrieval manga-products", "chat anthropic.claude-3-sonnet-20240229-v1:0",
        "chat anthropic.claude-3-haiku-20240307-v1:0", "PostToConnection");
    Instant end = Runs.MORNING.plus(Duration.ofMinutes(5));
    assertThat(spans).allSatisfy(d -> assertThat(Instant.ofEpochSecond(0, d.getStartEpochNanos()))
        .isBetween(Runs.MORNING, end));
    long instances = spans.stream().map(d -> d.getResource().getAttribute(INSTANCE)).distinct().count();
    assertThat(instances).isGreaterThan(10); // 4 tasks, plus the ones started during the cold-start churn
    assertThat(spans.stream().filter(d -> d.getName().startsWith("chat ")
        && d.getStatus().getStatusCode() == StatusCode.ERROR).count()).isPositive();
  }
}
