package io.fmscope.simulator.scenario;

/** How the message rate varies over the day. */
public enum Rhythm {
  /** Quiet at night, peaking in Japanese business hours and the evening (JST); the mean is the rate. */
  DAILY,
  /** The same rate all day. */
  FLAT
}
