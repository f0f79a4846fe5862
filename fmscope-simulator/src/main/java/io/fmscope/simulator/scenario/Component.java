package io.fmscope.simulator.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The parts of MangaAssist a fault can target, as scenario files name them. */
public enum Component {
  BEDROCK("bedrock"),
  OPENSEARCH("opensearch"),
  DYNAMODB("dynamodb"),
  REDIS("redis"),
  APIGATEWAY("apigateway"),
  ORCHESTRATOR("orchestrator"),
  WEBSOCKET("websocket"),
  /** A deployment or configuration change (task definition, IAM role, environment, prompt template). */
  DEPLOYMENT("deployment");

  private final String id;

  Component(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** By id; {@code config} and {@code deployment/config} are accepted for {@link #DEPLOYMENT}. */
  public static Optional<Component> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("config") || t.equals("deployment/config")) {
      return Optional.of(DEPLOYMENT);
    }
    return Arrays.stream(values()).filter(c -> c.id.equals(t)).findFirst();
  }

  public static String known() {
    return Arrays.stream(values()).map(Component::id).collect(Collectors.joining(", "));
  }
}
