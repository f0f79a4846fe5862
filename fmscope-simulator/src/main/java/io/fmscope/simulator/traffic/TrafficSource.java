package io.fmscope.simulator.traffic;

import io.fmscope.simulator.Rate;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;

/**
 * Customer messages in time order. Sessions start as a non-homogeneous Poisson process (thinning against
 * the daily rhythm's peak) at {@code rate / mean turns per session}; each session then sends its planned
 * turns, each after the previous answer plus a think time, so the message rate averages {@code rate}.
 * Sessions start ten minutes before the run (their earlier turns are not emitted), so the rate is steady
 * from the first second instead of ramping up while the first conversations get going.
 */
public final class TrafficSource {
  /** Turns per session: 1 + a geometric number of follow-ups (mean about 2.5), at most this many. */
  static final int MAX_TURNS = 12;
  private static final double FOLLOW_UP_P = 0.2857;
  private static final double THINK_MEDIAN_S = 20;
  private static final double THINK_SIGMA = 0.6;
  private static final double JA_SHARE = 0.72;
  private static final long WARM_UP_NANOS = 600_000_000_000L;
  /** Turns before the run are taken as answered this long after they arrived. */
  private static final long WARM_UP_ANSWER_NANOS = 1_000_000_000L;

  /** One message to handle at {@code atNanos}; {@code seq} orders equal times. */
  public record Arrival(long atNanos, long seq, Session session, int turn, Question question) {}

  private final PriorityQueue<Arrival> followUps =
      new PriorityQueue<>(Comparator.comparingLong(Arrival::atNanos).thenComparingLong(Arrival::seq));
  private final DailyRhythm rhythm;
  private final RandomGenerator rng;
  private final QuestionGenerator questions;
  private final double peakSessionsPerNano;
  private final long startNanos;
  private Arrival lookahead;
  private long nextSessionAt;
  private long seq;

  public TrafficSource(Rate rate, DailyRhythm rhythm, long startNanos, RandomGenerator rng, QuestionGenerator questions) {
    this.rhythm = rhythm;
    this.rng = rng;
    this.questions = questions;
    this.peakSessionsPerNano = rate.perSecond() / meanTurns() * rhythm.max() / 1e9;
    this.startNanos = startNanos;
    this.nextSessionAt = startNanos - WARM_UP_NANOS;
    advanceSessionClock();
  }

  /** The exact mean of the truncated turns-per-session distribution. */
  static double meanTurns() {
    double mean = 0;
    double left = 1;
    for (int turns = 1; turns < MAX_TURNS; turns++) {
      double p = FOLLOW_UP_P * Math.pow(1 - FOLLOW_UP_P, turns - 1);
      mean += turns * p;
      left -= p;
    }
    return mean + MAX_TURNS * left;
  }

  /** The next message if it arrives before {@code limitNanos}, else null (and it stays next). */
  public Arrival nextBefore(long limitNanos) {
    if (lookahead == null) {
      lookahead = next();
    }
    if (lookahead.atNanos() >= limitNanos) {
      return null;
    }
    Arrival a = lookahead;
    lookahead = null;
    return a;
  }

  /** The next message at or after the start, in time order. */
  public Arrival next() {
    if (lookahead != null) {
      Arrival a = lookahead;
      lookahead = null;
      return a;
    }
    Arrival a = nextAny();
    while (a.atNanos() < startNanos) {
      completed(a, a.atNanos() + WARM_UP_ANSWER_NANOS);
      a = nextAny();
    }
    return a;
  }

  private Arrival nextAny() {
    Arrival f = followUps.peek();
    if (f != null && f.atNanos() <= nextSessionAt) {
      return followUps.poll();
    }
    Session s = new Session(Ids.uuid(rng), String.format("u-%07d", rng.nextInt(10_000_000)),
        rng.nextDouble() < JA_SHARE ? Lang.JA : Lang.EN, plannedTurns(), questions.drawTitle(rng));
    Arrival a = arrival(nextSessionAt, s);
    advanceSessionClock();
    return a;
  }

  /** The answer to {@code a} went out at {@code doneNanos}: schedule the session's next turn, if any. */
  public void completed(Arrival a, long doneNanos) {
    Session s = a.session();
    if (s.hasMoreTurns()) {
      double thinkS = 3 + THINK_MEDIAN_S * Math.exp(THINK_SIGMA * rng.nextGaussian());
      followUps.add(arrival(doneNanos + (long) (thinkS * 1e9), s));
    }
  }

  private Arrival arrival(long at, Session s) {
    int turn = s.startTurn();
    return new Arrival(at, seq++, s, turn, questions.next(s, turn, rng));
  }

  private int plannedTurns() {
    int turns = 1;
    while (turns < MAX_TURNS && rng.nextDouble() >= FOLLOW_UP_P) {
      turns++;
    }
    return turns;
  }

  /** Thinning: candidate gaps at the peak rate, each kept with probability rhythm / peak. */
  private void advanceSessionClock() {
    do {
      double gap = -Math.log(1 - rng.nextDouble()) / peakSessionsPerNano;
      nextSessionAt += (long) Math.max(1, gap);
    } while (rng.nextDouble() * rhythm.max() > rhythm.factor(nextSessionAt));
  }
}
