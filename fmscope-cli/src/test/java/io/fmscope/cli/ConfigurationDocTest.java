package io.fmscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Keeps docs/configuration.md complete: every FMSCOPE_* variable the code reads and every serve option is in it. */
class ConfigurationDocTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern ENV = Pattern.compile("FMSCOPE_[A-Z][A-Z0-9_]*");

    private static String doc() throws IOException {
        return Files.readString(ROOT.resolve("docs/configuration.md"));
    }

    @Test
    void everyEnvironmentVariableInTheCodeIsDocumented() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(p -> p.toString().contains("/src/main/") && p.toString().endsWith(".java"))
                    .forEach(p -> collect(p, used));
        }
        collect(ROOT.resolve("fmscope"), used);
        assertThat(used).as("FMSCOPE_* names found in the sources").isNotEmpty();
        String doc = doc();
        assertThat(used).allSatisfy(name -> assertThat(doc).as(name).contains("`" + name + "`"));
    }

    @Test
    void everyServeOptionIsDocumented() throws IOException {
        CommandLine serve = Main.newCommandLine().getSubcommands().get("serve");
        assertThat(serve).isNotNull();
        String doc = doc();
        for (CommandLine.Model.OptionSpec option : serve.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) continue;
            assertThat(doc).as(option.longestName()).contains("`" + option.longestName());
        }
    }

    private static void collect(Path file, Set<String> into) {
        try {
            Matcher m = ENV.matcher(Files.readString(file));
            while (m.find()) into.add(m.group());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
