package io.fmscope.cli.ingest;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.input.LogFiles;
import io.fmscope.query.input.ReadOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;

/**
 * {@code fmscope ingest}: sends JSON-lines files (plain or gzip) to a CloudWatch Logs endpoint (fmscope or
 * AWS) with PutLogEvents, in the largest valid batches, showing progress on stderr.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Sends log files (JSON lines, plain or .gz) to a CloudWatch Logs-compatible endpoint.")
public final class IngestCommand implements Callable<Integer> {

    @Option(names = "--server", required = true, description = "endpoint URL, e.g. http://127.0.0.1:4580")
    URI server;

    @Option(names = "--log-group", required = true, description = "target log group (created if missing)")
    String logGroup;

    @Option(names = "--log-stream", description = "target log stream; default: the stream each event names, else the file name")
    String logStream;

    @Option(names = "--region", defaultValue = "${env:AWS_REGION:-us-east-1}", description = "signing region (default ${DEFAULT-VALUE})")
    String region;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON-lines files, plain or gzip")
    List<Path> files;

    @Override public Integer call() throws Exception {
        Progress progress = new Progress(System.err, files.size());
        try (CloudWatchLogsClient logs = client(server, region)) {
            ensure(() -> logs.createLogGroup(b -> b.logGroupName(logGroup)));
            java.util.Set<String> streams = new java.util.HashSet<>();
            BatchPlanner planner = new BatchPlanner();
            for (Path file : files) {
                ReadOptions options = ReadOptions.DEFAULT.withNames(logGroup, logStream);
                try (LogFiles events = LogFiles.open(List.of(file), options)) {
                    while (events.hasNext()) {
                        LogEvent e = events.next();
                        String stream = logStream != null ? logStream : e.logStream();
                        for (BatchPlanner.Batch b : planner.add(stream, new BatchPlanner.Event(e.timestamp(), e.message()))) {
                            send(logs, b, streams, progress);
                        }
                    }
                }
                progress.fileDone();
            }
            for (BatchPlanner.Batch b : planner.flush()) {
                send(logs, b, streams, progress);
            }
        }
        progress.finish();
        System.out.printf("ingested %d events into %s (%d rejected as too old, too new or expired)%n",
                progress.sent(), logGroup, progress.rejected());
        return 0;
    }

    private void send(CloudWatchLogsClient logs, BatchPlanner.Batch b, java.util.Set<String> streams, Progress progress) {
        if (streams.add(b.stream())) {
            ensure(() -> logs.createLogStream(r -> r.logGroupName(logGroup).logStreamName(b.stream())));
        }
        List<InputLogEvent> events = b.events().stream()
                .map(e -> InputLogEvent.builder().timestamp(e.timestamp()).message(e.message()).build()).toList();
        PutLogEventsResponse r = logs.putLogEvents(p -> p.logGroupName(logGroup).logStreamName(b.stream()).logEvents(events));
        int rejected = rejected(r.rejectedLogEventsInfo(), events.size());
        progress.sent(events.size() - rejected, rejected);
    }

    /** How many events of a batch of {@code n} the rejection info covers. */
    static int rejected(RejectedLogEventsInfo info, int n) {
        if (info == null) {
            return 0;
        }
        int old = Math.max(info.tooOldLogEventEndIndex() == null ? 0 : info.tooOldLogEventEndIndex(),
                info.expiredLogEventEndIndex() == null ? 0 : info.expiredLogEventEndIndex());
        int tooNew = info.tooNewLogEventStartIndex() == null ? n : info.tooNewLogEventStartIndex();
        return old + (n - Math.max(tooNew, old));
    }

    private static void ensure(Runnable create) {
        try {
            create.run();
        } catch (ResourceAlreadyExistsException e) {
            // already there: fine
        }
    }

    /** An SDK client for {@code endpoint}; real credentials if the environment has them, else placeholders fmscope accepts. */
    static CloudWatchLogsClient client(URI endpoint, String region) {
        AwsCredentialsProvider creds = System.getenv("AWS_ACCESS_KEY_ID") != null
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create("fmscope", "fmscope"));
        return CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
    }
}
