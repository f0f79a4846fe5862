package io.fmscope.query.exec;

/** A valid query that could not finish: cancelled, over its time limit, or a function failed on the data. */
public final class QueryExecutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { CANCELLED, TIMED_OUT, FAILED }

    private final Kind kind;

    public QueryExecutionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
