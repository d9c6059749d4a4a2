package io.tributary.state.world;

import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.Segment;
import io.tributary.state.storage.StorageTransaction;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * A state commit's writes, kept instead of applied, so a root computed once (a proposer's) can be committed later
 * without computing it again. Reads see the recorded writes over committed storage, as a transaction's do.
 * {@link #replayInto} applies them in recording order; the storage transaction sorts keys itself.
 */
final class RecordedWrites implements StorageTransaction {
  private final KeyValueStorage storage;
  private final Map<Segment, LinkedHashMap<Bytes, Optional<Bytes>>> writes = new HashMap<>();
  private final LinkedHashMap<Segment, Boolean> order = new LinkedHashMap<>();

  RecordedWrites(final KeyValueStorage storage) {
    this.storage = storage;
  }

  @Override
  public Optional<Bytes> get(final Segment segment, final Bytes key) {
    final Map<Bytes, Optional<Bytes>> pending = writes.get(segment);
    final Optional<Bytes> write = pending == null ? null : pending.get(key);
    return write != null ? write : storage.get(segment, key);
  }

  @Override
  public void put(final Segment segment, final Bytes key, final Bytes value) {
    segmentWrites(segment).put(key, Optional.of(value));
  }

  @Override
  public void remove(final Segment segment, final Bytes key) {
    segmentWrites(segment).put(key, Optional.empty());
  }

  void replayInto(final StorageTransaction tx) {
    for (final Segment segment : order.keySet()) {
      writes.get(segment).forEach((key, value) -> {
        if (value.isPresent()) {
          tx.put(segment, key, value.get());
        } else {
          tx.remove(segment, key);
        }
      });
    }
  }

  /** Recorded writes are applied through {@link #replayInto}, never committed themselves. */
  @Override
  public void commit() {
    throw new UnsupportedOperationException("recorded writes are replayed into a storage transaction");
  }

  @Override
  public void rollback() {
    writes.clear();
    order.clear();
  }

  @Override
  public void close() {}

  private LinkedHashMap<Bytes, Optional<Bytes>> segmentWrites(final Segment segment) {
    order.putIfAbsent(segment, Boolean.TRUE);
    return writes.computeIfAbsent(segment, s -> new LinkedHashMap<>());
  }
}
