package io.fmscope.patterns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Persists one miner snapshot per log group as a JSON file ({@code <dir>/<url-encoded group>.json}),
 * written to a temporary file and moved into place so a crash never leaves half a file.
 */
public final class TemplateStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path dir;

    public TemplateStore(Path dir) {
        this.dir = dir;
    }

    public Path fileFor(String logGroup) {
        return dir.resolve(URLEncoder.encode(logGroup, StandardCharsets.UTF_8) + ".json");
    }

    public Optional<MinerSnapshot> load(String logGroup) {
        Path f = fileFor(logGroup);
        if (!Files.exists(f)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(f.toFile(), MinerSnapshot.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates of " + logGroup + " from " + f, e);
        }
    }

    public void save(String logGroup, MinerSnapshot snapshot) {
        Path f = fileFor(logGroup);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".templates", ".tmp");
            JSON.writeValue(tmp.toFile(), snapshot);
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write templates of " + logGroup + " to " + f, e);
        }
    }

    /** The miner for a log group: restored from its file if there is one, else empty. */
    public TemplateMiner open(String logGroup, MinerConfig config) {
        return load(logGroup).map(s -> TemplateMiner.restore(config, s)).orElseGet(() -> new TemplateMiner(config));
    }
}
