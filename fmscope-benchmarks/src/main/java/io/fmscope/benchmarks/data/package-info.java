/**
 * Deterministic seed-shaped log data for benchmarks: {@link io.fmscope.benchmarks.data.SeedRecordGenerator} draws
 * FM_CALL and RAG_RETRIEVAL records as the seed's loggers write them (section 3.1);
 * {@link io.fmscope.benchmarks.data.SeedDataFile} writes them as JSON lines or CloudWatch event envelopes.
 */
package io.fmscope.benchmarks.data;
