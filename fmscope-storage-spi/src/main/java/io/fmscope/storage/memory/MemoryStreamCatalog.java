package io.fmscope.storage.memory;

import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.StorageException;
import io.fmscope.storage.StreamCatalog;
import java.util.List;
import java.util.Optional;

/** The stream catalog over {@link MemoryState}. */
final class MemoryStreamCatalog implements StreamCatalog {
    private final MemoryState state;

    MemoryStreamCatalog(MemoryState state) {
        this.state = state;
    }

    @Override public LogStreamInfo create(String logGroup, String name, long creationTime) {
        return state.write(() -> {
            MemoryState.Group g = state.group(logGroup);
            if (g.streams.containsKey(name)) {
                throw StorageException.alreadyExists("log stream " + logGroup + "/" + name);
            }
            LogStreamInfo info = LogStreamInfo.empty(logGroup, name, creationTime);
            g.streams.put(name, new MemoryState.Stream(info));
            return info;
        });
    }

    @Override public Optional<LogStreamInfo> find(String logGroup, String name) {
        return state.read(() -> Optional.ofNullable(state.groups.get(logGroup))
                .map(g -> g.streams.get(name)).map(s -> s.info));
    }

    @Override public List<LogStreamInfo> list(String logGroup) {
        return state.read(() -> state.group(logGroup).streams.values().stream().map(s -> s.info).toList());
    }

    @Override public void delete(String logGroup, String name) {
        state.write(() -> {
            MemoryState.Group g = state.group(logGroup);
            MemoryState.Stream s = state.stream(logGroup, name);
            g.streams.remove(name);
            MemoryStats.recount(g);
            return s;
        });
    }
}
