package io.fmscope.simulator.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer's chat session: several turns with think time between them. Mutable; owned by the
 * simulation thread. {@code history} is what the session store (DynamoDB) holds: the exchanged texts,
 * oldest first, alternating user and assistant.
 */
public final class Session {
  private final String id;
  private final String userId;
  private final Lang lang;
  private final int plannedTurns;
  private final Manga favorite;
  private final List<String> history = new ArrayList<>();
  private int turnsStarted;
  private long version;

  public Session(String id, String userId, Lang lang, int plannedTurns, Manga favorite) {
    this.id = id;
    this.userId = userId;
    this.lang = lang;
    this.plannedTurns = plannedTurns;
    this.favorite = favorite;
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public Lang lang() {
    return lang;
  }

  public int plannedTurns() {
    return plannedTurns;
  }

  /** The title the conversation is about; later turns mostly refer to it. */
  public Manga favorite() {
    return favorite;
  }

  /** Starts the next turn and returns its 1-based number. */
  public int startTurn() {
    return ++turnsStarted;
  }

  public int turnsStarted() {
    return turnsStarted;
  }

  public boolean hasMoreTurns() {
    return turnsStarted < plannedTurns;
  }

  public List<String> history() {
    return List.copyOf(history);
  }

  /** The session item's version, for optimistic locking of writes. */
  public long version() {
    return version;
  }

  /** A successful write of one exchange. */
  public void append(String user, String assistant) {
    history.add(user);
    history.add(assistant);
    version++;
  }

  /** The session was reset (corrupt or lost item): the history starts over. */
  public void reset() {
    history.clear();
    version++;
  }
}
