package io.fmscope.query.parser;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.CommandExprs;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Exprs;
import io.fmscope.query.ast.Query;
import io.fmscope.query.ast.Span;
import io.fmscope.query.syntax.SourceText;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Parses Logs Insights query text into a {@link Query}. Commands are {@code |}-separated (line breaks allowed
 * on either side), keywords are case-insensitive, {@code #} comments run to the end of the line. The only
 * exception it throws is {@link QueryException}.
 */
public final class QueryParser {
    private final Cursor c;
    private final ExpressionParser exprs;
    private final Map<String, Function<Token, Command>> commands;

    private QueryParser(String text) {
        this.c = new Cursor(text);
        this.exprs = new ExpressionParser(c, this);
        var projections = new ProjectionParser(c, exprs);
        var filters = new FilterParser(c, exprs);
        var order = new OrderParser(c, exprs);
        var stats = new StatsParser(c, projections);
        var parse = new ParseCommandParser(c);
        var structure = new StructureParser(c, exprs, order);
        var source = new SourceParser(c, exprs);
        var mining = new PatternCommandParser(c, exprs);
        this.commands = Map.ofEntries(
                Map.entry("fields", projections::fields),
                Map.entry("display", projections::display),
                Map.entry("filter", filters::filter),
                Map.entry("where", filters::filter),
                Map.entry("filterindex", filters::filterIndex),
                Map.entry("stats", stats::stats),
                Map.entry("sort", order::sort),
                Map.entry("limit", order::limit),
                Map.entry("dedup", order::dedup),
                Map.entry("parse", parse::parse),
                Map.entry("unnest", structure::unnest),
                Map.entry("unmask", structure::unmask),
                Map.entry("source", source::source),
                Map.entry("pattern", mining::pattern),
                Map.entry("diff", mining::diff),
                Map.entry("anomaly", mining::anomaly));
    }

    /** The command keywords this parser runs (lower case). */
    public static Set<String> supportedCommands() {
        return new QueryParser("").commands.keySet();
    }

    /** Parses a whole query. */
    public static Query parse(String text) {
        if (text == null) throw new QueryException("no query given", new Span(0, 0, 1, 1), "");
        try {
            QueryParser p = new QueryParser(text);
            Query q = p.pipeline(false);
            if (!p.c.at(TokenType.EOF)) throw p.c.error("unexpected " + p.c.current().describe());
            return q;
        } catch (StackOverflowError e) {
            throw new SourceText(text).error("query nested too deeply", 0, Math.min(1, text.length()));
        }
    }

    /** Commands up to end of query, or up to the {@code )} closing a subquery when {@code nested}. */
    Query pipeline(boolean nested) {
        Span start = c.current().span();
        if (c.atCommandEnd(nested)) throw c.error(nested ? "empty subquery" : "empty query: expected a command");
        List<Command> list = new ArrayList<>();
        while (true) {
            Command command = command();
            checkDepth(command);
            list.add(command);
            if (c.at(TokenType.PIPE)) {
                c.advance();
                if (c.atCommandEnd(nested)) throw c.error("expected a command after '|' but found " + c.current().describe());
            } else if (command instanceof Command.Source && c.atKeyword("source")) {
                continue; // SOURCE 'a' SOURCE 'b' | ...
            } else if (c.atCommandEnd(nested)) {
                break;
            } else {
                throw c.error("unexpected " + c.current().describe() + " after the " + commandName(command)
                        + " command; expected ',' or '|' or end of query");
            }
        }
        return new Query(list, c.spanFrom(start));
    }

    private Command command() {
        Token t = c.current();
        if (!t.isWord()) {
            throw c.error("expected a command (fields, filter, stats, sort, limit, parse, ...) but found " + t.describe());
        }
        String name = t.lower();
        var parser = commands.get(name);
        if (parser == null) {
            String reason = UnsupportedCommands.REASONS.get(name);
            if (reason != null) throw c.error("the '" + t.text() + "' command " + reason);
            Set<String> known = new TreeSet<>(commands.keySet());
            known.remove("filterindex");
            known.add("filterIndex");
            known.addAll(UnsupportedCommands.REASONS.keySet());
            throw c.error("unknown command '" + t.text() + "'" + Suggestions.hint(t.text(), known));
        }
        c.advance();
        return parser.apply(t);
    }

    private void checkDepth(Command command) {
        for (Expr e : CommandExprs.of(command)) {
            if (Exprs.depth(e) > Cursor.MAX_DEPTH) {
                throw c.error("expression nested too deeply (more than " + Cursor.MAX_DEPTH + " levels)", e.span());
            }
        }
    }

    static String commandName(Command command) {
        return switch (command) {
            case Command.Fields f -> "fields";
            case Command.Display d -> "display";
            case Command.Filter f -> "filter";
            case Command.FilterIndex f -> "filterIndex";
            case Command.Stats s -> "stats";
            case Command.Sort s -> "sort";
            case Command.Limit l -> "limit";
            case Command.Parse p -> "parse";
            case Command.Dedup d -> "dedup";
            case Command.Unmask u -> "unmask";
            case Command.Unnest u -> "unnest";
            case Command.Mining m -> m.keyword();
            case Command.Source s -> "SOURCE";
        };
    }
}
