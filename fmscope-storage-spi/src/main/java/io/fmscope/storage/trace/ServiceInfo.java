package io.fmscope.storage.trace;

import java.util.Objects;

/**
 * One service as the catalog knows it.
 *
 * @param origin      an origin the service reported (X-Ray node type such as {@code AWS::EC2::Instance}), or null
 * @param spanCount   stored spans recorded by the service (each key once)
 * @param firstSeenNanos earliest span start
 * @param lastSeenNanos  latest span start
 */
public record ServiceInfo(String name, String origin, long spanCount, long firstSeenNanos, long lastSeenNanos) {

    public ServiceInfo {
        Objects.requireNonNull(name, "name");
    }
}
