package io.fmscope.query.ast;

import java.util.ArrayList;
import java.util.List;

/** The top-level expressions a command holds, for checks that look at every expression of a query. */
public final class CommandExprs {
    private CommandExprs() {}

    public static List<Expr> of(Command command) {
        List<Expr> out = new ArrayList<>();
        switch (command) {
            case Command.Fields f -> f.items().forEach(p -> out.add(p.expr()));
            case Command.Display d -> d.items().forEach(p -> out.add(p.expr()));
            case Command.Filter f -> out.add(f.condition());
            case Command.FilterIndex f -> out.add(f.condition());
            case Command.Stats s -> {
                s.aggregates().forEach(p -> out.add(p.expr()));
                s.groupBy().forEach(p -> out.add(p.expr()));
            }
            case Command.Sort s -> s.keys().forEach(k -> out.add(k.expr()));
            case Command.Limit l -> { }
            case Command.Parse p -> {
                if (p.source() != null) out.add(p.source());
            }
            case Command.Dedup d -> out.addAll(d.fields());
            case Command.Unmask u -> out.addAll(u.fields());
            case Command.Unnest u -> out.add(u.list());
            case Command.Mining m -> out.addAll(m.exprs());
            case Command.Source s -> s.selectors().forEach(sel -> {
                if (sel instanceof SourceSelector.LogGroups g) g.args().forEach(a -> out.add(a.value()));
            });
        }
        return out;
    }
}
