package io.fmscope.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.ScanBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Base of every contract class. A backend's test class extends a contract and supplies a fresh, empty
 * store per test. A backend may skip a case only by naming it in {@link #optOuts()} with a reason.
 */
public abstract class StoreContract {
    /** A fixed "now" so retention and time-range cases do not depend on the clock. */
    protected static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    private final AtomicLong ids = new AtomicLong();
    protected LogStore store;

    /** A new, empty store; called before every test. */
    protected abstract LogStore newStore() throws Exception;

    /** Case name (the test method's name) to the reason this backend cannot honour it. */
    protected Map<String, String> optOuts() {
        return Map.of();
    }

    @BeforeEach void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test public void everyOptOutHasAReason() {
        optOuts().forEach((name, reason) -> assertThat(reason).as("reason for opting out of " + name).isNotBlank());
    }

    /** Skips the calling case if the backend opted out of it (with its reason shown). */
    protected void caseSupported(String caseName) {
        String reason = optOuts().get(caseName);
        Assumptions.assumeTrue(reason == null, () -> "opted out: " + reason);
    }

    /** An event with a fresh, increasing id and ingestion time equal to its timestamp. */
    protected LogEvent event(String group, String stream, long timestamp, String message) {
        return new LogEvent(timestamp, timestamp, message, stream, group,
                String.format("%020d", ids.incrementAndGet()));
    }

    protected void createStream(String group, String stream) {
        if (store.groups().find(group).isEmpty()) {
            store.groups().create(group, T0);
        }
        store.streams().create(group, stream, T0);
    }

    /** Every event the scan returns, in order; the scan is closed. */
    protected List<LogEvent> scan(UnaryOperator<ScanBuilder> spec) {
        List<LogEvent> out = new ArrayList<>();
        try (EventScan s = spec.apply(store.reader().scan()).open()) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    protected List<LogEvent> scanGroup(String group) {
        return scan(b -> b.logGroups(List.of(group)));
    }
}
