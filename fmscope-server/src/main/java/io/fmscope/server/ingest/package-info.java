/**
 * {@code POST /ingest/jsonl?logGroup=G&logStream=S}: newline-delimited JSON log records (the body the SDK's
 * {@code HttpBatchExporter} sends), stored as log events whose timestamps are the records' own. Lines are
 * checked one by one; bad lines are reported, good ones stored atomically and durably before the 200.
 */
package io.fmscope.server.ingest;
