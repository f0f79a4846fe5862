package io.fmscope.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.Taxonomy;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fault table's injected errors are what the error catalog says they are, and the table covers the taxonomy. */
class FaultCatalogTest {
  private static final ErrorClassifier CLASSIFIER = ErrorClassifier.withDefaults();

  @Test
  void everyInjectedErrorClassifiesAsItsDiagnosis() {
    for (FaultDefinition d : FaultCatalog.builtIn().all()) {
      if (d.error() == null) {
        continue;
      }
      ErrorSpec e = d.error();
      String message = e.render(Models.SONNET, "7f3c2a91-5d1e-4b8a-9c64-2f0e8d1b6a53", 213_442L);
      ErrorInput.Builder in = ErrorInput.builder(message).service(d.upstream());
      if (!e.code().isEmpty()) {
        in.code(e.code());
      }
      if (e.httpStatus() >= 400) {
        in.httpStatus(e.httpStatus());
      }
      List<PatternMatch> m = CLASSIFIER.match(in.build());
      String where = d.component().id() + "/" + d.kind().id() + ": " + message;
      assertThat(m).as(where).isNotEmpty();
      assertThat(m.getFirst().patternId()).as(where).isEqualTo(d.diagnosis().patternId());
      assertThat(m.getFirst().category()).as(where).isEqualTo(d.diagnosis().category());
      assertThat(message).as(where + " has unfilled placeholders").doesNotContain("{model}", "{session_id}", "{tokens}");
    }
  }

  @Test
  void everyTaxonomyTypeCanBeInjectedAsAnError() {
    Set<String> injected = FaultCatalog.builtIn().all().stream().filter(d -> d.error() != null)
        .map(d -> d.diagnosis().taxonomyType()).filter(t -> t != null).collect(Collectors.toSet());
    assertThat(injected).containsAll(Taxonomy.types());
  }

  @Test
  void everySeedPatternHasAFaultAndEveryKindIsUsed() {
    Set<String> patterns = FaultCatalog.builtIn().all().stream().map(d -> d.diagnosis().patternId())
        .filter(p -> p != null).collect(Collectors.toSet());
    assertThat(patterns).contains("EP-001", "EP-002", "EP-003", "EP-004", "EP-005", "EP-006", "EP-007", "EP-008");
    EnumSet<FaultKind> used = EnumSet.noneOf(FaultKind.class);
    FaultCatalog.builtIn().all().forEach(d -> used.add(d.kind()));
    assertThat(used).containsExactlyInAnyOrder(FaultKind.values());
    for (Component c : Component.values()) {
      assertThat(FaultCatalog.builtIn().kinds(c)).as(c.id()).isNotEmpty();
    }
  }

  @Test
  void taxonomyGroupsComeFromTheSeedDiagram() {
    FaultDefinition throttle = FaultCatalog.builtIn().get(Component.BEDROCK, FaultKind.THROTTLING);
    assertThat(throttle.diagnosis().taxonomyGroup()).isEqualTo("Model Errors");
    FaultDefinition stale = FaultCatalog.builtIn().get(Component.REDIS, FaultKind.CACHE_STALE);
    assertThat(stale.diagnosis().taxonomyGroup()).isEqualTo("Data Layer Errors");
    assertThat(FaultCatalog.builtIn().find(Component.REDIS, FaultKind.THROTTLING)).isEmpty();
  }
}
