package io.tributary.state.prune;

import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.Segment;
import io.tributary.state.storage.StorageTransaction;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Storage whose process is "killed" at its n-th transaction commit: that transaction is rolled back and every later
 * call throws, so what is left is exactly what a kill -9 just before that commit would leave.
 */
final class KilledStorage implements KeyValueStorage {
  private final KeyValueStorage storage;
  private final int killAtCommit;
  private int commits;

  KilledStorage(final KeyValueStorage storage, final int killAtCommit) {
    this.storage = storage;
    this.killAtCommit = killAtCommit;
  }

  @Override
  public Optional<Bytes> get(final Segment segment, final Bytes key) {
    checkAlive();
    return storage.get(segment, key);
  }

  @Override
  public void forEachFrom(final Segment segment, final Bytes from, final EntryVisitor visitor) {
    checkAlive();
    storage.forEachFrom(segment, from, visitor);
  }

  @Override
  public StorageTransaction startTransaction() {
    checkAlive();
    final StorageTransaction tx = storage.startTransaction();
    return new StorageTransaction() {
      @Override
      public Optional<Bytes> get(final Segment segment, final Bytes key) {
        return tx.get(segment, key);
      }

      @Override
      public void put(final Segment segment, final Bytes key, final Bytes value) {
        tx.put(segment, key, value);
      }

      @Override
      public void remove(final Segment segment, final Bytes key) {
        tx.remove(segment, key);
      }

      @Override
      public void commit() {
        if (++commits >= killAtCommit) {
          tx.rollback();
          throw new IllegalStateException("killed before commit " + killAtCommit);
        }
        tx.commit();
      }

      @Override
      public void rollback() {
        tx.rollback();
      }

      @Override
      public void close() {
        tx.close();
      }
    };
  }

  private void checkAlive() {
    if (commits >= killAtCommit) {
      throw new IllegalStateException("killed before commit " + killAtCommit);
    }
  }

  @Override
  public void close() {}
}
