/**
 * Reading log files into {@link io.fmscope.model.log.LogEvent}s for {@code fmscope query --file}.
 *
 * <p>Entry points: {@link io.fmscope.query.input.LogFileReader#open(java.nio.file.Path, ReadOptions)} for one file,
 * {@link io.fmscope.query.input.LogFiles#open(java.util.List, ReadOptions)} for several; both are iterators with a
 * {@code stream()} view and {@link io.fmscope.query.input.ReadCounts counters} for the CLI summary.
 * {@link io.fmscope.query.input.LogFileReader#scan(io.fmscope.query.json.EventFields)} is the query hot path: for a
 * file of JSON messages each line is parsed once, as UTF-8 bytes ({@link io.fmscope.query.json.MessageScanner}),
 * for its validity, its time and the fields the query reads, and no event object is built. Lines are handed out in
 * place from the read buffer, and plain-ASCII lines (checked eight bytes at a time while looking for the line end)
 * skip the UTF-8 check.
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>Compression</b>: gzip is recognised by its magic bytes {@code 1f 8b}, whatever the file name; concatenated
 *   gzip members are read through.</li>
 *   <li><b>Format</b> ({@link io.fmscope.query.input.InputFormat}): detected per file from its first 64 KB unless
 *   forced. An AWS CLI response ({@code aws logs filter-log-events / get-log-events} output, {@code {"events":[...]}},
 *   pretty-printed or not) is streamed element by element. Otherwise up to 20 non-blank lines vote: event envelopes
 *   ({@code {"timestamp": ms, "message": "..."}}) make CLOUDWATCH_EVENTS, lines starting with '{' JSON_MESSAGES,
 *   anything else TEXT.</li>
 *   <li><b>Envelope fields</b>: {@code timestamp} (epoch ms; ISO strings and other epoch units are also read),
 *   {@code message} (a non-string message is kept as its JSON text), {@code ingestionTime} (default: the timestamp),
 *   {@code logStreamName} or {@code logStream}, {@code logGroupName} or {@code logGroup}, {@code eventId} (the
 *   {@code @ptr}; default {@code file:line}).</li>
 *   <li><b>Time of a JSON message</b>: the first of {@link io.fmscope.query.input.ReadOptions#DEFAULT_TIMESTAMP_FIELDS}
 *   ({@code @timestamp, timestamp, metadata.timestamp_epoch_ms, metadata.timestamp_iso, timestamp_epoch_ms,
 *   timestamp_iso, time, ts, date}; raw key paths along object keys, not into arrays, configurable; a key with
 *   dots counts as the nested keys, {@code {"metadata.timestamp_epoch_ms": 1}} as {@code {"metadata":
 *   {"timestamp_epoch_ms": 1}}}, as in discovered field names) whose first occurrence is present and reads as a time. Numbers are
 *   epoch seconds below 1e11, milliseconds below 1e14, microseconds below 1e17, else nanoseconds; strings are such
 *   numbers or ISO-8601 (no zone = UTC). Without one the event gets the fallback time and is counted
 *   {@code noTimestamp}.</li>
 *   <li><b>Time of a text line</b>: plain text has no reliable time, so every line of a file gets the same
 *   {@code @timestamp}: the fallback time, by default the file's last-modified time (its ingest time). File order is
 *   kept in the stream order and in the event ids ({@code file:line}).</li>
 *   <li><b>Bad lines</b> never throw: lines that are not UTF-8 or contain NUL bytes are counted {@code binary}; lines
 *   that are not valid in the file's format (broken JSON, an envelope without timestamp or message) {@code broken};
 *   blank lines {@code blank}; all are skipped. A line over {@code maxLineBytes} (default 1 MB, CloudWatch's event
 *   limit) is counted {@code oversized} and skipped, or cut at a character boundary with
 *   {@link io.fmscope.query.input.OversizePolicy#TRUNCATE}; only the first maxLineBytes of a line are ever held.</li>
 *   <li><b>Time range</b>: {@code [startMillis, endMillis]}, both inclusive, applied before an event is built;
 *   skipped events are counted {@code outOfRange}.</li>
 * </ul>
 */
package io.fmscope.query.input;
