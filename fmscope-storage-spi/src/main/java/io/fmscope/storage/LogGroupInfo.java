package io.fmscope.storage;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A log group as the catalog knows it: an immutable snapshot.
 *
 * @param name            the group name
 * @param creationTime    epoch milliseconds
 * @param retentionInDays days after which events expire; empty means never
 * @param storedBytes     UTF-8 bytes of the messages currently stored in the group
 */
public record LogGroupInfo(String name, long creationTime, OptionalInt retentionInDays, long storedBytes) {
    public LogGroupInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(retentionInDays, "retentionInDays");
    }
}
