package io.tributary.state.storage;

import java.io.Closeable;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Ordered byte-key storage split into {@link Segment}s. Reads outside a transaction see the last committed state;
 * writes go through a {@link StorageTransaction} that commits all of its changes, across segments, or none. Keys are
 * 1 to 511 bytes (LMDB's limit, enforced by every backend).
 * Implementations: {@code LmdbKeyValueStorage} (the node's) and {@code InMemoryKeyValueStorage} (tests, tools); both
 * pass {@code AbstractKeyValueStorageTest}.
 */
public interface KeyValueStorage extends Closeable {

  Optional<Bytes> get(Segment segment, Bytes key);

  default boolean containsKey(final Segment segment, final Bytes key) {
    return get(segment, key).isPresent();
  }

  /**
   * Visits entries of {@code segment} in ascending unsigned key order, starting at the first key {@code >= from}, until
   * the visitor returns false or the segment ends. The visit sees one consistent committed snapshot.
   */
  void forEachFrom(Segment segment, Bytes from, EntryVisitor visitor);

  /** Starts a write transaction; writes are invisible to others until {@link StorageTransaction#commit()}. */
  StorageTransaction startTransaction();

  /** Receives one entry; returns false to stop. */
  @FunctionalInterface
  interface EntryVisitor {
    boolean visit(Bytes key, Bytes value);
  }
}
