package io.fmscope.cli.patterns;

import io.fmscope.patterns.LogFormat;
import io.fmscope.patterns.MinerConfig;
import io.fmscope.patterns.TemplateMiner;
import io.fmscope.patterns.TemplateStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fmscope patterns FILE...}: mines log templates from files of lines and prints them with counts. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
    description = {"Mine log templates (error patterns) from files of lines and print them with counts.",
        "JSON-lines CloudWatch events are mined by their \"message\"; with --log-format only <Content> is."})
public final class PatternsCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files of log lines ('-' for standard input)")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--assignments", description = "print the template id of every input line, in order")
    boolean assignments;

    @Option(names = "--log-format", paramLabel = "FORMAT",
        description = "Loghub header format, e.g. '<Date> <Time> <Level>: <Content>'; only <Content> is mined")
    String logFormat;

    @Option(names = "--state", paramLabel = "DIR", description = "load and save templates here, so ids stay stable")
    Path state;

    @Option(names = "--log-group", defaultValue = "default", description = "log group the state belongs to")
    String logGroup;

    @Option(names = "--max-templates", defaultValue = "5000", description = "live template cap (default: ${DEFAULT-VALUE})")
    int maxTemplates;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, not " + format);
        }
        LogFormat lf;
        try {
            lf = logFormat == null ? null : new LogFormat(logFormat);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bad --log-format: " + e.getMessage());
        }
        MinerConfig config = MinerConfig.defaults().withMaxTemplates(maxTemplates);
        TemplateStore store = state == null ? null : new TemplateStore(state);
        TemplateMiner miner = store == null ? new TemplateMiner(config) : store.open(logGroup, config);
        MessageReader reader = new MessageReader(lf);
        List<Long> assigned = new ArrayList<>();
        long skipped = 0;
        for (String f : files) {
            try (BufferedReader in = open(f)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Optional<String> msg = reader.message(line);
                    assigned.add(msg.map(m -> miner.add(m).templateId()).orElse(-1L));
                    if (msg.isEmpty()) skipped++;
                }
            }
        }
        if (store != null) store.save(logGroup, miner.snapshot());
        PatternsOutput o = new PatternsOutput(miner, assigned, skipped);
        if (format.equals("json")) o.json(out, assignments);
        else if (assignments) o.assignmentsText(out);
        else o.table(out);
        out.flush();
        return 0;
    }

    private BufferedReader open(String f) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        if (f.equals("-")) return new BufferedReader(new InputStreamReader(System.in, decoder));
        Path p = Path.of(f);
        if (!Files.isReadable(p)) throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + f);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(p), decoder));
    }
}
