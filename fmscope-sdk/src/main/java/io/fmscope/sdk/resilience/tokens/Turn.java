package io.fmscope.sdk.resilience.tokens;

import java.util.Objects;

/** One conversation turn. History lists are ordered oldest first. */
public record Turn(Role role, String text) {

    public enum Role { USER, ASSISTANT }

    public Turn {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
    }

    public static Turn user(String text) {
        return new Turn(Role.USER, text);
    }

    public static Turn assistant(String text) {
        return new Turn(Role.ASSISTANT, text);
    }
}
