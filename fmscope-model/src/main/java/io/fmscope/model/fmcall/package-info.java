/**
 * Immutable records for the three structured log types an FM application emits: {@link
 * io.fmscope.model.fmcall.FmCallRecord} ({@code FM_CALL}), {@link
 * io.fmscope.model.fmcall.RagRetrievalRecord} ({@code RAG_RETRIEVAL}) and {@link
 * io.fmscope.model.fmcall.SessionEventRecord} ({@code SESSION_EVENT}).
 *
 * <p>Field names and meanings follow the seed's {@code StructuredFMLogger} (section 3.1); the JSON
 * names are documented on each component. Extensions beyond the seed live in extra fields so the
 * seed's Logs Insights queries run unchanged. Records never throw: null collections become empty
 * and a null status becomes {@code SUCCESS}. Validation of absurd values (negative tokens, NaN
 * latencies) is the logger's job, which records what it changed in {@code data_quality}.
 */
package io.fmscope.model.fmcall;
