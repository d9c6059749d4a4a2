package io.tributary.state.benchmark;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * {@link WorldStateBenchmark}'s three commit paths (import; propose reusing the root's writes; propose hashing twice)
 * interleaved block by block on one LMDB, so load from other processes falls on all three alike; prints the median of
 * the state-root step, the commit and their sum. Run: {@code java -cp <test classpath> ...ProposerCommitTiming 20}.
 */
public final class ProposerCommitTiming {
  private static final int ACCOUNTS = 100_000;
  private static final int TRANSFERS = 5_000;
  private static final String[] PATHS = {"import (commit only)", "propose, reusing the root", "propose, hashing twice"};

  private final LmdbKeyValueStorage storage;
  private final WorldStateArchive archive;
  private final Random random = new Random(2);
  private Hash root;

  private ProposerCommitTiming(final LmdbKeyValueStorage storage) {
    this.storage = storage;
    this.archive = new WorldStateArchive(storage);
    final WorldUpdater genesis = archive.updater(Hash.EMPTY_TRIE_HASH);
    for (int i = 0; i < ACCOUNTS; i++) {
      genesis.setBalance(account(i), Wei.ofTrib(1_000));
    }
    root = commit(genesis);
  }

  public static void main(final String[] args) throws Exception {
    final int rounds = Integer.parseInt(args[0]);
    final Path dir = Files.createTempDirectory("tributary-proposer-timing");
    try (LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(dir)) {
      final ProposerCommitTiming timing = new ProposerCommitTiming(storage);
      for (int warmup = 0; warmup < 2 * PATHS.length; warmup++) {
        timing.block(warmup % PATHS.length);
      }
      final long[][] rootNanos = new long[PATHS.length][rounds];
      final long[][] commitNanos = new long[PATHS.length][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < PATHS.length; i++) {
          final int path = (i + r) % PATHS.length;
          final long[] nanos = timing.block(path);
          rootNanos[path][r] = nanos[0];
          commitNanos[path][r] = nanos[1];
        }
      }
      for (int path = 0; path < PATHS.length; path++) {
        final long[] total = new long[rounds];
        for (int r = 0; r < rounds; r++) {
          total[r] = rootNanos[path][r] + commitNanos[path][r];
        }
        System.out.printf("%-26s state root %6.1f ms, commit %6.1f ms, total %6.1f ms (medians of %d blocks)%n",
            PATHS[path], median(rootNanos[path]), median(commitNanos[path]), median(total), rounds);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One block of transfers down {@code path}; returns the nanoseconds of its state-root step and of its commit. */
  private long[] block(final int path) {
    final WorldUpdater block = archive.updater(root);
    for (int t = 0; t < TRANSFERS; t++) {
      final Address from = account(random.nextInt(ACCOUNTS));
      block.beginTransaction();
      block.incrementNonce(from);
      block.subtractBalance(from, Wei.of(1));
      block.addBalance(account(random.nextInt(ACCOUNTS)), Wei.of(1));
    }
    final long started = System.nanoTime();
    if (path == 1) {
      archive.rootAfter(block);
    } else if (path == 2) {
      try (StorageTransaction scratch = storage.startTransaction()) {
        archive.commit(block, scratch);
        scratch.rollback();
      }
    }
    final long rooted = System.nanoTime();
    root = commit(block);
    return new long[] {rooted - started, System.nanoTime() - rooted};
  }

  private Hash commit(final WorldUpdater updater) {
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash newRoot = archive.commit(updater, tx);
      tx.commit();
      return newRoot;
    }
  }

  private static double median(final long[] nanos) {
    final long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static Address account(final int i) {
    return Address.of(0x1000000L + i);
  }
}
