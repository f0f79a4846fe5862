package io.fmscope.storage.memory;

import io.fmscope.storage.GroupCatalog;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.StorageException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The group catalog over {@link MemoryState}. */
final class MemoryGroupCatalog implements GroupCatalog {
    private final MemoryState state;

    MemoryGroupCatalog(MemoryState state) {
        this.state = state;
    }

    @Override public LogGroupInfo create(String name, long creationTime) {
        return state.write(() -> {
            if (state.groups.containsKey(name)) {
                throw StorageException.alreadyExists("log group " + name);
            }
            LogGroupInfo info = new LogGroupInfo(name, creationTime, OptionalInt.empty(), 0);
            state.groups.put(name, new MemoryState.Group(info));
            return info;
        });
    }

    @Override public Optional<LogGroupInfo> find(String name) {
        return state.read(() -> Optional.ofNullable(state.groups.get(name)).map(g -> g.info));
    }

    @Override public List<LogGroupInfo> list(String prefix) {
        return state.read(() -> state.groups.tailMap(prefix, true).values().stream()
                .map(g -> g.info).takeWhile(i -> i.name().startsWith(prefix)).toList());
    }

    @Override public void delete(String name) {
        state.write(() -> {
            state.group(name);
            return state.groups.remove(name);
        });
    }

    @Override public void setRetention(String name, OptionalInt retentionInDays) {
        state.write(() -> {
            MemoryState.Group g = state.group(name);
            g.info = new LogGroupInfo(name, g.info.creationTime(), retentionInDays, g.info.storedBytes());
            return g;
        });
    }
}
