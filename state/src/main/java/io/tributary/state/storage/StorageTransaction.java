package io.tributary.state.storage;

import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * A batch of writes across segments applied atomically by {@link #commit()}; {@link #close()} without commit rolls
 * back. Reads through the transaction see its own uncommitted writes. Not thread-safe: one owner at a time.
 */
public interface StorageTransaction extends AutoCloseable {

  Optional<Bytes> get(Segment segment, Bytes key);

  void put(Segment segment, Bytes key, Bytes value);

  void remove(Segment segment, Bytes key);

  /** Applies every write at once, durably (fsync) before returning; after it the transaction is finished. */
  void commit();

  /** Discards every write; after it the transaction is finished. */
  void rollback();

  /** Rolls back unless committed. */
  @Override
  void close();
}
