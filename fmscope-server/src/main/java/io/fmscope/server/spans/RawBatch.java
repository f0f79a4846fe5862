package io.fmscope.server.spans;

/**
 * A request body exactly as decoded spans came from, kept so a journal can store the bytes instead of
 * re-encoding every span (decoding them again on replay is deterministic).
 */
public record RawBatch(Format format, byte[] bytes) {
    public enum Format { OTLP_PROTOBUF, OTLP_JSON }
}
