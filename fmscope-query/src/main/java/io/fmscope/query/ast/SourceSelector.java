package io.fmscope.query.ast;

import java.util.List;

/** One log-group selector of a {@code SOURCE} command. */
public sealed interface SourceSelector {
    Span span();

    /** {@code SOURCE '/log/group'}. */
    record GroupName(String name, Span span) implements SourceSelector {}

    /** {@code SOURCE logGroups(namePrefix: [...], class: "STANDARD", ...)}. */
    record LogGroups(List<NamedArg> args, Span span) implements SourceSelector {
        public LogGroups {
            args = List.copyOf(args);
        }
    }

    /** {@code name: value} inside {@code logGroups(...)}. */
    record NamedArg(String name, Expr value, Span span) {}
}
