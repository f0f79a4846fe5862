package io.fmscope.storage.duckdb.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.exec.QueryExecutionException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every runnable query of the corpus ({@link QueryCorpus}) returns the same rows from the in-memory backend (the
 * reference operators alone) and from DuckDB (with whatever it pushes down), over {@link CorpusFixture}. The
 * seed's queries must also be pushed down whole: that is what makes them fast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusDifferentialTest {
    private TwoStores stores;

    @BeforeAll void load(@TempDir Path dir) {
        stores = new TwoStores(dir, CorpusFixture.events(3000, 7));
    }

    @AfterAll void close() {
        stores.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusQueryReturnsTheSameRows() throws Exception {
        Map<String, String> corpus = QueryCorpus.load();
        assertThat(corpus.keySet()).filteredOn(k -> k.startsWith("seed 3.2")).hasSize(8);
        assertThat(corpus.keySet()).filteredOn(k -> k.startsWith("seed 7")).hasSize(7);
        assertThat(corpus.keySet()).filteredOn(k -> k.startsWith("conformance")).hasSizeGreaterThan(60);
        assertThat(corpus.keySet()).filteredOn(k -> k.startsWith("docs")).hasSizeGreaterThan(20);
        return corpus.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            TwoStores.Pair p;
            try {
                p = stores.run(e.getValue());
            } catch (QueryExecutionException x) {
                // a query that fails on this data (e.g. a function rejecting a value) must fail on both
                assertThat(x.kind()).isEqualTo(QueryExecutionException.Kind.FAILED);
                return;
            }
            assertThat(p.reference().plan()).isEqualTo("reference");
            assertThat(SameResult.difference(e.getValue(), p.reference(), p.duck())).as(e.getValue()).isNull();
        }));
    }

    @Test void theSeedQueriesArePushedDownWholeAndMuchOfTheRestInPart() throws Exception {
        int pushed = 0;
        int all = 0;
        for (var e : QueryCorpus.load().entrySet()) {
            String plan;
            try {
                plan = stores.run(stores.duck, io.fmscope.query.analyzer.Analyzer.standard().analyze(e.getValue()))
                        .plan();
            } catch (QueryExecutionException x) {
                continue;
            }
            if (e.getKey().startsWith("seed")) {
                assertThat(plan).as(e.getKey()).startsWith("rows: ");
            }
            all++;
            pushed += plan.equals("reference") ? 0 : 1;
        }
        assertThat(pushed).as("queries with at least one step pushed down, of " + all).isGreaterThan(all / 3);
    }
}
