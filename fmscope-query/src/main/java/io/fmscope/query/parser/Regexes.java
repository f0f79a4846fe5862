package io.fmscope.query.parser;

import io.fmscope.query.ast.Span;
import io.fmscope.query.regex.JavaRegex;
import java.util.regex.PatternSyntaxException;

/** Checks regex literals at parse time, so {@code --check} reports a broken regex at its position. */
final class Regexes {
    private Regexes() {}

    static JavaRegex translate(String source, Span span, Cursor c) {
        try {
            JavaRegex regex = JavaRegex.translate(source);
            regex.compile();
            return regex;
        } catch (PatternSyntaxException e) {
            throw c.error("invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near offset " + e.getIndex() : ""), span);
        } catch (IllegalArgumentException e) {
            throw c.error("invalid regular expression: " + e.getMessage(), span);
        } catch (RuntimeException | StackOverflowError e) {
            throw c.error("invalid regular expression: too complex to compile", span);
        }
    }
}
