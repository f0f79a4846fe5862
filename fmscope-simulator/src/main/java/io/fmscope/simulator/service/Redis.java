package io.fmscope.simulator.service;

import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ElastiCache Redis as MangaAssist's response cache: answers to FAQ-like questions, kept 30 minutes,
 * at most 20,000 keys (least recently used evicted). Faults: connection refused, read timeouts, slow
 * replies (a timeout past the 1 s socket timeout), and a failover to a stale read-only replica (old
 * entries served, writes refused with READONLY).
 */
public final class Redis {
  static final double SOCKET_TIMEOUT_MS = 1_000;
  private static final long TTL_NANOS = 30 * 60_000_000_000L;
  private static final int CAPACITY = 20_000;
  private static final LogNormal GET = new LogNormal(0.9, 0.45);
  private static final LogNormal SET = new LogNormal(1.1, 0.45);
  private static final LogNormal REFUSED = new LogNormal(1.5, 0.3);

  /** A cached answer and the usage of the model call that produced it (what a hit saves). */
  public record Entry(String model, String answer, int systemTokens, int contextTokens, int userTokens,
      int outputTokens, long storedNanos) {}

  /** A cache lookup: the entry (null on a miss) and its age in seconds when hit. */
  public record Lookup(Entry entry, double ageSeconds) {}

  private final Infra infra;
  private final Map<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Redis.Entry> eldest) {
      return size() > CAPACITY;
    }
  };

  public Redis(Infra infra) {
    this.infra = infra;
  }

  /** GET: a hit, a miss, or a ServiceException after the time it took. */
  public Lookup get(String key) {
    long now = infra.now();
    fail(now);
    double ms = GET.sample(infra.rng()) * infra.faults().multiplier(Component.REDIS, FaultKind.LATENCY, now, null);
    timeoutIfSlow(ms, now);
    infra.spend(ms);
    Entry e = key == null ? null : entries.get(key);
    if (e == null) {
      return new Lookup(null, 0);
    }
    boolean expired = infra.now() - e.storedNanos() > TTL_NANOS;
    if (expired && infra.faults().hit(Component.REDIS, FaultKind.CACHE_STALE, now, null) == null) {
      entries.remove(key);
      return new Lookup(null, 0);
    }
    return new Lookup(e, (infra.now() - e.storedNanos()) / 1e9);
  }

  /** SET after an answer went out. */
  public void set(String key, Entry e) {
    long now = infra.now();
    fail(now);
    FaultPlan.Window stale = infra.faults().hit(Component.REDIS, FaultKind.CACHE_STALE, now, null);
    double ms = SET.sample(infra.rng()) * infra.faults().multiplier(Component.REDIS, FaultKind.LATENCY, now, null);
    timeoutIfSlow(ms, now);
    infra.spend(ms);
    if (stale != null) {
      throw Infra.error(stale, null, null, null);
    }
    entries.put(key, e);
  }

  private void fail(long now) {
    FaultPlan.Window w = infra.faults().hit(Component.REDIS, FaultKind.UNAVAILABLE, now, null);
    if (w != null) {
      infra.spend(REFUSED);
      throw Infra.error(w, null, null, null);
    }
    w = infra.faults().hit(Component.REDIS, FaultKind.TIMEOUT, now, null);
    if (w != null) {
      infra.spend(SOCKET_TIMEOUT_MS);
      throw Infra.error(w, null, null, null);
    }
  }

  private void timeoutIfSlow(double ms, long now) {
    if (ms > SOCKET_TIMEOUT_MS) {
      FaultPlan.Window w = infra.faults().activeMultiplier(Component.REDIS, FaultKind.LATENCY, now, null);
      infra.spend(SOCKET_TIMEOUT_MS);
      throw Infra.error(Component.REDIS, FaultKind.LATENCY, w == null ? FaultPlan.BACKGROUND : w.spec().id(), null, null);
    }
  }
}
