package io.fmscope.query.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.exec.SplitSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every documented example gives the same result, row order and statistics when its input is read in parts. */
class ParallelDocsExamplesTest {
    @TestFactory
    Stream<DynamicTest> partsOnThreadsChangeNothing() throws Exception {
        Map<String, List<LogEvent>> fixtures = new HashMap<>();
        for (DocsExamplesTest.Example e : DocsExamplesTest.examples())
            if (!fixtures.containsKey(e.fixture()))
                fixtures.put(e.fixture(), DocsExamplesTest.fixture(e.fixture()).open().toList());
        return DocsExamplesTest.examples().stream().map(e -> DynamicTest.dynamicTest(e.query().replace('\n', ' '),
                () -> {
                    List<LogEvent> events = fixtures.get(e.fixture());
                    QueryOptions options = DocsExamplesTest.options(e.fixture());
                    QueryResult one = new QueryEngine().execute(e.query(), new SplitSource(events, 1),
                            options.withParallelism(1));
                    for (int parts : new int[] {2, 7}) {
                        QueryResult split = new QueryEngine().execute(e.query(), new SplitSource(events, parts),
                                options.withParallelism(3));
                        assertThat(split.columns()).isEqualTo(one.columns());
                        assertThat(split.rows()).isEqualTo(one.rows());
                        assertThat(split.truncated()).isEqualTo(one.truncated());
                        assertThat(split.statistics()).isEqualTo(one.statistics());
                    }
                }));
    }
}
