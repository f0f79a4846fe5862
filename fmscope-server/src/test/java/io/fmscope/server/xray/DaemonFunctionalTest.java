package io.fmscope.server.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.api.Json;
import io.fmscope.server.spans.TracingServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw daemon datagrams: header variants, in-progress then complete, independent subsegments, and garbage. */
class DaemonFunctionalTest {
    static final String TRACE = "1-5759e988-bd862e3fe1be46a994272793";
    private TracingServer server;
    private DatagramSocket socket;

    @BeforeEach void start() throws Exception {
        server = new TracingServer();
        socket = new DatagramSocket();
    }

    @AfterEach void stop() {
        socket.close();
        server.close();
    }

    private void send(byte[] data) throws Exception {
        socket.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), server.daemonPort()));
    }

    private void send(String header, String doc) throws Exception {
        send((header + "\n" + doc).getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the daemon has handled {@code n} datagrams (stored or dropped) and the queue is empty. */
    private DaemonStats.Snapshot settle(long n) throws Exception {
        for (int i = 0; i < 500; i++) {
            DaemonStats.Snapshot s = server.server.tracing().daemonStats();
            if (s.documents() + s.droppedTotal() >= n && server.server.tracing().ingest().stats().queued() == 0) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("daemon saw " + server.server.tracing().daemonStats());
    }

    @Test void inProgressThenCompleteAndIndependentSubsegmentsMerge() throws Exception {
        String h = "{\"format\":\"json\",\"version\":1}";
        send(h, "{\"name\":\"orchestrator\",\"id\":\"70de5b6f19ff9a0a\",\"trace_id\":\"" + TRACE
                + "\",\"start_time\":1480615200.010,\"in_progress\":true}");
        send("{\"format\": \"JSON\", \"version\": 1}", "{\"type\":\"subsegment\",\"id\":\"70de5b6f19ff9a0c\","
                + "\"parent_id\":\"70de5b6f19ff9a0b\",\"trace_id\":\"" + TRACE + "\",\"name\":\"vector-search\","
                + "\"namespace\":\"remote\",\"start_time\":1480615200.050,\"end_time\":1480615200.350}");
        send(h, "{\"type\":\"subsegment\",\"id\":\"70de5b6f19ff9a0b\",\"parent_id\":\"70de5b6f19ff9a0a\",\"trace_id\":\""
                + TRACE + "\",\"name\":\"retrieve\",\"start_time\":1480615200.040,\"end_time\":1480615200.400}");
        send(h, "{\"name\":\"orchestrator\",\"id\":\"70de5b6f19ff9a0a\",\"trace_id\":\"" + TRACE
                + "\",\"start_time\":1480615200.010,\"end_time\":1480615200.900}");
        settle(4);
        Trace t = server.server.traceStore().reader().trace(TraceId.parse(TRACE)).orElseThrow();
        assertThat(t.spans()).extracting(Span::name).containsExactly("orchestrator", "retrieve", "vector-search");
        assertThat(t.inProgress()).isFalse();
        assertThat(t.durationNanos()).isEqualTo(890_000_000L);
        Span vector = t.spans().get(2);
        assertThat(t.serviceOf(vector)).isEqualTo("orchestrator");
        assertThat(server.server.tracing().daemonStats().droppedTotal()).isZero();
    }

    @Test void garbageIsCountedByReasonAndValidDataStillFlows() throws Exception {
        Random random = new Random(7);
        byte[] noise = new byte[2000];
        random.nextBytes(noise);
        send(noise);                                                          // header line not JSON
        send("hello\n{}".getBytes(StandardCharsets.UTF_8));                   // InvalidHeader
        send("{\"format\":\"json\",\"version\":2}", "{}");                  // InvalidHeader
        send("{\"format\":\"json\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8)); // MissingSegment
        send("{\"format\":\"json\",\"version\":1}", "{\"name\":\"x\",\"trace_id\":\"" + TRACE
                + "\",\"start_time\":1,\"end_time\":2}");                       // MissingId
        send("{\"format\":\"json\",\"version\":1}", "{\"name\":\"x\",\"id\":\"0000000000000001\",\"trace_id\":\""
                + TRACE + "\",\"start_time\":5,\"end_time\":2}");               // InvalidTimes
        byte[] max = new byte[65_507];                                         // the largest UDP payload
        Arrays.fill(max, (byte) 'a');
        byte[] head = "{\"format\":\"json\",\"version\":1}\n{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, max, 0, head.length);
        send(max);                                                             // a cut-off document: InvalidJson
        byte[] randomMax = new byte[65_507];
        random.nextBytes(randomMax);
        send(randomMax);
        send("{\"format\":\"json\",\"version\":1}", "{\"name\":\"ok\",\"id\":\"0000000000000002\",\"trace_id\":\""
                + TRACE + "\",\"start_time\":1,\"end_time\":2}");
        DaemonStats.Snapshot s = settle(9);
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.droppedTotal()).isEqualTo(8);
        assertThat(s.dropped()).containsEntry("MissingSegment", 1L).containsEntry("MissingId", 1L)
                .containsEntry("InvalidTimes", 1L);
        // the two random datagrams fail at the header (or at the missing newline): never as documents
        assertThat(s.dropped().get("InvalidHeader") + s.dropped().getOrDefault("MissingHeader", 0L)).isEqualTo(4);
        assertThat(s.dropped().get("InvalidJson")).isEqualTo(1);
        assertThat(server.server.traceStore().reader().trace(TraceId.parse(TRACE))).isPresent();

        JsonNode stats = Json.MAPPER.readTree(server.get("/xray/daemon/stats").body());
        assertThat(stats.at("/daemon/dropped/InvalidTimes").asLong()).isEqualTo(1);
        assertThat(stats.at("/daemon/documents").asLong()).isEqualTo(1);
    }
}
