package io.fmscope.query.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {
    private final FunctionRegistry registry = FunctionRegistry.standard();

    /** Every function named in the first column of the tables of reference section 3 (3.2 to 3.8). */
    private static Set<String> referenceFunctionNames() throws IOException {
        Path ref = Path.of(System.getProperty("fmscope.shared"), "reference", "logs-insights.md");
        String text = Files.readString(ref);
        String section = text.substring(text.indexOf("## 3. Operators and functions"), text.indexOf("## 4. "));
        Set<String> names = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| (`.*?) \\|").matcher(section);
        while (row.find()) {
            Matcher name = Pattern.compile("`([A-Za-z_][A-Za-z0-9_]*)\\(").matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        Matcher alias = Pattern.compile("alias `([A-Za-z_]+)`").matcher(section);
        while (alias.find()) {
            names.add(alias.group(1));
        }
        return names;
    }

    @Test
    void everyReferenceFunctionIsRegistered() throws IOException {
        Set<String> names = referenceFunctionNames();
        assertThat(names).hasSizeGreaterThan(70).contains("isIpv4InSubnet", "pct", "count_distinct", "strftime");
        for (String n : names) {
            assertThat(registry.lookup(n)).as(n).isPresent();
        }
    }

    @Test
    void lookupIgnoresCase() {
        assertThat(registry.lookup("BIN")).get().extracting(FunctionSpec::name).isEqualTo("bin");
        assertThat(registry.lookup("isPresent")).get().extracting(FunctionSpec::name).isEqualTo("ispresent");
        assertThat(registry.lookup("JSONPARSE")).isPresent();
        assertThat(registry.lookup("nosuchfunction")).isEmpty();
    }

    @Test
    void kindsAndArities() {
        FunctionSpec pct = registry.lookup("pct").orElseThrow();
        assertThat(pct.kind()).isEqualTo(FunctionKind.AGGREGATE);
        assertThat(pct.acceptsArity(2)).isTrue();
        assertThat(pct.acceptsArity(1)).isFalse();
        FunctionSpec count = registry.lookup("count").orElseThrow();
        assertThat(count.acceptsArity(0)).isTrue();
        assertThat(count.acceptsArity(1)).isTrue();
        FunctionSpec concat = registry.lookup("concat").orElseThrow();
        assertThat(concat.kind()).isEqualTo(FunctionKind.SCALAR);
        assertThat(concat.maxArity()).isEqualTo(FunctionSpec.VARIADIC);
        assertThat(registry.lookup("case").orElseThrow().maxArity()).isEqualTo(21);
        for (String agg : new String[] {"avg", "count", "count_distinct", "max", "min", "pct", "percentile",
            "stddev", "sum", "earliest", "latest", "sortsFirst", "sortsLast"}) {
            assertThat(registry.lookup(agg).orElseThrow().isAggregate()).as(agg).isTrue();
        }
    }

    @Test
    void everyEntryIsDocumentedAndImplemented() {
        for (FunctionSpec s : registry.all()) {
            assertThat(s.signature()).as(s.name()).startsWith(s.name() + "(");
            assertThat(s.summary()).as(s.name()).isNotBlank();
            assertThat(s.isAggregate() ? s.aggregate() : s.scalar()).as(s.name()).isNotNull();
        }
    }

    @Test
    void functionsReferenceDocumentsEveryEntry() throws IOException {
        Path ours = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/query/functions.md");
        String text = Files.readString(ours);
        for (FunctionSpec s : registry.all()) {
            assertThat(text).as(s.name()).contains("`" + s.name() + "(");
        }
    }
}
