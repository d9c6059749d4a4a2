package io.tributary.state.benchmark;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.world.Account;
import io.tributary.state.world.WorldState;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * World state on LMDB with 100,000 funded accounts: account reads through the flat index vs through the trie, and the
 * latency of committing a block of 5,000 transfers (state changes, trie nodes, flat index, one LMDB transaction), as
 * a validator imports it and as a proposer produces it (state root first, then the commit; with and without reuse).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens",
    "java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class WorldStateBenchmark {
  private static final int ACCOUNTS = 100_000;
  private static final int TRANSFERS = 5_000;

  private Path dir;
  private LmdbKeyValueStorage storage;
  private WorldStateArchive archive;
  private Address[] addresses;
  private Hash root;
  private WorldState flat;
  private WorldState trie;
  private final Random random = new Random(2);
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("tributary-bench");
    storage = LmdbKeyValueStorage.open(dir);
    archive = new WorldStateArchive(storage);
    addresses = new Address[ACCOUNTS];
    final WorldUpdater genesis = archive.updater(Hash.EMPTY_TRIE_HASH);
    for (int i = 0; i < ACCOUNTS; i++) {
      addresses[i] = Address.of(0x1000000L + i);
      genesis.setBalance(addresses[i], Wei.ofTrib(1_000));
    }
    root = commit(genesis);
    flat = archive.at(root);
    trie = archive.trieState(root);
  }

  private Hash commit(final WorldUpdater updater) {
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash newRoot = archive.commit(updater, tx);
      tx.commit();
      return newRoot;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Optional<Account> readAccountFromFlatIndex() {
    return flat.account(addresses[next++ % ACCOUNTS]);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Optional<Account> readAccountThroughTrie() {
    return trie.account(addresses[next++ % ACCOUNTS]);
  }

  /** A validator importing a block: execute, then one commit that hashes the changes. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Hash commitBlockOf5000Transfers() {
    final WorldUpdater block = transfers();
    root = commit(block);
    return root;
  }

  /** A proposer: the header's state root first ({@code rootAfter}), then the commit, which reuses that work. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Hash proposeAndCommitBlockOf5000Transfers() {
    final WorldUpdater block = transfers();
    final Hash proposed = archive.rootAfter(block);
    root = commit(block);
    return proposed;
  }

  /** The same proposer before the reuse: the root worked out in a scratch transaction rolled back, then again. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Hash proposeAndCommitBlockOf5000TransfersHashingTwice() {
    final WorldUpdater block = transfers();
    final Hash proposed;
    try (StorageTransaction scratch = storage.startTransaction()) {
      proposed = archive.commit(block, scratch);
      scratch.rollback();
    }
    root = commit(block);
    return proposed;
  }

  private WorldUpdater transfers() {
    final WorldUpdater block = archive.updater(root);
    for (int t = 0; t < TRANSFERS; t++) {
      final Address from = addresses[random.nextInt(ACCOUNTS)];
      final Address to = addresses[random.nextInt(ACCOUNTS)];
      block.beginTransaction();
      block.incrementNonce(from);
      block.subtractBalance(from, Wei.of(1));
      block.addBalance(to, Wei.of(1));
    }
    return block;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    storage.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
