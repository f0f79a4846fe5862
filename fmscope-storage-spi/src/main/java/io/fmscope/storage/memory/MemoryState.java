package io.fmscope.storage.memory;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.StorageException;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The whole in-memory store: groups, their streams, their events, guarded by one lock. */
final class MemoryState {
    final ReadWriteLock lock = new ReentrantReadWriteLock();
    final NavigableMap<String, Group> groups = new TreeMap<>();
    boolean closed;

    /** One group: catalog snapshot plus its streams. */
    static final class Group {
        LogGroupInfo info;
        final NavigableMap<String, Stream> streams = new TreeMap<>();

        Group(LogGroupInfo info) {
            this.info = info;
        }
    }

    /** One stream: catalog snapshot plus its events in store order. */
    static final class Stream {
        LogStreamInfo info;
        final NavigableMap<EventCursor, LogEvent> events = new TreeMap<>();

        Stream(LogStreamInfo info) {
            this.info = info;
        }
    }

    void checkOpen() {
        if (closed) {
            throw new StorageException(StorageException.Kind.PERMANENT, "the in-memory store is closed");
        }
    }

    <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            checkOpen();
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> body) {
        lock.writeLock().lock();
        try {
            checkOpen();
            return body.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    Group group(String name) {
        Group g = groups.get(name);
        if (g == null) {
            throw StorageException.notFound("log group " + name);
        }
        return g;
    }

    Stream stream(String group, String name) {
        Stream s = group(group).streams.get(name);
        if (s == null) {
            throw StorageException.notFound("log stream " + group + "/" + name);
        }
        return s;
    }
}
