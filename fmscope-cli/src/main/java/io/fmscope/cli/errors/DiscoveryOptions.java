package io.fmscope.cli.errors;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.patterns.discovery.DiscoveryConfig;
import io.fmscope.patterns.discovery.DiscoveryStore;
import io.fmscope.patterns.discovery.ErrorDiscovery;
import io.fmscope.patterns.discovery.ErrorEventReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by {@code errors discover} and {@code errors promote}: how input is grouped and kept. */
public final class DiscoveryOptions {
    @Option(names = "--log-group", defaultValue = "default", paramLabel = "NAME",
        description = "Log group of events that do not name one (default: ${DEFAULT-VALUE}).")
    String logGroup;

    @Option(names = "--state", paramLabel = "DIR",
        description = "Load and save the discovery state here, so template ids stay stable across runs.")
    Path state;

    @Option(names = "--window", paramLabel = "DURATION",
        description = "Trend window ending at the last error, e.g. 30m, 2h, PT1H (default: the span of the input).")
    String window;

    /** Mines and classifies every line of {@code files}; returns the discovery and the lines skipped. */
    Run discover(CommandLine cli, ErrorCatalog catalog, List<String> files) throws IOException {
        DiscoveryConfig config = DiscoveryConfig.defaults().withUnboundedRetention();
        ErrorDiscovery d = new ErrorDiscovery(catalog, config, Clock.systemUTC(), state == null ? null : new DiscoveryStore(state));
        ErrorEventReader reader = new ErrorEventReader(logGroup);
        long skipped = 0;
        for (String f : files) {
            try (BufferedReader in = open(cli, f)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    var e = reader.read(line);
                    if (e.isEmpty()) {
                        skipped++;
                    } else if (d.observe(e.get()).templateId() < 0) {
                        d.report(e.get().logGroup()); // observe never throws; this says why (e.g. a corrupt state file)
                        throw new IllegalStateException("could not mine an error of log group " + e.get().logGroup());
                    }
                }
            }
        }
        d.save();
        return new Run(d, skipped, window == null ? null : duration(cli, window));
    }

    /** A discovery over the input, the lines that held no error, and the trend window if one was given. */
    record Run(ErrorDiscovery discovery, long skipped, Duration window) {
        io.fmscope.patterns.discovery.DiscoveryReport report(String group) {
            if (window == null) return discovery.reportOverSpan(group);
            var last = discovery.reportOverSpan(group).asOf();
            return discovery.report(group, last, window);
        }
    }

    private static BufferedReader open(CommandLine cli, String f) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        if (f.equals("-")) return new BufferedReader(new InputStreamReader(System.in, decoder));
        Path p = Path.of(f);
        if (!Files.isReadable(p)) throw new CommandLine.ParameterException(cli, "cannot read " + f);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(p), decoder));
    }

    /** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT1H}). */
    static Duration duration(CommandLine cli, String s) {
        try {
            var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(s.trim());
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                Duration d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                if (!d.isZero()) return d;
            } else {
                Duration d = Duration.parse(s.trim());
                if (!d.isNegative() && !d.isZero()) return d;
            }
        } catch (RuntimeException bad) {
            // reported below
        }
        throw new CommandLine.ParameterException(cli, "--window must be a positive duration such as 30m, 2h or PT1H, not " + s);
    }
}
