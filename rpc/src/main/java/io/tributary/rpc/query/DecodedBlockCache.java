package io.tributary.rpc.query;

import io.tributary.core.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The most recently read blocks (or receipt lists), decoded. A client that fetches every receipt of a block
 * (explorers, load tools, ethers' wait()) would otherwise decode the whole block once per transaction. Entries are keyed
 * by block hash, and what a hash names never changes, so nothing is ever stale.
 */
final class DecodedBlockCache<V> {
  private final Map<Hash, V> entries;

  DecodedBlockCache(final int capacity) {
    this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(final Map.Entry<Hash, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The cached value for {@code hash}, else what {@code load} reads (kept when present). Loads outside the lock. */
  Optional<V> get(final Hash hash, final Function<Hash, Optional<V>> load) {
    synchronized (entries) {
      final V cached = entries.get(hash);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    final Optional<V> loaded = load.apply(hash);
    loaded.ifPresent(value -> {
      synchronized (entries) {
        entries.put(hash, value);
      }
    });
    return loaded;
  }
}
