package io.fmscope.query.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fixture read independently of the engine (Jackson trees and plain Java), for computing expected results.
 */
final class SeedRecords {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One fixture line. */
    record Rec(JsonNode json, long ts) {
        String text(String path) {
            JsonNode n = node(path);
            return n == null || n.isNull() ? null : n.asText();
        }

        Double number(String path) {
            JsonNode n = node(path);
            return n == null || !n.isNumber() ? null : n.asDouble();
        }

        boolean is(String path, String value) {
            return value.equals(text(path));
        }

        private JsonNode node(String path) {
            JsonNode n = json;
            for (String p : path.split("\\.")) {
                if (n == null) return null;
                n = n.get(p);
            }
            return n;
        }
    }

    private SeedRecords() {}

    static Path file() {
        try {
            return Path.of(SeedRecords.class.getClassLoader().getResource(SeedFixture.RESOURCE).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Rec> all() {
        try {
            List<Rec> out = new ArrayList<>();
            for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
                JsonNode j = JSON.readTree(line);
                long ts = j.has("metadata") ? j.get("metadata").get("timestamp_epoch_ms").asLong()
                        : Instant.parse(j.get("timestamp").asText().replace("+00:00", "Z")).toEpochMilli();
                out.add(new Rec(j, ts));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as the engine reads it: through the runtime's file reader (format detected). */
    static io.fmscope.query.exec.EventSource events() {
        List<io.fmscope.model.log.LogEvent> list = new ArrayList<>();
        try (var reader = io.fmscope.query.input.LogFileReader.open(file(), io.fmscope.query.input.ReadOptions.DEFAULT)) {
            reader.forEachRemaining(list::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return io.fmscope.query.exec.EventSource.of(list);
    }

    static List<Rec> where(List<Rec> recs, Predicate<Rec> p) {
        return recs.stream().filter(p).toList();
    }

    /** The bucket start of {@code ts} for a period, rendered as result cells show timestamps. */
    static String bucket(long ts, long periodMillis) {
        return SHOWN.format(Instant.ofEpochMilli(Math.floorDiv(ts, periodMillis) * periodMillis));
    }

    static String shown(long ts) {
        return SHOWN.format(Instant.ofEpochMilli(ts));
    }

    static double avg(List<Rec> g, String path) {
        return values(g, path).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static double sum(List<Rec> g, String path) {
        return values(g, path).stream().mapToDouble(Double::doubleValue).sum();
    }

    static double max(List<Rec> g, String path) {
        return values(g, path).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    static double min(List<Rec> g, String path) {
        return values(g, path).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** Nearest rank: the ceil(p/100 * n)-th smallest value. */
    static double percentile(List<Rec> g, String path, double p) {
        List<Double> v = values(g, path).stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * v.size());
        return v.get(Math.max(0, Math.min(v.size() - 1, rank - 1)));
    }

    static List<Double> values(List<Rec> g, String path) {
        return g.stream().map(r -> r.number(path)).filter(java.util.Objects::nonNull).toList();
    }

    static <K> java.util.Map<K, List<Rec>> groupBy(List<Rec> recs, Function<Rec, K> key) {
        java.util.Map<K, List<Rec>> m = new java.util.LinkedHashMap<>();
        for (Rec r : recs) m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        return m;
    }
}
