package io.fmscope.cli.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Runs every {@code $ fmscope ...} example in docs/errors.md and compares the output with the page, so the
 * documentation cannot drift from the code. YAML blocks starting with {@code # file: NAME} are written to a
 * temporary directory and an argument equal to NAME is replaced by that file's path.
 */
class DocsExamplesTest {
    private static final Path DOC = Path.of("").toAbsolutePath().getParent().resolve("docs/errors.md");

    @TempDir static Path dir;

    record Example(List<String> args, String expected) {
        @Override public String toString() { return String.join(" ", args); }
    }

    static Stream<Example> examples() throws IOException {
        var examples = new ArrayList<Example>();
        List<String> lines = Files.readAllLines(DOC);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```console")) continue;
            String command = lines.get(++i);
            var expected = new StringBuilder();
            while (!lines.get(++i).equals("```")) expected.append(lines.get(i)).append('\n');
            assertThat(command).startsWith("$ fmscope ");
            examples.add(new Example(words(command.substring("$ fmscope ".length())), expected.toString()));
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theDocumentedOutputIsWhatTheCommandPrints(Example example) throws IOException {
        writeYamlFiles();
        List<String> args = example.args().stream()
                .map(a -> Files.exists(dir.resolve(a)) && a.endsWith(".yaml") ? dir.resolve(a).toString() : a).toList();
        CommandLine cli = Main.newCommandLine();
        var out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        cli.execute(args.toArray(String[]::new));

        assertThat(out.toString()).isEqualTo(example.expected());
    }

    private static void writeYamlFiles() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```yaml") || !lines.get(i + 1).startsWith("# file: ")) continue;
            String name = lines.get(i + 1).substring("# file: ".length()).trim();
            var text = new StringBuilder();
            while (!lines.get(++i).equals("```")) text.append(lines.get(i)).append('\n');
            Files.writeString(dir.resolve(name), text);
        }
    }

    /** Splits a documented command line into words; single and double quotes group, as in a POSIX shell. */
    static List<String> words(String line) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0; else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }
}
