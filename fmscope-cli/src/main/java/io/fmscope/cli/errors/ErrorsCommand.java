package io.fmscope.cli.errors;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fmscope errors}: the error catalog and classifier from the command line. */
@Command(name = "errors", mixinStandardHelpOptions = true,
        description = "Classify FM-application error messages against the error catalog; discover and promote new ones.",
        subcommands = {ClassifyCommand.class, CatalogCommand.class, PromptCommand.class, DiscoverCommand.class,
            PromoteCommand.class})
public final class ErrorsCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
