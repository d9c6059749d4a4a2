package io.tributary.state.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.lmdbjava.CursorIterable;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;
import org.lmdbjava.KeyRange;
import org.lmdbjava.LmdbException;
import org.lmdbjava.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key-value storage on LMDB: one environment per data dir, one named database per {@link Segment}. Writes are
 * buffered and applied in a single LMDB write transaction at commit, which LMDB makes durable (fsync) before it
 * returns; a crash at any moment leaves the last committed state. Readers use their own read transactions and are
 * never blocked by a writer. The map grows by doubling when full.
 */
public final class LmdbKeyValueStorage implements KeyValueStorage {
  /** The on-disk format this code reads and writes; bump it on any incompatible change of keys or values. */
  public static final String FORMAT = "tributary-lmdb/1";
  private static final Logger LOG = LoggerFactory.getLogger(LmdbKeyValueStorage.class);
  private static final String META_DB = "tributary_meta";
  private static final byte[] FORMAT_KEY = "format".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_SEGMENTS = 128;

  private final Path dir;
  private final Env<byte[]> env;
  private final Map<String, Dbi<byte[]>> dbis = new ConcurrentHashMap<>();
  /** Readers and writers share it; growing the map needs it exclusively (LMDB: no open transactions). */
  private final ReadWriteLock resizeLock = new ReentrantReadWriteLock();
  private volatile long mapSize;
  private volatile boolean closed;
  /** One reset read transaction per thread, renewed for each point read (begin/abort per get costs more). */
  private final ThreadLocal<Txn<byte[]>> readTxn = new ThreadLocal<>();
  private final java.util.List<Txn<byte[]>> readTxns = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  private LmdbKeyValueStorage(final Path dir, final Env<byte[]> env, final long mapSize) {
    this.dir = dir;
    this.env = env;
    this.mapSize = mapSize;
  }

  /** Opens (creating when absent) the data dir with a 1 GiB initial map. */
  public static LmdbKeyValueStorage open(final Path dir) {
    return open(dir, 1L << 30);
  }

  /**
   * Opens or creates a data dir. A dir that holds other files, a file that is not LMDB, or an LMDB environment without
   * Tributary's format marker is refused with a message saying which.
   */
  public static LmdbKeyValueStorage open(final Path dir, final long initialMapSize) {
    final boolean fresh = prepareDir(dir);
    final Env<byte[]> env;
    long size = initialMapSize;
    final Path dataFile = dir.resolve("data.mdb");
    try {
      if (Files.exists(dataFile)) {
        size = Math.max(size, Files.size(dataFile));
      }
      env = Env.create(PinnedByteArrayProxy.PROXY).setMapSize(size).setMaxDbs(MAX_SEGMENTS).setMaxReaders(256)
          .open(dir.toFile(), EnvFlags.MDB_NOTLS);
    } catch (LmdbException | IOException e) {
      throw new StorageException("cannot open data dir " + dir + ": not an LMDB environment, or corrupt ("
          + e.getMessage() + ")", e);
    }
    final LmdbKeyValueStorage storage = new LmdbKeyValueStorage(dir, env, size);
    try {
      storage.checkFormat(fresh);
    } catch (RuntimeException e) {
      env.close();
      throw e;
    }
    return storage;
  }

  /** Creates the dir if needed; true when it is new (or empty). Refuses a dir holding something else. */
  private static boolean prepareDir(final Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new StorageException("data dir " + dir + " is a file, not a directory");
      }
      Files.createDirectories(dir);
      try (Stream<Path> entries = Files.list(dir)) {
        final var names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        if (names.isEmpty()) {
          return true;
        }
        if (!names.contains("data.mdb")) {
          throw new StorageException("data dir " + dir + " is not a Tributary data dir: it holds " + names
              + " but no data.mdb");
        }
        return false;
      }
    } catch (IOException e) {
      throw new StorageException("cannot use data dir " + dir + ": " + e.getMessage(), e);
    }
  }

  private void checkFormat(final boolean fresh) {
    if (fresh) {
      final Dbi<byte[]> meta = env.openDbi(META_DB, DbiFlags.MDB_CREATE);
      try (Txn<byte[]> txn = env.txnWrite()) {
        meta.put(txn, FORMAT_KEY, FORMAT.getBytes(StandardCharsets.US_ASCII));
        txn.commit();
      }
      dbis.put(META_DB, meta);
      LOG.info("created data dir {} (format {})", dir, FORMAT);
      return;
    }
    final Dbi<byte[]> meta;
    try {
      meta = env.openDbi(META_DB);
    } catch (LmdbException e) {
      throw new StorageException("data dir " + dir + " is an LMDB environment but not Tributary's (no format marker)");
    }
    final byte[] format;
    try (Txn<byte[]> txn = env.txnRead()) {
      format = meta.get(txn, FORMAT_KEY);
    }
    if (format == null) {
      throw new StorageException("data dir " + dir + " has no format marker; it was not written by Tributary");
    }
    final String found = new String(format, StandardCharsets.US_ASCII);
    if (!found.equals(FORMAT)) {
      throw new StorageException("data dir " + dir + " has format " + found + ", this node reads " + FORMAT
          + "; export and re-import, or use a matching release");
    }
    dbis.put(META_DB, meta);
  }

  public Path dir() {
    return dir;
  }

  @Override
  public Optional<Bytes> get(final Segment segment, final Bytes key) {
    checkOpen();
    final Dbi<byte[]> dbi = dbi(segment);
    resizeLock.readLock().lock();
    try {
      Txn<byte[]> txn = readTxn.get();
      if (txn == null) {
        txn = env.txnRead();
        readTxn.set(txn);
        readTxns.add(txn);
      } else {
        txn.renew();
      }
      try {
        final byte[] value = dbi.get(txn, key.toArrayUnsafe());
        return value == null ? Optional.empty() : Optional.of(Bytes.wrap(value));
      } finally {
        txn.reset();
      }
    } finally {
      resizeLock.readLock().unlock();
    }
  }

  @Override
  public void forEachFrom(final Segment segment, final Bytes from, final EntryVisitor visitor) {
    checkOpen();
    final Dbi<byte[]> dbi = dbi(segment);
    resizeLock.readLock().lock();
    try (Txn<byte[]> txn = env.txnRead();
        CursorIterable<byte[]> entries =
            dbi.iterate(txn, from.isEmpty() ? KeyRange.all() : KeyRange.atLeast(from.toArrayUnsafe()))) {
      for (final CursorIterable.KeyVal<byte[]> entry : entries) {
        if (!visitor.visit(Bytes.wrap(entry.key()), Bytes.wrap(entry.val()))) {
          return;
        }
      }
    } finally {
      resizeLock.readLock().unlock();
    }
  }

  @Override
  public StorageTransaction startTransaction() {
    checkOpen();
    return new Transaction();
  }

  /** The current map size in bytes (grows when full). */
  public long mapSize() {
    return mapSize;
  }

  @Override
  public void close() {
    resizeLock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        synchronized (readTxns) {
          readTxns.forEach(Txn::close);
          readTxns.clear();
        }
        env.close();
      }
    } finally {
      resizeLock.writeLock().unlock();
    }
  }

  private Dbi<byte[]> dbi(final Segment segment) {
    final Dbi<byte[]> existing = dbis.get(segment.name());
    if (existing != null) {
      return existing;
    }
    synchronized (dbis) {
      return dbis.computeIfAbsent(segment.name(), name -> {
        resizeLock.readLock().lock();
        try {
          return env.openDbi(name, DbiFlags.MDB_CREATE);
        } finally {
          resizeLock.readLock().unlock();
        }
      });
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new StorageException("storage at " + dir + " is closed");
    }
  }

  private void apply(final BufferedWrites writes) {
    // Opening a database takes LMDB's writer lock itself, so open every one before our write transaction starts.
    writes.forEach((segment, key, value) -> dbi(segment));
    while (true) {
      resizeLock.readLock().lock();
      try (Txn<byte[]> txn = env.txnWrite()) {
        writes.forEach((segment, key, value) -> {
          final Dbi<byte[]> dbi = dbi(segment);
          if (value.isPresent()) {
            dbi.put(txn, key.toArrayUnsafe(), value.get().toArrayUnsafe());
          } else {
            dbi.delete(txn, key.toArrayUnsafe());
          }
        });
        txn.commit();
        return;
      } catch (Env.MapFullException e) {
        // fall through to grow the map, then retry the whole transaction
      } finally {
        resizeLock.readLock().unlock();
      }
      grow();
    }
  }

  private void grow() {
    resizeLock.writeLock().lock();
    try {
      final long newSize = mapSize * 2;
      env.setMapSize(newSize);
      LOG.info("LMDB map of {} full at {} MiB; grown to {} MiB", dir, mapSize >> 20, newSize >> 20);
      mapSize = newSize;
    } finally {
      resizeLock.writeLock().unlock();
    }
  }

  private final class Transaction implements StorageTransaction {
    private final BufferedWrites writes = new BufferedWrites();
    private boolean finished;

    @Override
    public Optional<Bytes> get(final Segment segment, final Bytes key) {
      checkActive();
      return writes.pending(segment, key).orElseGet(() -> LmdbKeyValueStorage.this.get(segment, key));
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
      finished = true;
      if (!writes.isEmpty()) {
        apply(writes);
      }
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
