package io.fmscope.errors;

import java.util.List;

/** Severity labels used by the seed's patterns. */
public final class Severity {
    public static final String LOW = "LOW";
    public static final String MEDIUM = "MEDIUM";
    public static final String HIGH = "HIGH";
    public static final String CRITICAL = "CRITICAL";
    public static final List<String> ALL = List.of(LOW, MEDIUM, HIGH, CRITICAL);

    private Severity() {}
}
