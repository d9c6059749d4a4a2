package io.tributary.state.prune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.chain.BlockCommitter;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.world.StatePrunedException;
import io.tributary.state.world.StateRetention;
import io.tributary.state.world.WorldState;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatePrunerTest {
  private static final int WINDOW = 128;
  private static final int INTERVAL = 16;
  private static final int BLOCKS = 420;
  private static final int ACCOUNTS = 24;
  private static final int SLOTS = 6;
  private static final int SWEEP_BATCH = 300;
  /** Two contracts that always receive the same writes: their storage tries are identical and share every node. */
  private static final Address TWIN_A = Address.of(0xA0A0);
  private static final Address TWIN_B = Address.of(0xB0B0);
  /** Storage written at genesis only: its trie's nodes are shared by every state, pruned and retained. */
  private static final Address FROZEN = Address.of(0xF0F0);
  /** Flips between two states, so the same nodes are deleted and created again. */
  private static final Address FLIPPER = Address.of(0xF1F1);

  @TempDir Path tmp;

  /** One chain stored twice: pruned under test, and an archive to compare with. */
  private static final class Chains {
    final KeyValueStorage storage;
    final WorldStateArchive archive;
    final ChainStore chain;
    final BlockCommitter committer;
    final KeyValueStorage referenceStorage;
    final WorldStateArchive reference;
    final BlockCommitter referenceCommitter;
    final List<BlockHeader> headers;
    final List<Long> nodeCounts = new ArrayList<>();

    Chains(final KeyValueStorage storage, final StateRetention retention) {
      this(storage, retention, new InMemoryKeyValueStorage(), new ArrayList<>());
    }

    private Chains(final KeyValueStorage storage, final StateRetention retention, final KeyValueStorage referenceStorage,
        final List<BlockHeader> headers) {
      this.storage = storage;
      this.archive = new WorldStateArchive(storage);
      this.chain = new ChainStore(storage);
      this.committer = new BlockCommitter(storage, archive, chain, retention);
      this.referenceStorage = referenceStorage;
      this.reference = new WorldStateArchive(referenceStorage);
      this.referenceCommitter = new BlockCommitter(referenceStorage, reference, new ChainStore(referenceStorage));
      this.headers = headers;
    }

    /** The same chain over {@code reopened} storage (its data dir opened again); reference and headers carry over. */
    Chains reopened(final KeyValueStorage reopened, final StateRetention retention) {
      return new Chains(reopened, retention, referenceStorage, headers);
    }

    void build(final int blocks) {
      final int from = headers.size();
      for (int n = from; n < from + blocks; n++) {
        final Hash parentRoot = headers.isEmpty() ? Hash.EMPTY_TRIE_HASH : headers.get(n - 1).stateRoot();
        final WorldUpdater changes = archive.updater(parentRoot);
        final WorldUpdater referenceChanges = reference.updater(parentRoot);
        applyBlock(n, changes);
        applyBlock(n, referenceChanges);
        final BlockHeader.Builder header = BlockHeader.builder().number(n).gasLimit(30_000_000).timestamp(n)
            .stateRoot(archive.rootAfter(changes)).tributaryCancunFields(Wei.of(1_000_000_000L));
        if (n > 0) {
          header.parentHash(headers.get(n - 1).hash());
        }
        final Block block = new Block(header.build(), BlockBody.of(List.of()));
        assertThat(committer.commit(block, List.of(), changes).isValid()).isTrue();
        assertThat(referenceCommitter.commit(block, List.of(), referenceChanges).isValid()).isTrue();
        headers.add(block.header());
        if (n > 0 && n % INTERVAL == 0) {
          nodeCounts.add(nodeCount(storage));
        }
      }
    }

    StatePruner pruner(final KeyValueStorage on, final StateRetention retention) {
      return new StatePruner(on, retention, n -> chain.headerByNumber(n).map(BlockHeader::stateRoot));
    }
  }

  /** Random transfers and storage writes, the twins' identical writes, and the flipper's recurring state. */
  private static void applyBlock(final long number, final WorldUpdater state) {
    final Random random = new Random(number);
    if (number == 0) {
      for (int i = 0; i < ACCOUNTS; i++) {
        state.setBalance(account(i), Wei.ofTrib(1_000));
      }
      for (int s = 0; s < SLOTS; s++) {
        state.setStorage(FROZEN, UInt256.valueOf(s), UInt256.valueOf(100 + s));
      }
      return;
    }
    for (int t = 0; t < 6; t++) {
      final Address from = account(random.nextInt(ACCOUNTS));
      state.incrementNonce(from);
      state.subtractBalance(from, Wei.of(1));
      state.addBalance(account(random.nextInt(ACCOUNTS)), Wei.of(1));
    }
    for (int w = 0; w < 3; w++) {
      final UInt256 slot = UInt256.valueOf(random.nextInt(SLOTS));
      final UInt256 value = UInt256.valueOf(random.nextInt(4));
      state.setStorage(TWIN_A, slot, value);
      state.setStorage(TWIN_B, slot, value);
      state.setStorage(account(random.nextInt(ACCOUNTS)), UInt256.valueOf(random.nextInt(SLOTS)),
          UInt256.valueOf(random.nextInt(1_000)));
    }
    state.setBalance(FLIPPER, Wei.of(1 + number % 2));
    state.setStorage(FLIPPER, UInt256.ONE, UInt256.valueOf(1 + number % 2));
  }

  private static Address account(final int i) {
    return Address.of(0x5000 + i);
  }

  private static List<Address> everyAddress() {
    final List<Address> all = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      all.add(account(i));
    }
    all.addAll(List.of(TWIN_A, TWIN_B, FLIPPER, FROZEN));
    return all;
  }

  static long nodeCount(final KeyValueStorage storage) {
    final long[] count = {0};
    storage.forEachFrom(StoredTrieNodes.SEGMENT, org.apache.tuweni.bytes.Bytes.EMPTY, (key, value) -> {
      count[0]++;
      return true;
    });
    return count[0];
  }

  /** The window a committer pruning every {@link #INTERVAL} blocks keeps, and what it refuses. */
  private static void checkRetention(final Chains chains) {
    final long head = chains.headers.size() - 1;
    final long lastPrune = head - head % INTERVAL;
    final long oldest = lastPrune - WINDOW + 1;
    assertThat(chains.archive.oldestRetainedBlock()).hasValue(oldest);
    checkWindow(chains, oldest);
    final long refused = chains.headers.stream()
        .filter(h -> h.number() < oldest && !chains.archive.isAvailable(h.stateRoot())).count();
    // the flipper makes consecutive blocks differ, so every state older than the window is gone
    assertThat(refused).isEqualTo(oldest);
    final Hash frozenStorage = chains.archive.at(chains.headers.get((int) head)).account(FROZEN).orElseThrow()
        .storageRoot();
    assertThat(StoredTrieNodes.get(chains.storage, frozenStorage)).as("a storage root block 0 wrote").isPresent();
  }

  /** Every state from {@code oldest} to the head reads as the archive's; older ones unavailable are refused. */
  private static void checkWindow(final Chains chains, final long oldest) {
    for (final BlockHeader header : chains.headers) {
      if (header.number() >= oldest) {
        final WorldState pruned = chains.archive.at(header);
        final WorldState expected = chains.reference.trieState(header.stateRoot());
        for (final Address address : everyAddress()) {
          assertThat(pruned.account(address)).as("block %d, %s", header.number(), address)
              .isEqualTo(expected.account(address));
          for (int s = 0; s < SLOTS; s++) {
            assertThat(pruned.storage(address, UInt256.valueOf(s))).isEqualTo(expected.storage(address,
                UInt256.valueOf(s)));
          }
        }
      } else if (!chains.archive.isAvailable(header.stateRoot())) {
        assertThatThrownBy(() -> chains.archive.at(header)).isInstanceOf(StatePrunedException.class)
            .hasMessageContaining("state of block " + header.number() + " ")
            .hasMessageContaining("blocks " + oldest + " onwards");
      }
    }
  }

  @Test
  void keepsTheLastBlocksStatesInMemoryAndRefusesOlderOnes() {
    final Chains chains = new Chains(new InMemoryKeyValueStorage(),
        StateRetention.lastBlocks(WINDOW).pruningEvery(INTERVAL).sweepingInBatchesOf(50));
    chains.build(BLOCKS);
    checkRetention(chains);
  }

  @Test
  void aReopenedLmdbNodeKeepsItsWindowAndGoesOnPruning() {
    final Path dir = tmp.resolve("node");
    final StateRetention retention = StateRetention.lastBlocks(WINDOW).pruningEvery(INTERVAL);
    final Chains before;
    try (LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(dir, 16L << 20)) {
      before = new Chains(storage, retention);
      before.build(WINDOW + 2 * INTERVAL + 5);
      checkRetention(before);
    }
    try (LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(dir, 16L << 20)) {
      final Chains after = before.reopened(storage, retention);
      checkRetention(after);
      after.build(3 * INTERVAL);
      checkRetention(after);
    }
  }

  /**
   * A kill between any two transactions of a pass (simulated by failing the n-th commit, which rolls it back): every
   * retained state is still whole, and the next pass leaves exactly what an uninterrupted one does.
   */
  @Test
  void aPassInterruptedAfterAnyTransactionLeavesTheWindowWholeAndTheNextPassFinishesIt() {
    final StateRetention retention = StateRetention.lastBlocks(WINDOW).sweepingInBatchesOf(SWEEP_BATCH);
    final int blocks = WINDOW + 2 * INTERVAL;
    final long head = blocks - 1;
    final Chains uninterrupted = new Chains(new InMemoryKeyValueStorage(), StateRetention.archive());
    uninterrupted.build(blocks);
    final PruneResult full = uninterrupted.pruner(uninterrupted.storage, retention).prune(head);
    final long nodesLeft = nodeCount(uninterrupted.storage);
    assertThat(full.transactions()).as("a pass of several transactions").isGreaterThanOrEqualTo(4);

    for (int failAt = 1; failAt <= full.transactions(); failAt++) {
      final Chains chains = new Chains(new InMemoryKeyValueStorage(), StateRetention.archive());
      chains.build(blocks);
      final int kill = failAt;
      assertThatThrownBy(() -> chains.pruner(new KilledStorage(chains.storage, kill), retention).prune(head))
          .hasMessageContaining("killed");
      if (failAt == 1) {
        assertThat(chains.archive.oldestRetainedBlock()).as("nothing done").isEmpty();
        checkWindow(chains, 0);
      } else {
        assertThat(chains.archive.oldestRetainedBlock()).hasValue(full.oldestRetained());
        checkWindow(chains, full.oldestRetained());
      }
      chains.pruner(chains.storage, retention).prune(head);
      assertThat(nodeCount(chains.storage)).as("nodes after a pass killed at transaction %d", failAt)
          .isEqualTo(nodesLeft);
      checkWindow(chains, full.oldestRetained());
    }
  }

  @Test
  void keepsTheNodeCountBoundedWhileAnArchiveGrows() {
    final Chains chains = new Chains(new InMemoryKeyValueStorage(),
        StateRetention.lastBlocks(WINDOW).pruningEvery(INTERVAL));
    chains.build(BLOCKS);
    final long archived = nodeCount(chains.referenceStorage);
    final List<Long> counts = chains.nodeCounts;
    final long afterFirstWindow = counts.get(WINDOW / INTERVAL);
    final long atEnd = counts.get(counts.size() - 1);
    assertThat(atEnd).as("nodes after %d blocks, archive has %d", BLOCKS, archived)
        .isLessThan(archived * 2 / 3)
        .isLessThan(afterFirstWindow * 5 / 4);
  }

  @Test
  void anArchiveCommitterDeletesNothing() {
    final KeyValueStorage storage = new InMemoryKeyValueStorage();
    final Chains chains = new Chains(storage, StateRetention.archive());
    chains.build(WINDOW + 2 * INTERVAL);
    assertThat(nodeCount(storage)).isEqualTo(nodeCount(chains.referenceStorage));
    assertThat(chains.archive.oldestRetainedBlock()).isEmpty();
    assertThat(chains.headers).allMatch(h -> chains.archive.isAvailable(h.stateRoot()));
  }

  @Test
  void aWiderWindowAfterRestartSkipsStatesAlreadyPruned() {
    final KeyValueStorage storage = new InMemoryKeyValueStorage();
    final Chains narrow = new Chains(storage, StateRetention.lastBlocks(WINDOW).pruningEvery(INTERVAL));
    narrow.build(WINDOW + 4 * INTERVAL + 1);
    final long head = narrow.headers.size() - 1;
    final StatePruner wider = narrow.pruner(storage, StateRetention.lastBlocks(WINDOW + 4 * INTERVAL));
    final long narrowOldest = narrow.archive.oldestRetainedBlock().orElseThrow();
    final PruneResult result = wider.prune(head);
    assertThat(result.oldestRetained()).as("what the narrow window kept").isEqualTo(narrowOldest);
    assertThat(result.nodesDeleted()).isZero();
    checkRetention(narrow);
  }

  @Test
  void aRetentionWindowIsAtLeast128Blocks() {
    assertThatThrownBy(() -> StateRetention.lastBlocks(127)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 128");
    assertThat(StateRetention.defaults().blocks()).isEqualTo(128);
    assertThat(StateRetention.lastBlocks(200).oldestRetained(1_000)).isEqualTo(801);
    assertThat(StateRetention.lastBlocks(200).oldestRetained(50)).isZero();
  }
}
