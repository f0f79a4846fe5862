package io.fmscope.simulator.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fmscope.errors.Taxonomy;
import io.fmscope.model.fmcall.FmCallStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fault table, {@code io/fmscope/simulator/faults.yaml}: which kinds each component supports, the
 * real error each injects and the diagnosis it should get. Loaded once; immutable.
 */
public final class FaultCatalog {
  private static final String RESOURCE = "/io/fmscope/simulator/faults.yaml";
  private static final FaultCatalog BUILT_IN = load();

  private final Map<Component, Map<FaultKind, FaultDefinition>> byComponent;

  private FaultCatalog(Map<Component, Map<FaultKind, FaultDefinition>> byComponent) {
    this.byComponent = byComponent;
  }

  public static FaultCatalog builtIn() {
    return BUILT_IN;
  }

  public Optional<FaultDefinition> find(Component c, FaultKind k) {
    return Optional.ofNullable(byComponent.getOrDefault(c, Map.of()).get(k));
  }

  /** The definition of a known pair; IllegalArgumentException for a pair the table lacks. */
  public FaultDefinition get(Component c, FaultKind k) {
    return find(c, k).orElseThrow(() -> new IllegalArgumentException(
        "no fault '" + k.id() + "' for component '" + c.id() + "'"));
  }

  /** The kinds a component supports, in table order. */
  public Collection<FaultKind> kinds(Component c) {
    return byComponent.getOrDefault(c, Map.of()).keySet();
  }

  public List<FaultDefinition> all() {
    return byComponent.values().stream().flatMap(m -> m.values().stream()).toList();
  }

  private record RawError(String type, String code, @JsonProperty("http_status") int httpStatus, String message) {}

  private record RawDiagnosis(@JsonProperty("taxonomy_type") String taxonomyType, String category,
      @JsonProperty("pattern_id") String patternId) {}

  private record RawEntry(String component, String kind, RawError error, String status, String upstream,
      RawDiagnosis diagnosis, String signal) {}

  private record RawFile(List<RawEntry> entries) {}

  private static FaultCatalog load() {
    ObjectMapper yaml = new YAMLMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = FaultCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      Map<Component, Map<FaultKind, FaultDefinition>> map = new EnumMap<>(Component.class);
      for (RawEntry e : yaml.readValue(in, RawFile.class).entries()) {
        FaultDefinition d = convert(e);
        if (map.computeIfAbsent(d.component(), c -> new EnumMap<>(FaultKind.class)).put(d.kind(), d) != null) {
          throw new IllegalStateException(RESOURCE + ": " + e.component() + "/" + e.kind() + " listed twice");
        }
      }
      return new FaultCatalog(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static FaultDefinition convert(RawEntry e) {
    String where = RESOURCE + ": " + e.component() + "/" + e.kind();
    Component c = Component.parse(e.component()).orElseThrow(() -> new IllegalStateException(where + ": component"));
    FaultKind k = FaultKind.parse(e.kind()).orElseThrow(() -> new IllegalStateException(where + ": kind"));
    FmCallStatus status = FmCallStatus.parse(e.status());
    if (status == null) {
      throw new IllegalStateException(where + ": status '" + e.status() + "'");
    }
    RawDiagnosis d = e.diagnosis();
    String group = d.taxonomyType() == null ? null : Taxonomy.GROUPS.entrySet().stream()
        .filter(g -> g.getValue().contains(d.taxonomyType())).map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new IllegalStateException(where + ": unknown taxonomy type " + d.taxonomyType()));
    ErrorSpec error = e.error() == null ? null
        : new ErrorSpec(e.error().type(), e.error().code() == null ? "" : e.error().code(), e.error().httpStatus(),
            e.error().message());
    return new FaultDefinition(c, k, error, status, e.upstream(),
        new Diagnosis(d.taxonomyType(), group, d.category(), d.patternId()), e.signal());
  }
}
