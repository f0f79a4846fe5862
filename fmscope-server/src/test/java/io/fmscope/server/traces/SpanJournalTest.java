package io.fmscope.server.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.TraceId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import io.fmscope.server.spans.GroupJournal;
import io.fmscope.server.spans.RawBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanJournalTest {
    private static final Function<RawBatch, List<Span>> NO_RAW = raw -> {
        throw new AssertionError("no raw batches written");
    };
    @TempDir Path dir;

    private static Span span(int i) {
        return Span.builder(TraceId.parse("5759e988bd862e3fe1be46a9942727" + String.format("%02x", i)),
                SpanId.parse(String.format("%016x", i + 1)), "op" + i).service("svc").startNanos(1000L * i)
                .endNanos(1000L * i + 10).build();
    }

    @Test void batchesReplayInOrderAcrossSegmentsAndReopen() {
        try (SpanJournal j = new SpanJournal(dir)) {
            j.appendSpans(List.of(span(1), span(2)));
            j.rotate(100);
            j.appendSpans(List.of(span(3)));
        }
        List<List<Span>> back = new ArrayList<>();
        try (SpanJournal j = new SpanJournal(dir)) {
            assertThat(j.replay(NO_RAW, back::add, 500)).isEqualTo(3);
            j.appendSpans(List.of(span(4))); // a new segment after the replayed ones
            assertThat(j.segmentCount()).isEqualTo(3);
        }
        assertThat(back).containsExactly(List.of(span(1), span(2)), List.of(span(3)));
    }

    @Test void requestBodiesAreStoredAsIsAndDecodedOnReplay() {
        byte[] body = "{\"resourceSpans\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (SpanJournal j = new SpanJournal(dir)) {
            j.append(List.of(new GroupJournal.Batch(List.of(span(1)), null),
                    new GroupJournal.Batch(List.of(span(7), span(8)), new RawBatch(RawBatch.Format.OTLP_JSON, body))));
        }
        List<Span> back = new ArrayList<>();
        try (SpanJournal j = new SpanJournal(dir)) {
            j.replay(raw -> {
                assertThat(raw.format()).isEqualTo(RawBatch.Format.OTLP_JSON);
                assertThat(raw.bytes()).isEqualTo(body);
                return List.of(span(7), span(8));
            }, back::addAll, 0);
        }
        assertThat(back).containsExactly(span(1), span(7), span(8));
    }

    @Test void aTornLastRecordEndsTheReplay() throws Exception {
        try (SpanJournal j = new SpanJournal(dir)) {
            j.appendSpans(List.of(span(1)));
            j.appendSpans(List.of(span(2)));
        }
        Path seg = Files.list(dir).findFirst().orElseThrow();
        long size = Files.size(seg);
        try (var ch = java.nio.channels.FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.truncate(size - 5); // the crash hit during the second write
        }
        List<Span> back = new ArrayList<>();
        try (SpanJournal j = new SpanJournal(dir)) {
            j.replay(NO_RAW, back::addAll, 0);
        }
        assertThat(back).containsExactly(span(1));
    }

    @Test void onlyClosedSegmentsOlderThanTheWatermarkAreTrimmed() {
        try (SpanJournal j = new SpanJournal(dir)) {
            j.appendSpans(List.of(span(1)));
            j.rotate(100);
            j.appendSpans(List.of(span(2)));
            j.rotate(200);
            j.appendSpans(List.of(span(3))); // open: never trimmed
            assertThat(j.trimBefore(100)).isZero();
            assertThat(j.trimBefore(150)).isEqualTo(1);
            assertThat(j.trimBefore(Long.MAX_VALUE)).isEqualTo(1);
            assertThat(j.segmentCount()).isEqualTo(1);
        }
        List<Span> back = new ArrayList<>();
        try (SpanJournal j = new SpanJournal(dir)) {
            j.replay(NO_RAW, back::addAll, 0);
        }
        assertThat(back).containsExactly(span(3));
    }
}
