package io.fmscope.simulator.service;

import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.traffic.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The orchestrator's ECS Fargate tasks behind the load balancer, round robin. A new task is cold: its first
 * request pays for imports, JIT and connection pools (about 1.6 s), the next few a little. Tasks are
 * replaced when they crash or run out of memory, and, under a cold-start fault, a share of requests
 * land on a task that was just started (scaling churn or a rolling deployment).
 */
public final class Fleet {
  private static final LogNormal FIRST_REQUEST = new LogNormal(1_600, 0.3);
  private static final LogNormal WARMING = new LogNormal(220, 0.4);
  private static final int WARMING_REQUESTS = 4;

  /** One task; {@code served} counts the requests it handled. */
  public static final class Task {
    private final String id;
    private int served;

    Task(String id, int served) {
      this.id = id;
      this.served = served;
    }

    /** The ECS task id, also the spans' {@code service.instance.id}. */
    public String id() {
      return id;
    }
  }

  private final Infra infra;
  private final RandomGenerator ids;
  private final List<Task> tasks = new ArrayList<>();
  private long next;

  public Fleet(Infra infra, RandomGenerator ids, int size) {
    this.infra = infra;
    this.ids = ids;
    for (int i = 0; i < size; i++) {
      tasks.add(new Task(Ids.hex(ids, 32), 1_000)); // running (warm) before the run starts
    }
  }

  /** The task that serves the next request; it may be a fresh one under a cold-start fault. */
  public Task route() {
    int slot = (int) (next++ % tasks.size());
    if (infra.faults().hit(Component.ORCHESTRATOR, FaultKind.COLD_START, infra.now(), null) != null) {
      tasks.set(slot, new Task(Ids.hex(ids, 32), 0));
    }
    return tasks.get(slot);
  }

  /** Start-up cost this request pays on its task, in ms (0 when warm); counts the request. */
  public double coldPenaltyMs(Task t) {
    int n = t.served++;
    if (n == 0) {
      return FIRST_REQUEST.sample(infra.rng());
    }
    return n <= WARMING_REQUESTS ? WARMING.sample(infra.rng()) / n : 0;
  }

  /** The task died (OOM, crash): ECS starts a replacement in its slot. */
  public void replace(Task dead) {
    int i = tasks.indexOf(dead);
    if (i >= 0) {
      tasks.set(i, new Task(Ids.hex(ids, 32), 0));
    }
  }

  public boolean cold(Task t) {
    return t.served <= 1;
  }
}
