package io.fmscope.patterns.discovery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.patterns.discovery.GroupState.DiscoveryState;
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
 * Persists the discovery state of each log group as one JSON file, {@code <dir>/<url-encoded group>.discovery.json}:
 * the miner's templates (so template ids, and with them discovered-pattern ids, survive a restart) and the
 * statistics per template. Written to a temporary file and moved into place, so a crash never leaves half a file.
 */
public final class DiscoveryStore {
    private static final ObjectMapper JSON = new ObjectMapper()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String SUFFIX = ".discovery.json";
    private final Path dir;

    public DiscoveryStore(Path dir) {
        this.dir = dir;
    }

    public Path fileFor(String logGroup) {
        return dir.resolve(URLEncoder.encode(logGroup, StandardCharsets.UTF_8) + SUFFIX);
    }

    Optional<DiscoveryState> load(String logGroup) {
        Path f = fileFor(logGroup);
        if (!Files.exists(f)) return Optional.empty();
        try {
            DiscoveryState s = JSON.readValue(f.toFile(), DiscoveryState.class);
            if (s.version() != DiscoveryState.CURRENT) {
                throw new IllegalStateException("unsupported discovery state version " + s.version() + " in " + f);
            }
            if (s.miner() == null || s.templates() == null) throw new IllegalStateException("incomplete discovery state in " + f);
            return Optional.of(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the discovery state of " + logGroup + " from " + f, e);
        }
    }

    void save(DiscoveryState state) {
        Path f = fileFor(state.logGroup());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".discovery", ".tmp");
            JSON.writeValue(tmp.toFile(), state);
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the discovery state of " + state.logGroup() + " to " + f, e);
        }
    }
}
