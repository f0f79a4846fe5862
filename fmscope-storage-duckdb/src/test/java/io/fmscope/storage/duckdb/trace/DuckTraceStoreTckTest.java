package io.fmscope.storage.duckdb.trace;

import io.fmscope.storage.tck.trace.TraceCatalogContract;
import io.fmscope.storage.tck.trace.TraceConcurrencyContract;
import io.fmscope.storage.tck.trace.TraceMergeContract;
import io.fmscope.storage.tck.trace.TraceQueryContract;
import io.fmscope.storage.tck.trace.TraceReopenContract;
import io.fmscope.storage.tck.trace.TraceWriteReadContract;
import io.fmscope.storage.trace.TraceStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB trace backend passes every trace contract, reopen included. */
class DuckTraceStoreTckTest {
    @TempDir Path dir;

    private TraceStore fresh() {
        return DuckTraceStore.open(dir.resolve("db"));
    }

    @Nested class WriteRead extends TraceWriteReadContract {
        @Override protected TraceStore newStore() {
            return fresh();
        }
    }

    @Nested class Merge extends TraceMergeContract {
        @Override protected TraceStore newStore() {
            return fresh();
        }
    }

    @Nested class Query extends TraceQueryContract {
        @Override protected TraceStore newStore() {
            return fresh();
        }
    }

    @Nested class Catalog extends TraceCatalogContract {
        @Override protected TraceStore newStore() {
            return fresh();
        }
    }

    @Nested class Concurrency extends TraceConcurrencyContract {
        @Override protected TraceStore newStore() {
            return fresh();
        }
    }

    @Nested class Reopen extends TraceReopenContract {
        @Override protected TraceStore newStore() {
            return fresh();
        }

        @Override protected TraceStore reopen(TraceStore closing) {
            closing.close();
            return fresh();
        }
    }
}
