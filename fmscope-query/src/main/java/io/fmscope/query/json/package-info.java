/**
 * CloudWatch-style field discovery and the fields of an event.
 *
 * <p>{@link io.fmscope.query.json.EventFields} resolves the names a query reads against each event: the system
 * fields ({@link io.fmscope.query.json.SystemFields}: {@code @timestamp @message @logStream @log @ingestionTime @ptr})
 * and, lazily, the discovered JSON fields of {@code @message} ({@link io.fmscope.query.json.FieldExtractor}, the
 * scan hot path, matching keys along a trie of the wanted paths). {@link io.fmscope.query.json.MessageScanner} does
 * the same on a line's UTF-8 bytes in the one parse that also validates the line and finds its time fields;
 * {@link io.fmscope.query.json.EventCursor} is a pass over events with their fields resolved (the engine's scan
 * input). {@link io.fmscope.query.json.JsonFlattener} discovers everything (for record views).
 * {@link io.fmscope.query.json.JsonValues} parses JSON text into map and list values ({@code jsonParse}).
 *
 * <p>Discovery rules (reference section 4), shared by the eager and the lazy path:
 * nested keys join with '.', array elements use their index ({@code items.0.instanceId}); a top-level key starting
 * with '@' gets another '@'; only a message that is a JSON object (after leading whitespace) has JSON fields
 * (optionally the first embedded object, as for Lambda logs); a Lambda START/END/REPORT line has the Lambda fields
 * ({@link io.fmscope.query.json.LambdaFields}); any other message only the system fields; up to 200 scalar leaves
 * per event in document order (JSON nulls and leaves inside arrays count; empty objects and arrays are no field), the
 * rest are not discovered; the first of repeated names wins; leaves before a syntax error are discovered (a
 * truncated line keeps its head). Strings, exact 64-bit integers, doubles and booleans keep their type; integers
 * beyond 64 bits keep their digits as a numeric string; JSON null is an absent field.
 */
package io.fmscope.query.json;
