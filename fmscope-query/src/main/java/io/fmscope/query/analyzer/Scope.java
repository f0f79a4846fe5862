package io.fmscope.query.analyzer;

import io.fmscope.query.ast.Expr;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which field names a command can see. Before the first {@code stats} the scope is open (any event field may
 * exist); after a {@code stats} it is closed to that stats' outputs plus what later commands add.
 */
final class Scope {
    private final Set<String> visible; // null when open

    private Scope(Set<String> visible) {
        this.visible = visible;
    }

    static Scope open() {
        return new Scope(null);
    }

    static Scope closed(Collection<String> names) {
        return new Scope(new LinkedHashSet<>(names));
    }

    boolean isOpen() {
        return visible == null;
    }

    /** A field is visible when its flat name is, or a prefix of its path names a visible (map) field. */
    boolean sees(Expr.Field f) {
        if (visible == null || visible.contains(f.name())) return true;
        List<String> path = f.path();
        for (int n = path.size() - 1; n >= 1; n--) {
            if (visible.contains(String.join(".", path.subList(0, n)))) return true;
        }
        return false;
    }

    boolean sees(String name) {
        return visible == null || visible.contains(name);
    }

    void add(String name) {
        if (visible != null) visible.add(name);
    }

    /** The visible names, for error messages. */
    List<String> names() {
        return visible == null ? List.of() : List.copyOf(visible);
    }
}
