package io.fmscope.query.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Generic traversal helpers over {@link Expr} trees. */
public final class Exprs {
    private Exprs() {}

    /** The direct sub-expressions of {@code e} (a subquery's commands are not expressions of this tree). */
    public static List<Expr> children(Expr e) {
        return switch (e) {
            case Expr.NumberLit n -> List.of();
            case Expr.StringLit s -> List.of();
            case Expr.RegexLit r -> List.of();
            case Expr.DurationLit d -> List.of();
            case Expr.Field f -> List.of();
            case Expr.Star s -> List.of();
            case Expr.Subquery q -> List.of();
            case Expr.ArrayLit a -> a.items();
            case Expr.Call c -> c.args();
            case Expr.Unary u -> List.of(u.operand());
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Like l -> List.of(l.subject(), l.pattern());
            case Expr.In i -> List.of(i.subject(), i.set());
            case Expr.Index i -> List.of(i.target(), i.index());
            case Expr.Member m -> List.of(m.target());
        };
    }

    /** Visits every node of the tree, parents before children, without recursion. */
    public static void walk(Expr root, Consumer<Expr> visitor) {
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            visitor.accept(e);
            List<Expr> kids = children(e);
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
    }

    /** Height of the tree (a leaf is 1), computed without recursion so any parsed tree can be measured. */
    public static int depth(Expr root) {
        record Item(Expr e, int d) {}
        Deque<Item> stack = new ArrayDeque<>();
        stack.push(new Item(root, 1));
        int max = 0;
        while (!stack.isEmpty()) {
            Item it = stack.pop();
            max = Math.max(max, it.d());
            for (Expr k : children(it.e())) stack.push(new Item(k, it.d() + 1));
        }
        return max;
    }

    /** All fields referenced in the tree, in visiting order. */
    public static List<Expr.Field> fields(Expr root) {
        List<Expr.Field> out = new ArrayList<>();
        walk(root, e -> {
            if (e instanceof Expr.Field f) out.add(f);
        });
        return out;
    }
}
