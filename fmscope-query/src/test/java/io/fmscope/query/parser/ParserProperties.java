package io.fmscope.query.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.Query;
import io.fmscope.query.ast.SpanStripper;
import io.fmscope.query.ast.Unparser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated queries round-trip; arbitrary text never makes the parser throw anything but QueryException. */
class ParserProperties {

    @Provide
    Arbitrary<Query> queries() {
        return AstArbitraries.query(2);
    }

    @Property(tries = 600)
    void generatedQueriesRoundTrip(@ForAll("queries") Query generated) {
        String text = Unparser.unparse(generated);
        Query parsed = QueryParser.parse(text);
        assertThat(SpanStripper.strip(parsed)).as("parsed back from:\n%s", text).isEqualTo(generated);
        assertThat(Unparser.unparse(parsed)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                .map(b -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        Arbitrary<String> symbols = Arbitraries.strings().withChars("|,()[]./*-+^%=!<>~:#`'\"\\ \n@aZ0159eEms")
                .ofMaxLength(120);
        Arbitrary<String> mutated = queries().map(Unparser::unparse).flatMap(text -> Arbitraries.integers()
                .between(0, Math.max(0, text.length() - 1)).flatMap(cut -> Arbitraries.strings().ofMaxLength(3)
                        .map(ins -> text.substring(0, cut) + ins + text.substring(Math.min(text.length(), cut + 2)))));
        return Arbitraries.oneOf(bytes, symbols, mutated, Arbitraries.strings().ofMaxLength(80));
    }

    @Property(tries = 1500)
    void anyTextEitherParsesOrFailsWithAQueryException(@ForAll("soup") String text) {
        try {
            Query q = QueryParser.parse(text);
            assertThat(QueryParser.parse(Unparser.unparse(q))).isNotNull();
        } catch (QueryException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).startsWith(e.line() + ":" + e.column() + ": ");
        }
    }
}
