package io.fmscope.query.parser;

import static io.fmscope.query.parser.ParserAssertions.rejects;
import static io.fmscope.query.parser.ParserAssertions.roundTrips;
import static io.fmscope.query.parser.ParserAssertions.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.ParsePattern;
import io.fmscope.query.ast.SourceSelector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Per command: it parses (and round-trips through the unparser), and bad forms are rejected with a position. */
class CommandParsersTest {

    @Nested
    class Fields {
        @Test
        void parsesExpressionsAndAliases() {
            var f = (Command.Fields) single("FIELDS `foo-bar`, action, abs(f3-f4) AS d, @timestamp");
            assertThat(f.items()).hasSize(4);
            assertThat(f.items().get(2).alias()).isEqualTo("d");
            assertThat(((Expr.Field) f.items().get(0).expr()).name()).isEqualTo("foo-bar");
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("fields a,", 1, 10, "expected an expression");
            ParserAssertions.rejects("fields a as", 1, 12, "after 'as'");
            ParserAssertions.rejects("fields a b", 1, 10, "after the fields command");
        }
    }

    @Nested
    class Display {
        @Test
        void parsesExpressionWithBooleanAlias() {
            var d = (Command.Display) single("DISPLAY loggingMessage, loggingType = \"ERROR\" as isError");
            assertThat(d.items().get(1).alias()).isEqualTo("isError");
            assertThat(d.items().get(1).expr()).isInstanceOf(Expr.Binary.class);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("display", 1, 8, "expected an expression");
        }
    }

    @Nested
    class Filter {
        @Test
        void whereIsFilterAndFilterIndexKeepsItsShape() {
            assertThat(single("where x > 1")).isInstanceOf(Command.Filter.class);
            assertThat(single("filterIndex IPaddress in [\"198.51.100.0\", \"198.51.100.1\"]"))
                    .isInstanceOf(Command.FilterIndex.class);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("filter", 1, 7, "expected an expression");
            ParserAssertions.rejects("filterIndex a > 1", 1, 13, "filterIndex takes");
            ParserAssertions.rejects("fitler x = 1", 1, 1, "did you mean 'filter'");
        }
    }

    @Nested
    class Stats {
        @Test
        void aggregatesAliasesAndGroupKeys() {
            var s = (Command.Stats) single("stats count(*) as RequestCount by httpRequest.clientIp as ClientIP, bin(5m)");
            assertThat(s.aggregates()).hasSize(1);
            assertThat(s.groupBy()).hasSize(2);
            assertThat(s.groupBy().get(0).alias()).isEqualTo("ClientIP");
            assertThat(roundTrips("stats a(x) | stats b(y) by z").commands()).hasSize(2);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("stats count(*) by", 1, 18, "expected an expression");
            ParserAssertions.rejects("stats count(*) as c by x,", 1, 26, "expected an expression");
        }
    }

    @Nested
    class Sort {
        @Test
        void keysDirectionsAndOptionalBy() {
            var s = (Command.Sort) single("sort by @billedDuration desc");
            assertThat(s.keys()).hasSize(1);
            assertThat(s.keys().get(0).descending()).isTrue();
            var multi = (Command.Sort) single("sort Country, action DESC, t asc");
            assertThat(multi.keys()).extracting(k -> k.descending()).containsExactly(false, true, false);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("sort", 1, 5, "expected an expression");
            ParserAssertions.rejects("sort a descending", 1, 8, "after the sort command");
        }
    }

    @Nested
    class Limit {
        @Test
        void plainAndAny() {
            assertThat(((Command.Limit) single("limit 25")).count()).isEqualTo(25);
            assertThat(((Command.Limit) single("limit any 5")).any()).isTrue();
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("limit 0", 1, 7, "from 1 to 100000");
            ParserAssertions.rejects("limit 100001", 1, 7, "from 1 to 100000");
            ParserAssertions.rejects("limit 2.5", 1, 7, "whole number");
            ParserAssertions.rejects("limit x", 1, 7, "a number");
        }
    }

    @Nested
    class Parse {
        @Test
        void globWithAndWithoutField() {
            var p = (Command.Parse) single("parse @message \"[*] * The error was: *\" as level, config, exception");
            assertThat(p.source().name()).isEqualTo("@message");
            assertThat(p.aliases()).containsExactly("level", "config", "exception");
            var noField = (Command.Parse) single("parse 'Init Duration: * ms' as initDuration");
            assertThat(noField.source()).isNull();
        }

        @Test
        void regexWithJavaIncompatibleGroupNames() {
            var p = (Command.Parse) single("parse @log /^.*\\/aws\\/lambda\\/(?<function_name>.*)/");
            assertThat(p.pattern()).isInstanceOf(ParsePattern.Regex.class);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("parse @message \"* *\" as a", 1, 22, "2 '*' but 1");
            ParserAssertions.rejects("parse @message \"abc\" as a", 1, 16, "no '*'");
            ParserAssertions.rejects("parse @message /abc/", 1, 16, "named group");
            ParserAssertions.rejects("parse @message /(?<a>x)/ as a", 1, 26, "'as' is not used");
            ParserAssertions.rejects("parse @message", 1, 15, "parse expects a pattern");
            ParserAssertions.rejects("parse /(?<a>x)(?<a>y)/", 1, 7, "duplicate group name");
        }
    }

    @Nested
    class Dedup {
        @Test
        void fieldList() {
            assertThat(((Command.Dedup) single("dedup srcAddr, dstAddr, srcPort")).fields()).hasSize(3);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("dedup 5", 1, 7, "field names");
            ParserAssertions.rejects("dedup a,", 1, 9, "field names");
        }
    }

    @Nested
    class UnnestAndUnmask {
        @Test
        void parse() {
            var u = (Command.Unnest) single("unnest js.accounts into account");
            assertThat(u.alias()).isEqualTo("account");
            assertThat(((Command.Unmask) single("unmask")).fields()).isEmpty();
            assertThat(((Command.Unmask) single("unmask @message")).fields()).hasSize(1);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("unnest js.accounts as account", 1, 20, "'into'");
            ParserAssertions.rejects("unnest js into", 1, 15, "after 'into'");
        }
    }

    @Nested
    class Source {
        @Test
        void namesPrefixesAndTimes() {
            var s = (Command.Source) single(
                    "SOURCE logGroups(namePrefix: [], class: \"STANDARD\") START=2026-01-23T00:00:00.000Z END=-3600s");
            assertThat(s.start()).isEqualTo("2026-01-23T00:00:00.000Z");
            assertThat(s.end()).isEqualTo("-3600s");
            assertThat(((SourceSelector.LogGroups) s.selectors().get(0)).args()).hasSize(2);
            assertThat(roundTrips("SOURCE 'a' SOURCE 'b' | filter x = 1").commands()).hasSize(3);
        }

        @Test
        void rejects() {
            ParserAssertions.rejects("SOURCE 5", 1, 8, "log group name");
            ParserAssertions.rejects("SOURCE logGroups(namePrefix ['a'])", 1, 29, "':'");
        }
    }

    @Test
    void pipesMayStartOrEndLinesAndCommentsAnywhere() {
        var q = roundTrips("# first\nfilter @type = \"REPORT\" |\n    stats avg(@duration) by bin(5m)\n    # | limit 2\n| limit 3");
        assertThat(q.commands()).hasSize(3);
    }

    @Test
    void structuralErrors() {
        rejects("", 1, 1, "empty query");
        rejects("   # only a comment", 1, 20, "empty query");
        rejects("fields a |", 1, 11, "after '|'");
        rejects("fields a | | limit 1", 1, 12, "after '|'");
        rejects("5 | fields a", 1, 1, "expected a command");
        rejects("fields a\n| lookup t k as f OUTPUT v", 2, 3, "not supported");
        rejects("fields a\n| head 5", 2, 3, "use 'limit'");
        rejects("filter x in (fields a", 1, 22, "')'");
        rejects("filter x in ()", 1, 14, "empty subquery");
    }
}
