package io.fmscope.query.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.functions.FunctionRegistry;
import io.fmscope.query.functions.FunctionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every function of the registry is called in an executed example of functions.md. */
class FunctionDocsCoverageTest {
    @Test
    void everyFunctionHasARunningExample() throws Exception {
        Path page = DocsExamplesTest.DOCS.resolve("functions.md");
        List<String> queries = DocsExamplesTest.examples().stream().filter(e -> e.page().equals(page))
                .map(e -> e.query().toLowerCase(Locale.ROOT)).toList();
        assertThat(queries).hasSizeGreaterThan(20);
        for (FunctionSpec f : FunctionRegistry.standard().all()) {
            Pattern call = Pattern.compile("(?<![\\w.])" + Pattern.quote(f.name().toLowerCase(Locale.ROOT)) + "\\s*\\(");
            assertThat(queries.stream().anyMatch(q -> call.matcher(q).find()))
                    .as("an executed example in functions.md calls %s", f.name()).isTrue();
        }
    }
}
