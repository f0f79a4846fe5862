package io.fmscope.simulator.service;

import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.traffic.Session;
import java.util.List;

/**
 * DynamoDB as the session store ({@code manga-assist-sessions}): GetItem reads the conversation, PutItem
 * with a version condition appends an exchange. Throttled calls are retried by the client (3 attempts,
 * 25-100 ms backoff) before the error reaches the application. Faults: throttling, network (connect
 * timeout), slow calls past the 1 s client timeout, missing permissions, sessions that are gone, and
 * corrupt or concurrent writes (the version condition fails).
 */
public final class DynamoDb {
  public static final String TABLE = "manga-assist-sessions";
  static final double TIMEOUT_MS = 1_000;
  private static final int ATTEMPTS = 3;
  private static final LogNormal GET = new LogNormal(5.5, 0.35);
  private static final LogNormal PUT = new LogNormal(7.0, 0.35);
  private static final LogNormal FAST_FAIL = new LogNormal(4.0, 0.3);

  private final Infra infra;

  public DynamoDb(Infra infra) {
    this.infra = infra;
  }

  /** GetItem of the session: its history, oldest first. */
  public List<String> get(Session s) {
    call(GET, s);
    FaultPlan.Window gone = infra.faults().hit(Component.DYNAMODB, FaultKind.SESSION_NOT_FOUND, infra.now(), null);
    if (gone != null && s.turnsStarted() > 1) {
      throw Infra.error(gone, null, s.id(), null);
    }
    return s.history();
  }

  /** PutItem of the session with {@code version = :expected}. */
  public void put(Session s) {
    call(PUT, s);
    FaultPlan.Window corrupt = infra.faults().hit(Component.DYNAMODB, FaultKind.SESSION_CORRUPTION, infra.now(), null);
    if (corrupt != null) {
      throw Infra.error(corrupt, null, s.id(), null);
    }
  }

  private void call(LogNormal latency, Session s) {
    long now = infra.now();
    FaultPlan.Window w = infra.faults().hit(Component.DYNAMODB, FaultKind.PERMISSION, now, null);
    if (w == null) {
      w = infra.faults().hit(Component.DYNAMODB, FaultKind.NETWORK, now, null);
      if (w != null) {
        infra.spend(TIMEOUT_MS);
        throw Infra.error(w, null, s.id(), null);
      }
    }
    if (w != null) {
      infra.spend(FAST_FAIL);
      throw Infra.error(w, null, s.id(), null);
    }
    for (int attempt = 1; ; attempt++) {
      FaultPlan.Window throttled = infra.faults().hit(Component.DYNAMODB, FaultKind.THROTTLING, infra.now(), null);
      if (throttled == null) {
        break;
      }
      infra.spend(FAST_FAIL);
      if (attempt == ATTEMPTS) {
        throw Infra.error(throttled, null, s.id(), null);
      }
      infra.spend(25.0 * (1 << (attempt - 1)) * (1 + infra.rng().nextDouble()));
    }
    double ms = latency.sample(infra.rng())
        * infra.faults().multiplier(Component.DYNAMODB, FaultKind.LATENCY, now, null);
    if (ms > TIMEOUT_MS) {
      FaultPlan.Window slow = infra.faults().activeMultiplier(Component.DYNAMODB, FaultKind.LATENCY, now, null);
      infra.spend(TIMEOUT_MS);
      throw Infra.error(Component.DYNAMODB, FaultKind.LATENCY,
          slow == null ? FaultPlan.BACKGROUND : slow.spec().id(), null, s.id());
    }
    infra.spend(ms);
  }
}
