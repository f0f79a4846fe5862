package io.fmscope.query.value;

/** The runtime kinds a {@link Value} can have. */
public enum ValueType { NULL, BOOLEAN, LONG, DOUBLE, STRING, TIMESTAMP, LIST, MAP }
