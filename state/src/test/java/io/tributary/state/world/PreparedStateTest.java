package io.tributary.state.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.Segment;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.trie.StoredTrieNodes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proposer's state root is worked out once ({@link WorldStateArchive#rootAfter}) and its writes reused at commit,
 * unless the preparation went stale. Reuse is observed through a marker: a write planted among the recorded ones
 * reaches storage only if the commit replayed them.
 */
class PreparedStateTest {
  private static final Address ALICE = Address.of(0xA11CE);
  private static final Address BOB = Address.of(0xB0B);
  private static final Address CONTRACT = Address.of(0xC0DE);
  private static final List<Segment> STATE_SEGMENTS = List.of(StoredTrieNodes.SEGMENT, StateSegments.CODE,
      StateSegments.FLAT_ACCOUNTS, StateSegments.FLAT_STORAGE, StateSegments.FLAT_META);
  private static final Bytes MARKER = Bytes.fromHexString("0x6d61726b6572");

  private final KeyValueStorage storage = new InMemoryKeyValueStorage();
  private final WorldStateArchive archive = new WorldStateArchive(storage);
  private Hash genesis;

  @BeforeEach
  void commitGenesis() {
    final WorldUpdater updater = archive.updater(Hash.EMPTY_TRIE_HASH);
    updater.setBalance(ALICE, Wei.ofTrib(10));
    updater.setStorage(CONTRACT, UInt256.ONE, UInt256.valueOf(7));
    genesis = commit(archive, storage, updater);
  }

  private static Hash commit(final WorldStateArchive archive, final KeyValueStorage storage,
      final WorldUpdater updater) {
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash root = archive.commit(updater, tx);
      tx.commit();
      return root;
    }
  }

  private static void transfer(final WorldUpdater updater) {
    updater.incrementNonce(ALICE);
    updater.subtractBalance(ALICE, Wei.of(5));
    updater.addBalance(BOB, Wei.of(5));
    updater.setStorage(CONTRACT, UInt256.ONE, UInt256.ZERO);
    updater.setStorage(CONTRACT, UInt256.valueOf(2), UInt256.valueOf(9));
  }

  /** Plants a code entry no state commit writes: present after a commit only if the recorded writes were replayed. */
  private static PreparedState marked(final PreparedState prepared) {
    prepared.writes().put(StateSegments.CODE, Hash.ZERO, MARKER);
    return prepared;
  }

  private boolean replayed() {
    return storage.get(StateSegments.CODE, Hash.ZERO).isPresent();
  }

  private static Map<String, Bytes> contents(final KeyValueStorage storage) {
    final Map<String, Bytes> all = new TreeMap<>();
    for (final Segment segment : STATE_SEGMENTS) {
      storage.forEachFrom(segment, Bytes.EMPTY, (key, value) -> {
        all.put(segment.name() + "/" + key.toHexString(), value);
        return true;
      });
    }
    return all;
  }

  @Test
  void aPreparedCommitWritesExactlyWhatAFreshCommitWrites() {
    final WorldUpdater updater = archive.updater(genesis);
    transfer(updater);
    final Hash prepared = archive.rootAfter(updater);
    assertThat(archive.flatRoot()).as("nothing written yet").contains(genesis);
    assertThat(commit(archive, storage, updater)).isEqualTo(prepared);

    final KeyValueStorage freshStorage = new InMemoryKeyValueStorage();
    final WorldStateArchive fresh = new WorldStateArchive(freshStorage);
    final WorldUpdater replay = fresh.updater(Hash.EMPTY_TRIE_HASH);
    replay.setBalance(ALICE, Wei.ofTrib(10));
    replay.setStorage(CONTRACT, UInt256.ONE, UInt256.valueOf(7));
    final WorldUpdater again = fresh.updater(commit(fresh, freshStorage, replay));
    transfer(again);
    assertThat(commit(fresh, freshStorage, again)).isEqualTo(prepared);
    assertThat(contents(storage)).isEqualTo(contents(freshStorage));
  }

  @Test
  void committingThePreparedUpdaterReplaysItsRecordedWrites() {
    final WorldUpdater updater = archive.updater(genesis);
    transfer(updater);
    final PreparedState prepared = marked(archive.prepare(updater));
    assertThat(commit(archive, storage, updater)).isEqualTo(prepared.root());
    assertThat(replayed()).isTrue();
    assertThat(archive.flatRoot()).contains(prepared.root());
  }

  @Test
  void anUpdaterChangedAfterPreparationIsWorkedOutAgain() {
    final WorldUpdater updater = archive.updater(genesis);
    transfer(updater);
    final PreparedState prepared = marked(archive.prepare(updater));
    updater.addBalance(BOB, Wei.of(1));
    assertThat(prepared.isCurrent()).isFalse();
    final Hash root = commit(archive, storage, updater);
    assertThat(replayed()).isFalse();
    assertThat(root).isNotEqualTo(prepared.root());
    assertThat(archive.at(root).account(BOB).orElseThrow().balance()).isEqualTo(Wei.of(6));
  }

  @Test
  void aRevertAfterPreparationMakesItStaleToo() {
    final WorldUpdater updater = archive.updater(genesis);
    transfer(updater);
    updater.checkpoint();
    updater.addBalance(BOB, Wei.of(1));
    final PreparedState prepared = marked(archive.prepare(updater));
    updater.revertToCheckpoint();
    final Hash root = commit(archive, storage, updater);
    assertThat(replayed()).isFalse();
    assertThat(root).isNotEqualTo(prepared.root());
    assertThat(archive.at(root).account(BOB).orElseThrow().balance()).isEqualTo(Wei.of(5));
  }

  @Test
  void committingAStalePreparationByItselfIsRefused() {
    final WorldUpdater updater = archive.updater(genesis);
    transfer(updater);
    final PreparedState prepared = archive.prepare(updater);
    updater.setNonce(BOB, 3);
    try (StorageTransaction tx = storage.startTransaction()) {
      assertThatThrownBy(() -> archive.commit(prepared, tx)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("changed after its state root " + prepared.root().toHexString() + " was prepared");
    }
  }

  @Test
  void aPreparationIsWorkedOutAgainWhenAnotherBlockMovedTheFlatIndex() {
    final WorldUpdater proposal = archive.updater(genesis);
    transfer(proposal);
    final PreparedState prepared = marked(archive.prepare(proposal));
    final WorldUpdater other = archive.updater(genesis);
    other.setBalance(BOB, Wei.of(1));
    final Hash otherRoot = commit(archive, storage, other);

    final Hash root = commit(archive, storage, proposal);
    assertThat(replayed()).as("the recorded writes would move the flat index off the head").isFalse();
    assertThat(root).isEqualTo(prepared.root());
    assertThat(archive.flatRoot()).contains(otherRoot);
    assertThat(archive.at(root).account(BOB).orElseThrow().balance()).isEqualTo(Wei.of(5));
    assertThat(archive.at(root).storage(CONTRACT, UInt256.valueOf(2))).isEqualTo(UInt256.valueOf(9));
  }

  @Test
  void onlyTheLastPreparationIsKept() {
    final WorldUpdater first = archive.updater(genesis);
    transfer(first);
    final PreparedState firstPrepared = marked(archive.prepare(first));
    final WorldUpdater second = archive.updater(genesis);
    second.setBalance(BOB, Wei.of(2));
    archive.prepare(second);
    assertThat(commit(archive, storage, first)).isEqualTo(firstPrepared.root());
    assertThat(replayed()).isFalse();
  }
}
