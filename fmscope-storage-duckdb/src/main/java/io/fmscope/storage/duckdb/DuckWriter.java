package io.fmscope.storage.duckdb;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.LogWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends batches: field discovery first, on the caller's thread (concurrent callers parse JSON in parallel),
 * then the write itself through a {@link GroupCommit}, so batches that arrive together share one DuckDB
 * transaction (see {@link GroupAppend}). Each call still returns only after its batch is committed, and a batch
 * is still stored entirely or not at all.
 */
final class DuckWriter implements LogWriter {
    /** Most events written in one transaction when many batches wait. */
    static final int MAX_GROUP_EVENTS = 50_000;

    private final DuckState state;
    private final GroupCommit<GroupAppend.Batch> commits;

    DuckWriter(DuckState state) {
        this.state = state;
        GroupAppend append = new GroupAppend(state);
        this.commits = new GroupCommit<>(b -> b.events().size(), MAX_GROUP_EVENTS, append::write);
    }

    @Override public void append(List<LogEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> messages = new ArrayList<>(batch.size());
        int[] bytes = new int[batch.size()];
        for (int i = 0; i < bytes.length; i++) {
            String m = batch.get(i).message();
            messages.add(m);
            bytes[i] = m.getBytes(StandardCharsets.UTF_8).length; // an intrinsic: faster than counting
        }
        commits.submit(new GroupAppend.Batch(List.copyOf(batch), state.discovery.discover(messages), bytes));
    }
}
