package io.fmscope.storage;

import java.util.Objects;

/**
 * The one exception every storage backend throws. The {@link Kind} tells the caller what to do about it
 * (retry, back off, report a missing or duplicate resource, or give up), so protocol adapters can map it
 * to their own error shapes without knowing which backend is underneath.
 */
public final class StorageException extends RuntimeException {

    /** What kind of failure this is, from the caller's point of view. */
    public enum Kind {
        /** transient; the same call may succeed if repeated */
        RETRYABLE,
        /** the backend is full or saturated; back off before retrying */
        OVER_CAPACITY,
        /** a named log group or stream does not exist */
        NOT_FOUND,
        /** a log group or stream of that name already exists */
        ALREADY_EXISTS,
        /** the request can never succeed (bad data, corrupt store, closed backend) */
        PERMANENT
    }

    private final Kind kind;

    public StorageException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public StorageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    public static StorageException notFound(String what) {
        return new StorageException(Kind.NOT_FOUND, what + " does not exist");
    }

    public static StorageException alreadyExists(String what) {
        return new StorageException(Kind.ALREADY_EXISTS, what + " already exists");
    }
}
