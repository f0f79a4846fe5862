package io.fmscope.storage;

/**
 * Marker for a piece of an analyzed query plan (a filter, a field list, an aggregation, a sort) offered to
 * a backend. The query module implements it; the SPI stays free of the query language's types.
 */
public interface PlanStep {
}
