package io.fmscope.storage.duckdb;

import java.util.Map;

/**
 * Discovers the fields of one log message the way Logs Insights does (nested keys joined with '.', array
 * elements as numeric segments, at most 200 fields, '@'-prefixed keys get an extra '@'). Values are
 * {@link Long}, {@link Double}, {@link Boolean} or {@link String}; JSON nulls and non-JSON messages yield no
 * field. The map iterates in document order.
 */
@FunctionalInterface
public interface FieldDiscovery {

    Map<String, Object> fields(String message);
}
