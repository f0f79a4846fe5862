package io.fmscope.server.xray.graph;

/**
 * A service-map node: (name, type). Type is the X-Ray origin for services that send segments (null when
 * they name none), {@code AWS::...} or {@code remote} for inferred nodes, {@code client} for callers.
 */
public record NodeKey(String name, String type) {
    public static final String CLIENT = "client";
    public static final String REMOTE = "remote";

    public boolean isClient() {
        return CLIENT.equals(type);
    }
}
