package io.fmscope.server.incidents;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.detect.DetectorConfig;
import io.fmscope.incidents.detect.DetectorStatus;
import io.fmscope.incidents.detect.IncidentDetector;
import io.fmscope.incidents.detect.IncidentListener;
import io.fmscope.incidents.diagnose.Diagnoser;
import io.fmscope.incidents.diagnose.Diagnosis;
import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.LogStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's incident detection: stored batches are queued (never blocking ingest; a full queue drops the
 * batch from detection only, and counts it), one worker thread feeds them to the {@link IncidentDetector} and,
 * when no batch came for a couple of seconds, evaluates up to the newest event so quiet periods are not left
 * unevaluated. On start it replays the last baseline's worth of stored events, so a restarted server knows
 * what normal looks like. Diagnoses read the store directly.
 */
public final class IncidentService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentService.class);
    private static final int QUEUE_BATCHES = 4_096;
    private static final long IDLE_FLUSH_MILLIS = 2_000;

    private final LogStore store;
    private final IncidentDetector detector;
    private final Diagnoser diagnoser;
    private final Clock clock;
    private final BlockingQueue<List<LogEvent>> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final AtomicLong droppedBatches = new AtomicLong();
    private final Thread worker;
    private volatile boolean running = true;

    public IncidentService(LogStore store, Clock clock, DetectorConfig config, ErrorCatalog catalog) {
        this.store = store;
        this.clock = clock;
        this.detector = new IncidentDetector(config, catalog);
        this.diagnoser = new Diagnoser(store, catalog, config);
        this.worker = Thread.ofPlatform().daemon().name("incident-detector").unstarted(this::work);
        detector.addListener(new IncidentListener() {
            @Override public void opened(Incident i) {
                LOG.info("incident {} opened: {}", i.id(), i.title());
            }

            @Override public void closed(Incident i) {
                LOG.info("incident {} closed", i.id());
            }
        });
    }

    /** With the defaults: detector thresholds of {@link DetectorConfig#defaults()}, the catalog from the environment. */
    public static IncidentService withDefaults(LogStore store, Clock clock) {
        return new IncidentService(store, clock, DetectorConfig.defaults(), ErrorCatalog.fromEnvironment());
    }

    /** The store to hand to ingest: the same store, with every stored batch also queued for detection. */
    public LogStore observe() {
        return new ObservedLogStore(store, this::offer);
    }

    private void offer(List<LogEvent> batch) {
        if (!batch.isEmpty() && !queue.offer(List.copyOf(batch)) && droppedBatches.incrementAndGet() % 100 == 1)
            LOG.warn("incident detection is behind; {} batches skipped so far", droppedBatches.get());
    }

    public void start() {
        worker.start();
    }

    public void addListener(IncidentListener listener) {
        detector.addListener(listener);
    }

    private void work() {
        try {
            Replay.recent(store, detector);
        } catch (RuntimeException e) {
            LOG.warn("could not replay recent events into the detector: {}", e.getMessage());
        }
        long lastBatch = System.nanoTime();
        boolean flushed = true;
        while (running) {
            try {
                List<LogEvent> batch = queue.poll(500, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    detector.accept(batch);
                    lastBatch = System.nanoTime();
                    flushed = false;
                } else if (!flushed && (System.nanoTime() - lastBatch) / 1_000_000 >= IDLE_FLUSH_MILLIS) {
                    Instant newest = detector.status().dataTime();
                    if (newest != null) detector.advanceTo(newest.toEpochMilli());
                    flushed = true;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("incident detection failed on a batch: {}", e.toString());
            }
        }
    }

    public List<Incident> incidents() {
        return detector.incidents();
    }

    public Optional<Incident> incident(String id) {
        return detector.incident(id);
    }

    public DetectorStatus status() {
        return detector.status();
    }

    public long droppedBatches() {
        return droppedBatches.get();
    }

    /** The data clock: the newest event the detector has seen, or the wall clock before any. */
    public Instant dataNow() {
        Instant t = detector.status().dataTime();
        return t == null ? clock.instant() : t;
    }

    /** Diagnoses the last {@code since} of data time. */
    public Diagnosis diagnose(Duration since) {
        Instant now = dataNow();
        return diagnoser.diagnose(now.minus(since), now.plusMillis(1));
    }

    /** Diagnoses an incident the detector knows; empty when it does not. */
    public Optional<Diagnosis> diagnose(String incidentId) {
        return detector.incident(incidentId).map(i -> diagnoser.diagnose(i, dataNow().plusMillis(1)));
    }

    @Override public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
