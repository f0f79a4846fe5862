package io.fmscope.server.xray.filter;

/** A parsed filter expression. */
public sealed interface Filter {

    record And(Filter left, Filter right) implements Filter {
    }

    record Or(Filter left, Filter right) implements Filter {
    }

    record Not(Filter inner) implements Filter {
    }

    /**
     * {@code keyword [op value]}; a bare keyword has a null operator (boolean true, or "is set" for
     * annotations). {@code value} is a String, a Double or a Boolean.
     */
    record Compare(String keyword, String op, Object value, int position) implements Filter {
    }

    /** {@code service(["name" | id(name: ..., type: ...)]) [{ body }]}; null name/type match any. */
    record Service(String name, String type, Filter body) implements Filter {
    }

    /** Matches everything (the empty expression). */
    record All() implements Filter {
    }
}
