package io.fmscope.server.logs;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.input.LogFiles;
import io.fmscope.query.input.ReadOptions;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the JSON-lines files of {@code <data-dir>/import/} ({@code *.jsonl}, {@code *.jsonl.gz}) into the store
 * when the server starts, before it accepts requests. The file name, without its extension and URL-decoded, is
 * the log group ({@code %2Fmanga-assist.jsonl.gz} goes to {@code /manga-assist}); the stream is the one each event
 * names, else the file name. Events are read as {@code fmscope ingest} and {@code fmscope query} read them.
 *
 * <p>Each file is imported once: {@link ImportLedger} ({@code .imported.json} beside the files) records how many
 * of its events are stored, in 10,000-event batches, so an interrupted import resumes where it stopped and a
 * finished file is skipped. A store that keeps nothing across restarts (memory) imports every time.
 */
public final class ImportDirectory {
    static final int BATCH = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ImportDirectory.class);

    private final Path dir;
    private final LogStore store;
    private final Clock clock;
    private final ImportLedger ledger;
    private final EventIds ids = new EventIds();

    /** What an import run did. */
    public record Outcome(int filesImported, long eventsImported) {
    }

    public ImportDirectory(Path dir, LogStore store, Clock clock, boolean durable) {
        this.dir = dir;
        this.store = store;
        this.clock = clock;
        this.ledger = durable ? ImportLedger.load(dir.resolve(ImportLedger.FILE)) : ImportLedger.inMemory();
    }

    /** Imports every file not yet fully imported; a file that cannot be imported is logged and skipped. */
    public Outcome run() {
        if (!Files.isDirectory(dir)) {
            return new Outcome(0, 0);
        }
        int files = 0;
        long events = 0;
        for (Path f : files()) {
            String group = group(f.getFileName().toString());
            try {
                long n = importFile(f, group);
                if (n > 0) {
                    files++;
                    events += n;
                    LOG.info("imported {} events from {} into log group {}", n, f.getFileName(), group);
                }
            } catch (RuntimeException e) {
                LOG.warn("import of {} into {} stopped: {}", f.getFileName(), group, e.getMessage());
            }
        }
        return new Outcome(files, events);
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> group(p.getFileName().toString()) != null)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log group a file name stands for, or null when the name is not {@code *.jsonl[.gz]}. */
    static String group(String fileName) {
        String stem = fileName.endsWith(".jsonl.gz") ? fileName.substring(0, fileName.length() - 9)
                : fileName.endsWith(".jsonl") ? fileName.substring(0, fileName.length() - 6) : null;
        if (stem == null || stem.isEmpty() || fileName.startsWith(".")) {
            return null;
        }
        return URLDecoder.decode(stem, StandardCharsets.UTF_8);
    }

    private long importFile(Path file, String group) {
        String name = file.getFileName().toString();
        ImportLedger.Entry entry = ledger.resolve(name, store, group);
        if (entry.complete()) {
            return 0;
        }
        Names.group("logGroupName", group);
        if (store.groups().find(group).isEmpty()) {
            store.groups().create(group, clock.millis());
        }
        long done = entry.done();
        long read = 0;
        List<LogEvent> batch = new ArrayList<>(BATCH);
        try (LogFiles events = LogFiles.open(List.of(file), ReadOptions.DEFAULT.withNames(group, null))) {
            while (events.hasNext()) {
                LogEvent e = events.next();
                if (read++ < done) {
                    continue; // stored by an earlier, interrupted run
                }
                batch.add(e);
                if (batch.size() == BATCH) {
                    done = store(name, group, batch, done);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            done = store(name, group, batch, done);
        }
        ledger.save(name, new ImportLedger.Entry(done, true, null));
        return done - entry.done();
    }

    /** Stores one batch, recording it as pending first, so a crash between the two is resolved on restart. */
    private long store(String file, String group, List<LogEvent> read, long done) {
        long now = clock.millis();
        String prefix = ids.request(now);
        List<LogEvent> batch = new ArrayList<>(read.size());
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            LogEvent e = read.get(i);
            if (!expected.containsKey(e.logStream())) {
                long token = store.streams().find(group, e.logStream())
                        .orElseGet(() -> create(group, e.logStream(), now)).uploadSequenceToken();
                expected.put(e.logStream(), token + 1);
            }
            batch.add(new LogEvent(e.timestamp(), now, e.message(), e.logStream(), group, EventIds.id(prefix, i)));
        }
        ledger.save(file, new ImportLedger.Entry(done, false, new ImportLedger.Pending(done + read.size(), expected)));
        store.writer().append(batch);
        long next = done + read.size();
        ledger.save(file, new ImportLedger.Entry(next, false, null));
        return next;
    }

    private io.fmscope.storage.LogStreamInfo create(String group, String stream, long now) {
        try {
            return store.streams().create(group, stream, now);
        } catch (StorageException e) {
            if (e.kind() == StorageException.Kind.ALREADY_EXISTS) {
                return store.streams().find(group, stream).orElseThrow();
            }
            throw e;
        }
    }
}
