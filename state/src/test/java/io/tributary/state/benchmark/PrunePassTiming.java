package io.tributary.state.benchmark;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.prune.PruneResult;
import io.tributary.state.prune.StatePruner;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.world.StateRetention;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One pruning pass at {@link WorldStateBenchmark}'s scale: 100,000 accounts on LMDB, {@code blocks} blocks of 5,000
 * random transfers, then a pass keeping the last 128 states. A pass is a single long operation on the committing
 * thread, so it is timed once rather than through JMH. Run: {@code java -cp <test classpath> ...PrunePassTiming 160}.
 */
public final class PrunePassTiming {
  private static final int ACCOUNTS = 100_000;
  private static final int TRANSFERS = 5_000;

  private PrunePassTiming() {}

  public static void main(final String[] args) throws Exception {
    final int blocks = Integer.parseInt(args[0]);
    final Path dir = Files.createTempDirectory("tributary-prune-timing");
    try (LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(dir, 8L << 30)) {
      final WorldStateArchive archive = new WorldStateArchive(storage);
      final Random random = new Random(2);
      final List<Hash> roots = new ArrayList<>();
      final WorldUpdater genesis = archive.updater(Hash.EMPTY_TRIE_HASH);
      for (int i = 0; i < ACCOUNTS; i++) {
        genesis.setBalance(account(i), Wei.ofTrib(1_000));
      }
      roots.add(commit(storage, archive, genesis));
      for (int n = 1; n < blocks; n++) {
        final WorldUpdater block = archive.updater(roots.get(n - 1));
        for (int t = 0; t < TRANSFERS; t++) {
          final Address from = account(random.nextInt(ACCOUNTS));
          block.incrementNonce(from);
          block.subtractBalance(from, Wei.of(1));
          block.addBalance(account(random.nextInt(ACCOUNTS)), Wei.of(1));
        }
        roots.add(commit(storage, archive, block));
      }
      final StatePruner pruner = new StatePruner(storage, StateRetention.defaults(),
          n -> n < roots.size() ? Optional.of(roots.get((int) n)) : Optional.empty());
      final Runtime runtime = Runtime.getRuntime();
      System.gc();
      final long heapBefore = runtime.totalMemory() - runtime.freeMemory();
      final long started = System.nanoTime();
      final PruneResult result = pruner.prune(blocks - 1);
      final long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("%d blocks of %d transfers over %d accounts; pass keeping blocks %d..%d: %d ms, %d nodes kept,"
          + " %d deleted in %d transactions, heap %d MiB before the pass, %d MiB after%n", blocks, TRANSFERS, ACCOUNTS,
          result.oldestRetained(), result.head(), millis, result.nodesKept(), result.nodesDeleted(),
          result.transactions(), heapBefore >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Address account(final int i) {
    return Address.of(0x1000000L + i);
  }

  private static Hash commit(final LmdbKeyValueStorage storage, final WorldStateArchive archive,
      final WorldUpdater updater) {
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash root = archive.commit(updater, tx);
      tx.commit();
      return root;
    }
  }
}
