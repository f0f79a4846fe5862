package io.fmscope.server.logs;

import com.fasterxml.jackson.core.type.TypeReference;
import io.fmscope.server.api.Json;
import io.fmscope.storage.LogStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link ImportDirectory} has stored of each file: {@code .imported.json}, rewritten atomically after every
 * batch. Before a batch is stored it is recorded as pending with the upload sequence token each of its streams
 * will have once it is committed; if the process dies between the two writes, the next start compares those
 * tokens with the store's (nothing else writes during the import) to know whether the batch made it.
 */
final class ImportLedger {
    static final String FILE = ".imported.json";

    /** A batch written to the store but not yet recorded as done. */
    record Pending(long until, Map<String, Long> expectedTokens) {
    }

    /** Events of a file stored so far, whether the file is finished, and a batch in flight. */
    record Entry(long done, boolean complete, Pending pending) {
        static final Entry NEW = new Entry(0, false, null);
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private ImportLedger(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    static ImportLedger load(Path file) {
        if (!Files.exists(file)) {
            return new ImportLedger(file, new LinkedHashMap<>());
        }
        try {
            Map<String, Entry> read = Json.MAPPER.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Entry>>() {
            });
            return new ImportLedger(file, read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import ledger " + file, e);
        }
    }

    /** A ledger that is not kept (a store that forgets everything on restart imports everything again). */
    static ImportLedger inMemory() {
        return new ImportLedger(null, new LinkedHashMap<>());
    }

    /** The file's entry with an interrupted batch settled against the store. */
    Entry resolve(String name, LogStore store, String group) {
        Entry e = entries.getOrDefault(name, Entry.NEW);
        if (e.pending() == null) {
            return e;
        }
        boolean committed = e.pending().expectedTokens().entrySet().stream().allMatch(t -> store.streams()
                .find(group, t.getKey()).map(s -> s.uploadSequenceToken() >= t.getValue()).orElse(false));
        Entry settled = new Entry(committed ? e.pending().until() : e.done(), false, null);
        save(name, settled);
        return settled;
    }

    void save(String name, Entry entry) {
        entries.put(name, entry);
        if (file == null) {
            return;
        }
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, Json.MAPPER.writeValueAsBytes(entries));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import ledger " + file, e);
        }
    }
}
