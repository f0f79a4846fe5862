package io.fmscope.server.xray;

import io.fmscope.model.trace.Span;
import io.fmscope.server.api.Operation;
import io.fmscope.server.spans.IngestFullException;
import io.fmscope.server.spans.SpanIngest;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The X-Ray daemon's two faces on one port number: UDP for segment datagrams (decoded, fed to the ingest
 * funnel without waiting; anything bad is counted by reason and dropped), and TCP for the SDK's
 * centralized-sampling calls, answered from fmscope's own rules (not proxied anywhere).
 */
public final class XRayDaemon implements AutoCloseable {
    /** The daemon's receive buffer: at most a 64 KiB payload per datagram. */
    public static final int BUFFER_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(XRayDaemon.class);

    private final DatagramSocket socket;
    private final Javalin tcp;
    private final SpanIngest ingest;
    private final DaemonStats stats = new DaemonStats();
    private final Thread receiver;

    private XRayDaemon(DatagramSocket socket, Javalin tcp, SpanIngest ingest) {
        this.socket = socket;
        this.tcp = tcp;
        this.ingest = ingest;
        this.receiver = Thread.ofPlatform().daemon().name("xray-daemon-udp").start(this::receive);
    }

    /**
     * Binds UDP and TCP on {@code bind:port}; port 0 picks a number free for both (retrying a few times).
     */
    public static XRayDaemon start(String bind, int port, SpanIngest ingest, Map<String, Operation> sampling) {
        IOException last = null;
        for (int attempt = 0; attempt < (port == 0 ? 5 : 1); attempt++) {
            DatagramSocket socket = null;
            try {
                socket = new DatagramSocket(new InetSocketAddress(bind, port));
                socket.setReceiveBufferSize(4 * 1024 * 1024);
                int p = socket.getLocalPort();
                Javalin tcp = Javalin.create(c -> {
                    c.jetty.host = bind;
                    c.jetty.port = p;
                    c.concurrency.useVirtualThreads = true;
                    c.startup.showJavalinBanner = false;
                    sampling.forEach((path, op) -> c.routes.post(path, RestJsonProtocol.handler(op)));
                });
                tcp.start();
                LOG.info("X-Ray daemon listening on udp and tcp {}:{}", bind, p);
                return new XRayDaemon(socket, tcp, ingest);
            } catch (IOException e) {
                last = e;
                if (socket != null) {
                    socket.close();
                }
            } catch (RuntimeException e) { // Javalin reports a taken TCP port this way
                last = new IOException(e.getMessage(), e);
                if (socket != null) {
                    socket.close();
                }
            }
        }
        throw new IllegalStateException("cannot bind the X-Ray daemon on " + bind + ":" + port + ": "
                + (last == null ? "" : last.getMessage()), last);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public DaemonStats.Snapshot stats() {
        return stats.snapshot();
    }

    private void receive() {
        byte[] buf = new byte[BUFFER_BYTES];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        while (!socket.isClosed()) {
            try {
                packet.setLength(buf.length);
                socket.receive(packet);
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                LOG.warn("UDP receive failed: {}", e.getMessage());
                continue;
            }
            stats.received();
            handle(buf, packet.getLength());
        }
    }

    private void handle(byte[] buf, int length) {
        try {
            List<Span> spans = DaemonDatagram.decode(buf, length);
            ingest.submit(spans).whenComplete((ok, err) -> {
                if (err != null) {
                    stats.dropped("StorageFailure");
                }
            });
            stats.accepted(spans.size());
        } catch (SegmentException e) {
            stats.dropped(length >= buf.length && e.code().equals("InvalidJson") ? "PossiblyTruncated" : e.code());
            LOG.debug("dropped a datagram of {} bytes: {}", length, e.getMessage());
        } catch (IngestFullException e) {
            stats.dropped("QueueFull");
        } catch (RuntimeException e) {
            stats.dropped("InternalError");
            LOG.warn("datagram handling failed", e);
        }
    }

    @Override public void close() {
        socket.close();
        tcp.stop();
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
