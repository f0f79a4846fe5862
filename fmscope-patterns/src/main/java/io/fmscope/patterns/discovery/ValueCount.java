package io.fmscope.patterns.discovery;

/** A value (model id, session id, service, error code) and how many errors of a pattern carried it. */
public record ValueCount(String value, long count) {
}
