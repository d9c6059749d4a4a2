package io.tributary.state.storage;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.tuweni.bytes.Bytes;

/**
 * Key-value storage in memory, for tests and tools. Commits apply under a write lock and iterations hold the read lock,
 * so an iteration sees one committed state, as an LMDB read transaction does.
 */
public final class InMemoryKeyValueStorage implements KeyValueStorage {
  private final TreeMap<String, ConcurrentSkipListMap<Bytes, Bytes>> segments = new TreeMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean closed;

  @Override
  public Optional<Bytes> get(final Segment segment, final Bytes key) {
    checkOpen();
    lock.readLock().lock();
    try {
      final ConcurrentSkipListMap<Bytes, Bytes> map = segments.get(segment.name());
      return map == null ? Optional.empty() : Optional.ofNullable(map.get(key));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void forEachFrom(final Segment segment, final Bytes from, final EntryVisitor visitor) {
    checkOpen();
    lock.readLock().lock();
    try {
      final ConcurrentSkipListMap<Bytes, Bytes> map = segments.get(segment.name());
      if (map == null) {
        return;
      }
      for (final Map.Entry<Bytes, Bytes> entry : map.tailMap(from, true).entrySet()) {
        if (!visitor.visit(entry.getKey(), entry.getValue())) {
          return;
        }
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public StorageTransaction startTransaction() {
    checkOpen();
    return new Transaction();
  }

  @Override
  public void close() {
    closed = true;
  }

  private void checkOpen() {
    if (closed) {
      throw new StorageException("storage is closed");
    }
  }

  private final class Transaction implements StorageTransaction {
    private final BufferedWrites writes = new BufferedWrites();
    private boolean finished;

    @Override
    public Optional<Bytes> get(final Segment segment, final Bytes key) {
      checkActive();
      return writes.pending(segment, key).orElseGet(() -> InMemoryKeyValueStorage.this.get(segment, key));
    }

    @Override
    public void put(final Segment segment, final Bytes key, final Bytes value) {
      checkActive();
      writes.put(segment, key, value);
    }

    @Override
    public void remove(final Segment segment, final Bytes key) {
      checkActive();
      writes.remove(segment, key);
    }

    @Override
    public void commit() {
      checkActive();
      checkOpen();
      lock.writeLock().lock();
      try {
        writes.forEach((segment, key, value) -> {
          final ConcurrentSkipListMap<Bytes, Bytes> map =
              segments.computeIfAbsent(segment.name(), n -> new ConcurrentSkipListMap<>(UnsignedBytes::compare));
          if (value.isPresent()) {
            map.put(key, value.get());
          } else {
            map.remove(key);
          }
        });
      } finally {
        lock.writeLock().unlock();
      }
      finished = true;
    }

    @Override
    public void rollback() {
      checkActive();
      writes.clear();
      finished = true;
    }

    @Override
    public void close() {
      if (!finished) {
        rollback();
      }
    }

    private void checkActive() {
      if (finished) {
        throw new IllegalStateException("transaction already committed or rolled back");
      }
    }
  }
}
