package io.fmscope.storage;

import java.util.List;
import java.util.Optional;

/** Log streams of a group: create, look up, list, delete. */
public interface StreamCatalog {

    /** Creates a stream; NOT_FOUND if the group is absent, ALREADY_EXISTS if the stream exists. */
    LogStreamInfo create(String logGroup, String name, long creationTime);

    Optional<LogStreamInfo> find(String logGroup, String name);

    /** Every stream of the group sorted by name (ASCII order); NOT_FOUND if the group is absent. */
    List<LogStreamInfo> list(String logGroup);

    /** Deletes a stream and its events; NOT_FOUND if the group or stream is absent. */
    void delete(String logGroup, String name);
}
