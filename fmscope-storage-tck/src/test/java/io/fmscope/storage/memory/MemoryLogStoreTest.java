package io.fmscope.storage.memory;

import io.fmscope.storage.LogStore;
import io.fmscope.storage.tck.CatalogContract;
import io.fmscope.storage.tck.ConcurrencyContract;
import io.fmscope.storage.tck.OrderingContract;
import io.fmscope.storage.tck.ReopenContract;
import io.fmscope.storage.tck.RetentionContract;
import io.fmscope.storage.tck.WriteReadContract;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The in-memory reference backend passes the whole storage TCK (it lives here to avoid a module cycle). */
class MemoryLogStoreTest {

    @Nested class Catalog extends CatalogContract {
        @Override protected LogStore newStore() {
            return new MemoryLogStore();
        }
    }

    @Nested class WriteRead extends WriteReadContract {
        @Override protected LogStore newStore() {
            return new MemoryLogStore();
        }
    }

    @Nested class Ordering extends OrderingContract {
        @Override protected LogStore newStore() {
            return new MemoryLogStore();
        }
    }

    @Nested class Retention extends RetentionContract {
        @Override protected LogStore newStore() {
            return new MemoryLogStore();
        }
    }

    @Nested class Concurrency extends ConcurrencyContract {
        @Override protected LogStore newStore() {
            return new MemoryLogStore();
        }
    }

    @Nested class Reopen extends ReopenContract {
        @Override protected LogStore newStore() {
            return new MemoryLogStore();
        }

        @Override protected Map<String, String> optOuts() {
            return Map.of("catalogAndEventsSurviveReopen",
                    "the in-memory store has no location to reopen; its contents live only as long as the object");
        }

        @Override protected LogStore reopen(LogStore closing) {
            throw new UnsupportedOperationException("opted out");
        }
    }
}
