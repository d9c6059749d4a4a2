package io.tributary.state.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;

/**
 * The pending writes of a transaction, per segment: a value to put, or empty for a delete. Lookups are hashed (a block
 * commit reads back tens of thousands of its own writes); {@link #forEach} visits segments by name and keys in unsigned
 * order, so applying them never depends on hash order and LMDB receives sorted keys.
 */
final class BufferedWrites {
  /** LMDB's default limit; both backends enforce it so code that works in memory works on disk. */
  static final int MAX_KEY_BYTES = 511;

  private final TreeMap<String, Segment> segments = new TreeMap<>();
  private final Map<String, HashMap<Bytes, Optional<Bytes>>> writes = new HashMap<>();

  void put(final Segment segment, final Bytes key, final Bytes value) {
    checkKey(key);
    segmentWrites(segment).put(key.copy(), Optional.of(value.copy()));
  }

  void remove(final Segment segment, final Bytes key) {
    checkKey(key);
    segmentWrites(segment).put(key.copy(), Optional.empty());
  }

  /** Empty when this transaction has not touched the key; else the pending value or deletion. */
  Optional<Optional<Bytes>> pending(final Segment segment, final Bytes key) {
    final HashMap<Bytes, Optional<Bytes>> segmentWrites = writes.get(segment.name());
    if (segmentWrites == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(segmentWrites.get(key));
  }

  /** Visits every pending write, segment by segment (by name), keys in unsigned order. */
  void forEach(final WriteVisitor visitor) {
    for (final Segment segment : segments.values()) {
      final List<Map.Entry<Bytes, Optional<Bytes>>> sorted = new ArrayList<>(writes.get(segment.name()).entrySet());
      sorted.sort((a, b) -> UnsignedBytes.compare(a.getKey(), b.getKey()));
      for (final Map.Entry<Bytes, Optional<Bytes>> write : sorted) {
        visitor.visit(segment, write.getKey(), write.getValue());
      }
    }
  }

  boolean isEmpty() {
    return writes.isEmpty();
  }

  void clear() {
    writes.clear();
    segments.clear();
  }

  private static void checkKey(final Bytes key) {
    if (key.isEmpty() || key.size() > MAX_KEY_BYTES) {
      throw new IllegalArgumentException("keys are 1 to " + MAX_KEY_BYTES + " bytes, got " + key.size());
    }
  }

  private HashMap<Bytes, Optional<Bytes>> segmentWrites(final Segment segment) {
    segments.putIfAbsent(segment.name(), segment);
    return writes.computeIfAbsent(segment.name(), n -> new HashMap<>());
  }

  @FunctionalInterface
  interface WriteVisitor {
    void visit(Segment segment, Bytes key, Optional<Bytes> value);
  }
}
