package io.fmscope.sdk.log;

/**
 * A snapshot of a logger's counters; internal failures are counted here instead of being thrown
 * into the application.
 *
 * @param recordsLogged records built and handed to the sinks
 * @param recordsRepaired records that carried at least one {@code data_quality} flag
 * @param sinkFailures times a sink threw while accepting a record
 * @param hookFailures times a cost model or error enricher threw (or returned null)
 * @param internalErrors times the logger itself failed while building or writing a record
 */
public record LoggerStats(
    long recordsLogged,
    long recordsRepaired,
    long sinkFailures,
    long hookFailures,
    long internalErrors) {}
