package io.fmscope.query.functions;

/** SCALAR functions map argument values to a value per row; AGGREGATE ones fold rows in {@code stats}. */
public enum FunctionKind { SCALAR, AGGREGATE }
