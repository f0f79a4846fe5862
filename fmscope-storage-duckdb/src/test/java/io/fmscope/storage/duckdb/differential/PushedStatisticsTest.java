package io.fmscope.storage.duckdb.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statistics of a pushed-down query (records scanned and matched) equal the reference's: a stats query
 * counts its matched events from its own rows when every group came back, and counts them apart when a limit
 * cut groups off, and event and fields scans count them beside the query.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushedStatisticsTest {
    private TwoStores stores;

    @BeforeAll void load(@TempDir Path dir) {
        stores = new TwoStores(dir, RandomFixture.events(99, 400));
    }

    @AfterAll void close() {
        stores.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "filter n > 3 | stats count(*) as c, avg(d) as a by bin(5m)",
        "filter n > 3 | stats count(*) as c by s | sort c desc | limit 2",
        "filter n > 3 | stats count(*) as c by s | limit 1",
        "filter s = \"a\" or n < 2 | stats sum(n) as t",
        "filter missing = 1 | stats count(*) as c by s",
        "stats count(*) as c by bin(1h)",
        "filter n > 3 | fields s, n | sort n desc | limit 5",
        "filter n > 3 | fields @timestamp, s"})
    void matchedAndScannedAreTheReferences(String query) {
        TwoStores.Pair p = stores.run(query);
        assertThat(p.duck().plan()).as(query).startsWith("rows");
        assertThat(p.duck().statistics().recordsMatched()).as(query + ": matched")
                .isEqualTo(p.reference().statistics().recordsMatched());
        assertThat(p.duck().statistics().recordsScanned()).as(query + ": scanned")
                .isEqualTo(p.reference().statistics().recordsScanned());
        assertThat(p.reference().statistics().recordsScanned()).isEqualTo(400);
    }
}
