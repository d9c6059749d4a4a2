package io.tributary.consensus.bft.wal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WAL as one append-only file. Each record is {@code length(u32 BE) || crc32c(u32 BE) || body}, with
 * {@code body = kind(u8) || height(u64 BE) || data} and the CRC32C over the body (CometBFT's framing). Every append is
 * written whole and forced to disk ({@link FileChannel#force}) before it returns.
 *
 * <p>Opening reads every record. A record cut short by the end of the file, a last record whose checksum fails, or a
 * tail of zero bytes is what a crash in the middle of an append leaves: it is truncated away with a warning. A bad
 * record with more data after it is damage, not a torn write: {@link WalCorruptedException}, naming the offset.
 * Pruning rewrites the file with the surviving records (a temporary file moved over it atomically).
 */
public final class FileBftWal implements BftWal {
  private static final Logger LOG = LoggerFactory.getLogger(FileBftWal.class);
  static final int HEADER_BYTES = 8;
  static final int MIN_BODY_BYTES = 9;
  /** A record holds at most one signed message with its block. */
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private final Path file;
  private final List<WalEntry> entries = new ArrayList<>();
  private FileChannel channel;

  private FileBftWal(final Path file) {
    this.file = file;
  }

  /** Opens (creating if absent) the WAL file, truncating a torn tail. */
  public static FileBftWal open(final Path file) {
    final FileBftWal wal = new FileBftWal(file);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      wal.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      wal.load();
    } catch (final IOException e) {
      wal.closeQuietly();
      throw new UncheckedIOException("cannot open the consensus WAL " + file, e);
    } catch (final RuntimeException e) {
      wal.closeQuietly();
      throw e;
    }
    return wal;
  }

  private void load() throws IOException {
    final long size = channel.size();
    final ByteBuffer all = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE - 8));
    channel.read(all, 0);
    final byte[] bytes = all.array();
    int position = 0;
    while (position < bytes.length) {
      final int remaining = bytes.length - position;
      if (remaining < HEADER_BYTES) {
        truncateTornTail(position, "a record header cut short");
        return;
      }
      final ByteBuffer header = ByteBuffer.wrap(bytes, position, HEADER_BYTES);
      final long length = Integer.toUnsignedLong(header.getInt());
      final int crc = header.getInt();
      if (length < MIN_BODY_BYTES || length > MAX_BODY_BYTES) {
        if (allZero(bytes, position)) {
          truncateTornTail(position, "a zeroed tail");
          return;
        }
        throw new WalCorruptedException("consensus WAL " + file + " is corrupt at offset " + position
            + ": impossible record length " + length);
      }
      if (HEADER_BYTES + length > remaining) {
        truncateTornTail(position, "a record cut short (" + (remaining - HEADER_BYTES) + " of " + length
            + " bytes)");
        return;
      }
      final int bodyStart = position + HEADER_BYTES;
      final int end = bodyStart + (int) length;
      if (crc32c(bytes, bodyStart, (int) length) != crc) {
        if (end == bytes.length) {
          truncateTornTail(position, "a last record with a bad checksum");
          return;
        }
        throw new WalCorruptedException("consensus WAL " + file + " is corrupt at offset " + position
            + ": checksum mismatch with " + (bytes.length - end) + " bytes of records after it");
      }
      final ByteBuffer body = ByteBuffer.wrap(bytes, bodyStart, (int) length);
      final int kindCode = body.get() & 0xff;
      final long height = body.getLong();
      final WalEntry.Kind kind;
      try {
        kind = WalEntry.Kind.ofCode(kindCode);
      } catch (final IllegalArgumentException e) {
        throw new WalCorruptedException("consensus WAL " + file + " at offset " + position + ": " + e.getMessage());
      }
      if (height < 0) {
        throw new WalCorruptedException("consensus WAL " + file + " at offset " + position + ": height "
            + Long.toUnsignedString(height));
      }
      entries.add(new WalEntry(kind, height, Bytes.wrap(bytes, bodyStart + MIN_BODY_BYTES,
          (int) length - MIN_BODY_BYTES).copy()));
      position = end;
    }
  }

  private static boolean allZero(final byte[] bytes, final int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private void truncateTornTail(final long position, final String what) throws IOException {
    LOG.warn("Consensus WAL {}: {} at offset {} (a crash during a write); truncating {} bytes", file, what,
        position, channel.size() - position);
    channel.truncate(position);
    channel.force(true);
  }

  static int crc32c(final byte[] bytes, final int offset, final int length) {
    final CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  /** The framed record of {@code entry}. */
  static byte[] frame(final WalEntry entry) {
    final byte[] data = entry.data().toArrayUnsafe();
    final int length = MIN_BODY_BYTES + data.length;
    if (length > MAX_BODY_BYTES) {
      throw new IllegalArgumentException("WAL record of " + length + " bytes exceeds " + MAX_BODY_BYTES);
    }
    final ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + length);
    buffer.putInt(length).putInt(0).put((byte) entry.kind().code()).putLong(entry.height()).put(data);
    final byte[] framed = buffer.array();
    ByteBuffer.wrap(framed, 4, 4).putInt(crc32c(framed, HEADER_BYTES, length));
    return framed;
  }

  @Override
  public synchronized void append(final WalEntry entry) {
    final ByteBuffer record = ByteBuffer.wrap(frame(entry));
    try {
      long position = channel.size();
      while (record.hasRemaining()) {
        position += channel.write(record, position);
      }
      channel.force(true);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot append to the consensus WAL " + file, e);
    }
    entries.add(entry);
  }

  @Override
  public synchronized List<WalEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized void prune(final long committedHeight) {
    final List<WalEntry> kept = new ArrayList<>();
    for (final WalEntry entry : entries) {
      if (entry.height() > committedHeight) {
        kept.add(entry);
      }
    }
    if (kept.size() == entries.size()) {
      return;
    }
    try {
      if (kept.isEmpty()) {
        channel.truncate(0);
        channel.force(true);
      } else {
        final Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
          for (final WalEntry entry : kept) {
            final ByteBuffer record = ByteBuffer.wrap(frame(entry));
            while (record.hasRemaining()) {
              out.write(record);
            }
          }
          out.force(true);
        }
        channel.close();
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot prune the consensus WAL " + file, e);
    }
    entries.clear();
    entries.addAll(kept);
  }

  private void forceDirectory() {
    final Path directory = file.toAbsolutePath().getParent();
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (final IOException | UnsupportedOperationException e) {
      // Some platforms cannot open a directory; the rename is still atomic.
      LOG.debug("Cannot fsync directory {}: {}", directory, e.toString());
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (channel != null) {
      try {
        channel.close();
      } catch (final IOException e) {
        LOG.warn("Closing the consensus WAL {} failed", file, e);
      }
    }
  }
}
