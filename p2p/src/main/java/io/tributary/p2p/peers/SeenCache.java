package io.tributary.p2p.peers;

import io.tributary.core.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ids of the last {@code capacity} gossip messages, least recently seen forgotten first. Thread-safe. */
public final class SeenCache {
  private final Map<Hash, Boolean> seen;

  public SeenCache(final int capacity) {
    this.seen = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(final Map.Entry<Hash, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Remembers {@code id}; true when it was not remembered yet. */
  public synchronized boolean add(final Hash id) {
    return seen.put(id, Boolean.TRUE) == null;
  }

  public synchronized boolean contains(final Hash id) {
    return seen.containsKey(id);
  }

  /** Forgets {@code id}, so a later copy is handled (used when a copy could not be handled). */
  public synchronized void remove(final Hash id) {
    seen.remove(id);
  }

  public synchronized int size() {
    return seen.size();
  }
}
