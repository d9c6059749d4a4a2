package io.tributary.state.storage;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;

/**
 * The pending writes of a transaction, per segment, in key order: a value to put, or empty for a delete. Both backends
 * buffer writes here and apply them at commit, so a write transaction never blocks readers while it is being built.
 */
final class BufferedWrites {
  private final TreeMap<String, Segment> segments = new TreeMap<>();
  private final TreeMap<String, TreeMap<Bytes, Optional<Bytes>>> writes = new TreeMap<>();

  /** LMDB's default limit; both backends enforce it so code that works in memory works on disk. */
  static final int MAX_KEY_BYTES = 511;

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
    final TreeMap<Bytes, Optional<Bytes>> segmentWrites = writes.get(segment.name());
    if (segmentWrites == null || !segmentWrites.containsKey(key)) {
      return Optional.empty();
    }
    return Optional.of(segmentWrites.get(key));
  }

  /** Visits every pending write, segment by segment, keys in unsigned order. */
  void forEach(final WriteVisitor visitor) {
    for (final Map.Entry<String, TreeMap<Bytes, Optional<Bytes>>> segment : writes.entrySet()) {
      final Segment s = segments.get(segment.getKey());
      for (final Map.Entry<Bytes, Optional<Bytes>> write : segment.getValue().entrySet()) {
        visitor.visit(s, write.getKey(), write.getValue());
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

  private TreeMap<Bytes, Optional<Bytes>> segmentWrites(final Segment segment) {
    segments.putIfAbsent(segment.name(), segment);
    return writes.computeIfAbsent(segment.name(), n -> new TreeMap<>(UnsignedBytes::compare));
  }

  @FunctionalInterface
  interface WriteVisitor {
    void visit(Segment segment, Bytes key, Optional<Bytes> value);
  }
}
