package io.fmscope.storage.trace.memory;

import io.fmscope.storage.tck.trace.TraceCatalogContract;
import io.fmscope.storage.tck.trace.TraceConcurrencyContract;
import io.fmscope.storage.tck.trace.TraceMergeContract;
import io.fmscope.storage.tck.trace.TraceQueryContract;
import io.fmscope.storage.tck.trace.TraceReopenContract;
import io.fmscope.storage.tck.trace.TraceWriteReadContract;
import io.fmscope.storage.trace.TraceStore;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The in-memory trace backend passes every trace contract (here to avoid a module cycle). */
class MemoryTraceStoreTest {

    @Nested class WriteRead extends TraceWriteReadContract {
        @Override protected TraceStore newStore() {
            return new MemoryTraceStore();
        }
    }

    @Nested class Merge extends TraceMergeContract {
        @Override protected TraceStore newStore() {
            return new MemoryTraceStore();
        }
    }

    @Nested class Query extends TraceQueryContract {
        @Override protected TraceStore newStore() {
            return new MemoryTraceStore();
        }
    }

    @Nested class Catalog extends TraceCatalogContract {
        @Override protected TraceStore newStore() {
            return new MemoryTraceStore();
        }
    }

    @Nested class Concurrency extends TraceConcurrencyContract {
        @Override protected TraceStore newStore() {
            return new MemoryTraceStore();
        }
    }

    @Nested class Reopen extends TraceReopenContract {
        @Override protected TraceStore newStore() {
            return new MemoryTraceStore();
        }

        @Override protected Map<String, String> optOuts() {
            return Map.of("spansSurviveReopen", "the in-memory store has no location to reopen");
        }

        @Override protected TraceStore reopen(TraceStore closing) {
            throw new UnsupportedOperationException("opted out");
        }
    }
}
