package io.fmscope.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * An acknowledged PutLogEvents batch survives SIGKILL: `fmscope serve` runs in a child JVM, a writer streams
 * batches, the child is killed mid-stream, restarted on the same data directory, and every event of every
 * acknowledged batch must be there.
 */
class ServeDurabilityTest {
    private static final Pattern LISTENING = Pattern.compile("fmscope listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final int PER_BATCH = 500;

    @TempDir Path dataDir;

    /** Starts `fmscope serve` in a child JVM and returns it with the port it printed. */
    private record Child(Process process, int port) {
    }

    private Child serve() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java, "-cp", cp, "io.fmscope.cli.Main", "serve", "--port", "0",
                "--data-dir", dataDir.toString()).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child was killed
            }
            port.completeExceptionally(new IllegalStateException("child exited without listening"));
        });
        reader.setDaemon(true);
        reader.start();
        return new Child(p, port.get(60, TimeUnit.SECONDS));
    }

    private static CloudWatchLogsClient client(int port) {
        return CloudWatchLogsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.AP_NORTHEAST_1).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .build();
    }

    @Test void acknowledgedBatchesSurviveKillMinus9() throws Exception {
        Child first = serve();
        ConcurrentLinkedQueue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        try (CloudWatchLogsClient logs = client(first.port())) {
            logs.createLogGroup(b -> b.logGroupName("durable"));
            logs.createLogStream(b -> b.logGroupName("durable").logStreamName("s"));
            Thread writer = new Thread(() -> {
                long base = System.currentTimeMillis() - 60_000;
                for (int batch = 0; batch < 10_000 && !stop.get(); batch++) {
                    List<InputLogEvent> events = new ArrayList<>();
                    for (int i = 0; i < PER_BATCH; i++) {
                        events.add(InputLogEvent.builder().timestamp(base + batch)
                                .message("{\"batch\":" + batch + ",\"i\":" + i + "}").build());
                    }
                    try {
                        logs.putLogEvents(b -> b.logGroupName("durable").logStreamName("s").logEvents(events));
                        acknowledged.add(batch);
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                }
            });
            writer.start();
            while (acknowledged.size() < 20) {
                Thread.sleep(10);
            }
            first.process().destroyForcibly(); // SIGKILL while the writer is still sending
            assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            stop.set(true);
            writer.join(60_000);
        }
        assertThat(first.process().exitValue()).isEqualTo(137);
        Child second = serve();
        try (CloudWatchLogsClient logs = client(second.port())) {
            Set<String> stored = new HashSet<>();
            String token = null;
            do {
                String t = token;
                FilterLogEventsResponse r = logs.filterLogEvents(b -> b.logGroupName("durable").nextToken(t));
                r.events().forEach(e -> stored.add(e.message()));
                token = r.nextToken();
            } while (token != null);
            List<String> missing = new ArrayList<>();
            for (int batch : acknowledged) {
                for (int i = 0; i < PER_BATCH; i++) {
                    String m = "{\"batch\":" + batch + ",\"i\":" + i + "}";
                    if (!stored.contains(m)) {
                        missing.add(m);
                    }
                }
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);
            assertThat(missing).as("events of acknowledged batches lost by kill -9").isEmpty();
        } finally {
            second.process().destroy();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
