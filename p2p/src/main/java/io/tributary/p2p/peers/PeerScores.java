package io.tributary.p2p.peers;

import io.tributary.p2p.NodeId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Penalty points per node id, in integers: each penalty adds its points, and points drain by {@code decayPerSecond}
 * per whole second of the injected clock. Kept across sessions (a reconnect does not wipe them); bounded, the least
 * recently penalised ids are forgotten first. Thread-safe.
 */
public final class PeerScores {
  private static final int CAPACITY = 4096;

  private final int decayPerSecond;
  private final Map<NodeId, long[]> scores = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(final Map.Entry<NodeId, long[]> eldest) {
      return size() > CAPACITY;
    }
  };

  public PeerScores(final int decayPerSecond) {
    this.decayPerSecond = decayPerSecond;
  }

  /** Adds {@code points} and returns the peer's points now (saturating, never negative). */
  public synchronized long add(final NodeId nodeId, final long points, final long nowMillis) {
    final long[] score = scores.computeIfAbsent(nodeId, id -> new long[] {0, nowMillis});
    decay(score, nowMillis);
    score[0] = points > Long.MAX_VALUE - score[0] ? Long.MAX_VALUE : score[0] + points;
    return score[0];
  }

  public synchronized long points(final NodeId nodeId, final long nowMillis) {
    final long[] score = scores.get(nodeId);
    if (score == null) {
      return 0;
    }
    decay(score, nowMillis);
    return score[0];
  }

  /** Starts the peer over at zero (after its ban). */
  public synchronized void reset(final NodeId nodeId) {
    scores.remove(nodeId);
  }

  private void decay(final long[] score, final long nowMillis) {
    final long seconds = (nowMillis - score[1]) / 1000;
    if (seconds <= 0) {
      return;
    }
    final long forgiven = seconds > Long.MAX_VALUE / Math.max(1, decayPerSecond) ? Long.MAX_VALUE
        : seconds * decayPerSecond;
    score[0] = Math.max(0, score[0] - forgiven);
    score[1] += seconds * 1000;
  }
}
