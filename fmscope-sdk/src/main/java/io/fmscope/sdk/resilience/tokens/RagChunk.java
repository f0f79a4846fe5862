package io.fmscope.sdk.resilience.tokens;

/** A retrieved context chunk; a higher {@code relevance} is more relevant (e.g. a vector-search score). */
public record RagChunk(String id, String text, double relevance) {

    public RagChunk {
        id = id == null ? "" : id;
        text = text == null ? "" : text;
        if (Double.isNaN(relevance)) throw new IllegalArgumentException("relevance is NaN for chunk " + id);
    }
}
