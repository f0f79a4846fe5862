package io.fmscope.query.input;

/** What happens to a line (or event message) longer than {@link ReadOptions#maxLineBytes()}. Both are counted. */
public enum OversizePolicy {
    /** Drop the line, as PutLogEvents rejects an event over 1 MB. */
    SKIP,
    /** Keep its first maxLineBytes bytes (cut at a character boundary). JSON lines cut this way are then broken. */
    TRUNCATE
}
