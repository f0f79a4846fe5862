package io.fmscope.simulator;

/** Receives live statistics on the simulation thread; must return quickly. Exceptions are ignored. */
@FunctionalInterface
public interface StatsListener {
  void onStats(LiveStats stats);
}
