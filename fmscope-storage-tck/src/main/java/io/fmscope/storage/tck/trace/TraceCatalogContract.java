package io.fmscope.storage.tck.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.ServiceInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service catalog follows the stored spans. */
public abstract class TraceCatalogContract extends TraceStoreContract {

    @Test public void servicesAreListedByNameWithCountsAndTimes() {
        TraceId t1 = newTraceId();
        Span api = root(t1, "api", T0, 10).toBuilder().origin("AWS::EC2::Instance").build();
        Span db = child(api, "DynamoDB", 1, 2);
        TraceId t2 = newTraceId();
        Span worker = root(t2, "worker", T0 + 50 * MS, 10);
        Span anon = child(worker, "x", 1, 1).toBuilder().service("").build();
        store.writer().write(List.of(api, db, worker, anon));
        store.writer().write(List.of(api));
        assertThat(store.services().list()).extracting(ServiceInfo::name).containsExactly("api", "worker");
        ServiceInfo info = store.services().find("api").orElseThrow();
        assertThat(info.spanCount()).isEqualTo(2);
        assertThat(info.origin()).isEqualTo("AWS::EC2::Instance");
        assertThat(info.firstSeenNanos()).isEqualTo(T0);
        assertThat(info.lastSeenNanos()).isEqualTo(T0 + MS);
        assertThat(store.services().find("nobody")).isEmpty();
    }

    @Test public void emptyStoreHasNoServices() {
        assertThat(store.services().list()).isEmpty();
    }
}
