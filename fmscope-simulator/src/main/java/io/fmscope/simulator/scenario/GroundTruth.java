package io.fmscope.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run injected and when, in simulated time, and what each fault should be diagnosed as: the
 * answer key for detection and diagnosis. Written as JSON by every run (format in docs/simulator.md).
 */
public record GroundTruth(String scenario, String scenarioFile, String description, String pattern, long seed,
    double ratePerDay, String rhythm, double speed, Instant start, Instant end, List<FaultWindow> faults) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One injected fault: its window {@code [start, end)} in simulated time and its expected diagnosis. Fields
   * of {@link FaultDefinition} that do not apply (no error type for latency faults) are null.
   */
  public record FaultWindow(String id, String component, String kind, double intensity, String model,
      Instant start, Instant end, Diagnosis diagnosis, String upstreamService, String errorType, String errorCode,
      String status, String signal) {

    public boolean contains(Instant t) {
      return !t.isBefore(start) && t.isBefore(end);
    }
  }

  public GroundTruth {
    faults = List.copyOf(faults);
  }

  /** The ground truth of running {@code s} from {@code start}. */
  public static GroundTruth of(Scenario s, long seed, double ratePerDay, double speed, Instant start) {
    List<FaultWindow> w = new ArrayList<>();
    for (FaultSpec f : s.faults()) {
      FaultDefinition d = FaultCatalog.builtIn().get(f.component(), f.kind());
      w.add(new FaultWindow(f.id(), f.component().id(), f.kind().id(), f.intensity(), f.model(),
          start.plus(f.start()), start.plus(f.end()), d.diagnosis(), d.upstream(),
          d.error() == null ? null : d.error().type(), d.error() == null ? null : d.error().code(),
          d.status().name(), d.signal()));
    }
    return new GroundTruth(s.name(), s.source(), s.description(), s.pattern(), seed, ratePerDay,
        s.baseline().rhythm().name().toLowerCase(java.util.Locale.ROOT), speed, start, start.plus(s.duration()), w);
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writeValue(file.toFile(), toMap());
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(toMap());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", scenario);
    m.put("scenario_file", scenarioFile);
    m.put("description", description);
    m.put("pattern", pattern);
    m.put("seed", seed);
    m.put("rate_per_day", ratePerDay);
    m.put("rhythm", rhythm);
    m.put("speed", Double.isInfinite(speed) ? "max" : speed);
    time(m, "start", start);
    time(m, "end", end);
    List<Map<String, Object>> list = new ArrayList<>();
    for (FaultWindow f : faults) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", f.id());
      o.put("component", f.component());
      o.put("kind", f.kind());
      o.put("intensity", f.intensity());
      o.put("model", f.model());
      time(o, "start", f.start());
      time(o, "end", f.end());
      o.put("start_offset_s", (f.start().toEpochMilli() - start.toEpochMilli()) / 1000.0);
      o.put("duration_s", (f.end().toEpochMilli() - f.start().toEpochMilli()) / 1000.0);
      o.put("taxonomy_type", f.diagnosis().taxonomyType());
      o.put("taxonomy_group", f.diagnosis().taxonomyGroup());
      o.put("category", f.diagnosis().category());
      o.put("pattern_id", f.diagnosis().patternId());
      o.put("upstream_service", f.upstreamService());
      o.put("error_type", f.errorType());
      o.put("error_code", f.errorCode());
      o.put("status", f.status());
      o.put("signal", f.signal());
      list.add(o);
    }
    m.put("faults", list);
    return m;
  }

  private static void time(Map<String, Object> m, String key, Instant t) {
    m.put(key, t.toString());
    m.put(key + "_epoch_ms", t.toEpochMilli());
  }

  /** Reads a file written by {@link #write}. */
  public static GroundTruth read(Path file) throws IOException {
    JsonNode n = JSON.readTree(file.toFile());
    List<FaultWindow> w = new ArrayList<>();
    for (JsonNode f : n.path("faults")) {
      w.add(new FaultWindow(f.path("id").asText(), f.path("component").asText(), f.path("kind").asText(),
          f.path("intensity").asDouble(), text(f, "model"), Instant.parse(f.path("start").asText()),
          Instant.parse(f.path("end").asText()), new Diagnosis(text(f, "taxonomy_type"), text(f, "taxonomy_group"),
              text(f, "category"), text(f, "pattern_id")), text(f, "upstream_service"), text(f, "error_type"),
          text(f, "error_code"), text(f, "status"), text(f, "signal")));
    }
    JsonNode speed = n.path("speed");
    return new GroundTruth(text(n, "scenario"), text(n, "scenario_file"), text(n, "description"), text(n, "pattern"),
        n.path("seed").asLong(), n.path("rate_per_day").asDouble(), text(n, "rhythm"),
        speed.isNumber() ? speed.asDouble() : Double.POSITIVE_INFINITY, Instant.parse(n.path("start").asText()),
        Instant.parse(n.path("end").asText()), w);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }
}
