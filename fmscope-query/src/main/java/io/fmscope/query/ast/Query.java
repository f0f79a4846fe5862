package io.fmscope.query.ast;

import java.util.List;

/** A whole query: commands in pipeline order. */
public record Query(List<Command> commands, Span span) {
    public Query {
        commands = List.copyOf(commands);
    }
}
