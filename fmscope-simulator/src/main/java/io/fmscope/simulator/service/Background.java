package io.fmscope.simulator.service;

import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import java.util.List;

/**
 * The healthy background: errors a well-run MangaAssist still sees, as shares of the affected calls
 * (before {@code baseline.background_errors} scales them). Together they keep a healthy run's error rate
 * well under the seed's 1% while giving detectors realistic noise. Bedrock throttles are per attempt and
 * mostly absorbed by retries; DynamoDB throttles are per attempt and absorbed by the client's retries.
 */
record Background(Component component, FaultKind kind, double share) {
  static final List<Background> RATES = List.of(
      new Background(Component.BEDROCK, FaultKind.THROTTLING, 0.003),
      new Background(Component.BEDROCK, FaultKind.UNAVAILABLE, 0.0002),
      new Background(Component.BEDROCK, FaultKind.TIMEOUT, 0.0001),
      new Background(Component.BEDROCK, FaultKind.CONTENT_FILTER, 0.0012),
      new Background(Component.WEBSOCKET, FaultKind.DISCONNECT, 0.001),
      new Background(Component.OPENSEARCH, FaultKind.EMPTY_RESULTS, 0.001),
      new Background(Component.REDIS, FaultKind.TIMEOUT, 0.0001),
      new Background(Component.DYNAMODB, FaultKind.THROTTLING, 0.0005),
      new Background(Component.DYNAMODB, FaultKind.SESSION_CORRUPTION, 0.0001));
}
