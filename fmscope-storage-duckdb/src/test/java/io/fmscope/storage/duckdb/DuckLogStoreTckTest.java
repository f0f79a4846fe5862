package io.fmscope.storage.duckdb;

import io.fmscope.storage.LogStore;
import io.fmscope.storage.tck.CatalogContract;
import io.fmscope.storage.tck.ConcurrencyContract;
import io.fmscope.storage.tck.OrderingContract;
import io.fmscope.storage.tck.ReopenContract;
import io.fmscope.storage.tck.RetentionContract;
import io.fmscope.storage.tck.WriteReadContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB backend passes the whole storage TCK, reopen included. */
class DuckLogStoreTckTest {
    @TempDir Path dir;

    private LogStore fresh() {
        return DuckLogStore.open(dir.resolve("db"));
    }

    @Nested class Catalog extends CatalogContract {
        @Override protected LogStore newStore() {
            return fresh();
        }
    }

    @Nested class WriteRead extends WriteReadContract {
        @Override protected LogStore newStore() {
            return fresh();
        }
    }

    @Nested class Ordering extends OrderingContract {
        @Override protected LogStore newStore() {
            return fresh();
        }
    }

    @Nested class Retention extends RetentionContract {
        @Override protected LogStore newStore() {
            return fresh();
        }
    }

    @Nested class Concurrency extends ConcurrencyContract {
        @Override protected LogStore newStore() {
            return fresh();
        }
    }

    @Nested class Reopen extends ReopenContract {
        @Override protected LogStore newStore() {
            return fresh();
        }

        @Override protected LogStore reopen(LogStore closing) {
            closing.close();
            return fresh();
        }
    }
}
