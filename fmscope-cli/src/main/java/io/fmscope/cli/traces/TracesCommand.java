package io.fmscope.cli.traces;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fmscope traces ...}: the trace analytics of a running server. */
@Command(name = "traces", mixinStandardHelpOptions = true,
    description = "Trace analytics of a running fmscope server: map, hotspots, throttles, retries, coldstarts.",
    subcommands = {MapCommand.class, HotspotsCommand.class, ThrottlesCommand.class, RetriesCommand.class, ColdStartsCommand.class})
public final class TracesCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
