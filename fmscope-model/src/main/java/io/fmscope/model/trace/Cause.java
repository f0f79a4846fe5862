package io.fmscope.model.trace;

import java.util.List;

/**
 * The X-Ray {@code cause}: either a reference to an exception recorded elsewhere in the trace
 * ({@code exceptionRef}, a 16-hex id) or the exceptions themselves with the working directory and paths.
 */
public record Cause(String workingDirectory, List<String> paths, List<SpanException> exceptions,
                    String exceptionRef) {

    public static final Cause NONE = new Cause(null, List.of(), List.of(), null);

    public Cause {
        paths = paths == null ? List.of() : List.copyOf(paths);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
