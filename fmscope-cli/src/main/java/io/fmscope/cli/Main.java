package io.fmscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code fmscope} command line; every sub-command is wired here. */
@Command(name = "fmscope", mixinStandardHelpOptions = true, version = "fmscope 0.1.0",
        description = "Troubleshooting platform for foundation-model applications.",
        subcommands = {
                CommandLine.HelpCommand.class,
                io.fmscope.cli.query.QueryCommand.class,
                io.fmscope.cli.errors.ErrorsCommand.class,
                io.fmscope.cli.patterns.PatternsCommand.class,
                io.fmscope.cli.diagnose.DiagnoseCommand.class,
                io.fmscope.cli.demo.DemoCommand.class,
                io.fmscope.cli.simulate.SimulateCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        return new CommandLine(new Main())
                .addSubcommand(new io.fmscope.cli.serve.ServeCommand())
                .addSubcommand(new io.fmscope.cli.ingest.IngestCommand())
                .addSubcommand(new io.fmscope.cli.traces.TracesCommand());
    }

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
