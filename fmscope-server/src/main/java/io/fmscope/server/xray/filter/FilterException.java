package io.fmscope.server.xray.filter;

/** A filter expression that does not parse or type-check, with the 0-based character position. */
public final class FilterException extends RuntimeException {
    private final int position;

    public FilterException(String message, int position) {
        super("Invalid filter expression at position " + position + ": " + message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
