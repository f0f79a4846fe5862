package io.fmscope.query.ast;

import java.util.List;

/**
 * AST back to canonical query text: lower-case keywords, one command per line, {@code |} at line start, double
 * quotes, canonical time units. {@code parse(unparse(q))} equals {@code q} once spans are stripped.
 */
public final class Unparser {
    private Unparser() {}

    public static String unparse(Query query) {
        StringBuilder out = new StringBuilder();
        List<Command> commands = query.commands();
        for (int i = 0; i < commands.size(); i++) {
            if (i > 0) out.append("\n| ");
            command(commands.get(i), out);
        }
        return out.toString();
    }

    public static String unparse(Expr expr) {
        StringBuilder out = new StringBuilder();
        ExprPrinter.print(expr, out);
        return out.toString();
    }

    private static void command(Command command, StringBuilder out) {
        switch (command) {
            case Command.Fields f -> projections("fields ", f.items(), out);
            case Command.Display d -> projections("display ", d.items(), out);
            case Command.Filter f -> expr(out.append("filter "), f.condition());
            case Command.FilterIndex f -> expr(out.append("filterIndex "), f.condition());
            case Command.Stats s -> {
                projections("stats ", s.aggregates(), out);
                if (!s.groupBy().isEmpty()) projections(" by ", s.groupBy(), out);
            }
            case Command.Sort s -> {
                out.append("sort ");
                for (int i = 0; i < s.keys().size(); i++) {
                    if (i > 0) out.append(", ");
                    expr(out, s.keys().get(i).expr());
                    out.append(s.keys().get(i).descending() ? " desc" : " asc");
                }
            }
            case Command.Limit l -> out.append(l.any() ? "limit any " : "limit ").append(l.count());
            case Command.Parse p -> parse(p, out);
            case Command.Dedup d -> fieldList("dedup ", d.fields(), out);
            case Command.Unmask u -> fieldList(u.fields().isEmpty() ? "unmask" : "unmask ", u.fields(), out);
            case Command.Unnest u -> {
                expr(out.append("unnest "), u.list());
                out.append(" into ").append(name(u.alias()));
            }
            case Command.Mining m -> m.unparse(out);
            case Command.Source s -> source(s, out);
        }
    }

    private static void parse(Command.Parse p, StringBuilder out) {
        out.append("parse ");
        if (p.source() != null) out.append(ExprPrinter.fieldName(p.source().path())).append(' ');
        switch (p.pattern()) {
            case ParsePattern.Glob g -> {
                ExprPrinter.string(g.pattern(), out);
                out.append(" as ");
                for (int i = 0; i < p.aliases().size(); i++) {
                    if (i > 0) out.append(", ");
                    out.append(name(p.aliases().get(i)));
                }
            }
            case ParsePattern.Regex r -> out.append('/').append(r.source()).append('/');
        }
    }

    private static void source(Command.Source s, StringBuilder out) {
        out.append("SOURCE ");
        for (SourceSelector sel : s.selectors()) {
            switch (sel) {
                case SourceSelector.GroupName g -> ExprPrinter.string(g.name(), out);
                case SourceSelector.LogGroups g -> {
                    out.append("logGroups(");
                    for (int i = 0; i < g.args().size(); i++) {
                        if (i > 0) out.append(", ");
                        out.append(g.args().get(i).name()).append(": ");
                        expr(out, g.args().get(i).value());
                    }
                    out.append(')');
                }
            }
        }
        if (s.start() != null) out.append(" START=").append(s.start());
        if (s.end() != null) out.append(" END=").append(s.end());
    }

    private static void projections(String head, List<Projection> items, StringBuilder out) {
        out.append(head);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            expr(out, items.get(i).expr());
            if (items.get(i).hasAlias()) out.append(" as ").append(name(items.get(i).alias()));
        }
    }

    private static void fieldList(String head, List<Expr.Field> fields, StringBuilder out) {
        out.append(head);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(ExprPrinter.fieldName(fields.get(i).path()));
        }
    }

    private static void expr(StringBuilder out, Expr e) {
        ExprPrinter.print(e, out);
    }

    /** An alias: one name, back-quoted unless it reads back as exactly this name. */
    private static String name(String alias) {
        return ExprPrinter.fieldName(List.of(alias));
    }
}
