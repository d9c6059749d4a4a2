package io.tributary.node.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An OS lock on the data dir, so two nodes never produce blocks into one chain. Released when the process ends. */
public final class DataDirLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(final FileChannel channel, final FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static DataDirLock acquire(final Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      final FileChannel channel = FileChannel.open(dataDir.resolve("LOCK"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      final FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (final OverlappingFileLockException e) {
        channel.close();
        throw new IllegalStateException("data dir " + dataDir + " is already in use by this process");
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("data dir " + dataDir + " is in use by another tributary process");
      }
      return new DataDirLock(channel, lock);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot lock data dir " + dataDir, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
