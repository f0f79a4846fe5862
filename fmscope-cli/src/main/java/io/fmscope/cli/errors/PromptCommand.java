package io.fmscope.cli.errors;

import io.fmscope.errors.catalog.CatalogException;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fmscope errors prompt MESSAGE}: the coding-assistant prompt for the best match (secrets redacted). */
@Command(name = "prompt", mixinStandardHelpOptions = true,
        description = "Print an assistant prompt (root cause, remediation, question) for the best-matching entry.")
public final class PromptCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ErrorInputOptions error;
    @Mixin CatalogOption catalog;

    @Override public Integer call() {
        ErrorClassifier classifier;
        try {
            classifier = new ErrorClassifier(catalog.load(), Clock.systemUTC());
        } catch (CatalogException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        ErrorInput input = error.toInput();
        List<PatternMatch> matches = classifier.match(input);
        var out = spec.commandLine().getOut();
        if (matches.isEmpty()) {
            out.println("No catalog entry matched with confidence above " + ErrorClassifier.THRESHOLD + ".");
            out.flush();
            return 1;
        }
        out.print(classifier.assistantPrompt(matches.getFirst(), input));
        out.flush();
        return 0;
    }
}
