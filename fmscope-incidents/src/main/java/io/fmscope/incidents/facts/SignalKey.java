package io.fmscope.incidents.facts;

import java.util.Objects;

/**
 * One countable signal: a family and a value within it ({@code category:MODEL_THROTTLE}, {@code status:THROTTLED},
 * {@code errors}). Families with a single value (errors, retried, ...) use the empty name.
 */
public record SignalKey(Family family, String name) implements Comparable<SignalKey> {
    public SignalKey {
        Objects.requireNonNull(family, "family");
        name = name == null ? "" : name;
    }

    public static SignalKey of(Family family) {
        return new SignalKey(family, "");
    }

    public static SignalKey of(Family family, String name) {
        return new SignalKey(family, name);
    }

    /** Parses {@link #toString()}'s form. */
    public static SignalKey parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? of(Family.ofLabel(text)) : of(Family.ofLabel(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override public String toString() {
        return name.isEmpty() ? family.label() : family.label() + ":" + name;
    }

    @Override public int compareTo(SignalKey o) {
        int c = family.compareTo(o.family);
        return c != 0 ? c : name.compareTo(o.name);
    }
}
