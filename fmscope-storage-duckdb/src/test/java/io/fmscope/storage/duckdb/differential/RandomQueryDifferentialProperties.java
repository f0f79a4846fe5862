package io.fmscope.storage.duckdb.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.QueryException;
import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.exec.QueryExecutionException;
import io.fmscope.query.pushdown.PushdownExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Generated queries ({@link RandomQueries}) over generated events ({@link RandomFixture}): every one returns the
 * same rows from the in-memory backend and from DuckDB, or fails the same way on both. 20 fixtures of 60 queries:
 * 1,200 queries per run; the container checks at least 1,000 ran and a good share was pushed down.
 */
class RandomQueryDifferentialProperties {
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger PUSHED = new AtomicInteger();

    @Property(tries = 20)
    void generatedQueriesReturnTheSameRows(@ForAll("seeds") long seed, @ForAll("batches") List<String> queries) {
        Path dir = tempDir();
        try (TwoStores stores = new TwoStores(dir, RandomFixture.events(seed, 120 + (int) Math.floorMod(seed, 200L)))) {
            for (String q : queries) {
                AnalyzedQuery analyzed;
                try {
                    analyzed = Analyzer.standard().analyze(q);
                } catch (QueryException e) {
                    throw new AssertionError("the generator wrote a query the analyzer rejects: " + q, e);
                }
                check(stores, q, analyzed);
            }
        } finally {
            delete(dir);
        }
    }

    private static void check(TwoStores stores, String q, AnalyzedQuery analyzed) {
        PushdownExecutor.Result ref;
        try {
            ref = stores.run(stores.memory, analyzed);
        } catch (QueryExecutionException e) {
            assertThat(e.kind()).isEqualTo(QueryExecutionException.Kind.FAILED);
            QueryExecutionException duck = org.assertj.core.api.Assertions.catchThrowableOfType(
                    QueryExecutionException.class, () -> stores.run(stores.duck, analyzed));
            assertThat(duck).as("DuckDB must fail like the reference on: " + q).isNotNull();
            assertThat(duck.getMessage()).isEqualTo(e.getMessage());
            RUN.incrementAndGet();
            return;
        }
        PushdownExecutor.Result duck = stores.run(stores.duck, analyzed);
        assertThat(SameResult.difference(q, ref, duck)).as(q + "\n(DuckDB ran it as " + duck.plan() + ")").isNull();
        RUN.incrementAndGet();
        if (!duck.plan().equals("reference")) {
            PUSHED.incrementAndGet();
        }
    }

    @AfterContainer
    static void enoughQueriesRan() {
        assertThat(RUN.get()).as("generated queries compared").isGreaterThanOrEqualTo(1000);
        assertThat(PUSHED.get()).as("of which something was pushed down").isGreaterThan(RUN.get() / 3);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    @Provide
    Arbitrary<List<String>> batches() {
        return RandomQueries.queries().list().ofSize(60);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("differential");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
