package io.tributary.consensus.bft.wal;

import java.util.List;

/**
 * The consensus write-ahead log. {@link #append} returns only once the entry is durable (fsync), and the engine
 * appends every message it signs before sending it, so after a crash it re-sends what it signed rather than signing
 * something different for the same height, round and step.
 */
public interface BftWal extends AutoCloseable {
  /** Appends {@code entry} durably. */
  void append(WalEntry entry);

  /** Every entry, oldest first (a torn last record is dropped; corruption before it is a {@link WalCorruptedException}). */
  List<WalEntry> entries();

  /** Drops entries at or below {@code committedHeight}: they can never be needed again. */
  void prune(long committedHeight);

  @Override
  void close();
}
