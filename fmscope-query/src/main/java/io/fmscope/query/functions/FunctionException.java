package io.fmscope.query.functions;

/**
 * A function was called in a way that cannot work (invalid regex, bad date format, percentile out of range) or a
 * guard tripped (regex step budget). The query layer reports it as a query error.
 */
public class FunctionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FunctionException(String message) {
        super(message);
    }

    public FunctionException(String message, Throwable cause) {
        super(message, cause);
    }
}
