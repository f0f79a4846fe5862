package io.fmscope.storage;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Log groups: create, look up, list, delete, set retention. */
public interface GroupCatalog {

    /** Creates a group; {@link StorageException.Kind#ALREADY_EXISTS} if the name is taken. */
    LogGroupInfo create(String name, long creationTime);

    Optional<LogGroupInfo> find(String name);

    /** Groups whose name starts with {@code prefix} ("" for all), sorted by name (ASCII order). */
    List<LogGroupInfo> list(String prefix);

    /** Deletes a group with all its streams and events; {@link StorageException.Kind#NOT_FOUND} if absent. */
    void delete(String name);

    /** Sets (or with an empty value removes) the group's retention; NOT_FOUND if the group is absent. */
    void setRetention(String name, OptionalInt retentionInDays);
}
