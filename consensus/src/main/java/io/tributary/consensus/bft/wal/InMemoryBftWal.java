package io.tributary.consensus.bft.wal;

import java.util.ArrayList;
import java.util.List;

/** A WAL in memory, for tests and the simulation (where it survives a simulated crash). */
public final class InMemoryBftWal implements BftWal {
  private final List<WalEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(final WalEntry entry) {
    entries.add(entry);
  }

  @Override
  public synchronized List<WalEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized void prune(final long committedHeight) {
    entries.removeIf(entry -> entry.height() <= committedHeight);
  }

  @Override
  public void close() {}
}
