package io.tributary.state.world;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.trie.MerkleTrie;
import io.tributary.state.trie.SecureMerklePatriciaTrie;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.trie.TrieNodeCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * World states by root. Trie nodes are content-addressed; which roots stay readable depends on the node's
 * {@link StateRetention}: every one on an archive node, the last n blocks' on a pruning node (the pruner in
 * {@code io.tributary.state.prune} deletes the rest). A root that is not available is refused with a
 * {@link StatePrunedException}. The flat index mirrors one state, the canonical head, for fast reads; other roots are
 * read through the tries.
 */
public final class WorldStateArchive {
  private static final Bytes FLAT_ROOT_KEY = Bytes.wrap("root".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  /** Key of {@link StateSegments#STATE_HISTORY}: the oldest block whose state a pruning node keeps. */
  public static final Bytes OLDEST_RETAINED_KEY =
      Bytes.wrap("oldest".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  private final KeyValueStorage storage;
  private final TrieNodeCache nodeCache = new TrieNodeCache(200_000);
  /** The last root a proposer asked for: committing the same unchanged updater reuses its writes. */
  private final AtomicReference<PreparedState> lastPrepared = new AtomicReference<>();

  public WorldStateArchive(final KeyValueStorage storage) {
    this.storage = storage;
  }

  /** The state at {@code root}, read through the flat index when it describes that root. */
  public WorldState at(final Hash root) {
    if (root.equals(flatRoot().orElse(null))) {
      return new FlatWorldState(root, storage);
    }
    return trieState(root);
  }

  /** The state after block {@code header}; a pruned one is refused with a message naming the block. */
  public WorldState at(final BlockHeader header) {
    if (!isAvailable(header.stateRoot())) {
      throw new StatePrunedException(header.stateRoot(), "the state of block " + header.number() + " (root "
          + header.stateRoot().toHexString() + ") is not available: " + history());
    }
    return at(header.stateRoot());
  }

  /** The state at {@code root}, always read through the tries (the reference the flat index is checked against). */
  public WorldState trieState(final Hash root) {
    if (!isAvailable(root)) {
      throw pruned(root);
    }
    return new TrieWorldState(root, nodeCache.reader(storage), hash -> storage.get(StateSegments.CODE, hash), this);
  }

  /** True when the trie nodes of {@code root} are present. */
  public boolean isAvailable(final Hash root) {
    return root.equals(Hash.EMPTY_TRIE_HASH) || StoredTrieNodes.get(storage, root).isPresent();
  }

  /** On a pruning node, the oldest block whose state is kept; empty on an archive node or before the first prune. */
  public OptionalLong oldestRetainedBlock() {
    return storage.get(StateSegments.STATE_HISTORY, OLDEST_RETAINED_KEY)
        .map(number -> OptionalLong.of(number.toLong())).orElse(OptionalLong.empty());
  }

  StatePrunedException pruned(final Hash root) {
    return new StatePrunedException(root, "state root " + root.toHexString() + " is not available: " + history());
  }

  private String history() {
    final OptionalLong oldest = oldestRetainedBlock();
    return oldest.isPresent()
        ? "this node keeps the states of blocks " + oldest.getAsLong() + " onwards; older ones are pruned"
        : "no such state was committed to this node";
  }

  /** A journaled updater over the state at {@code root}. */
  public WorldUpdater updater(final Hash root) {
    return new WorldUpdater(at(root));
  }

  /** The root the flat index describes, if any. */
  public Optional<Hash> flatRoot() {
    return storage.get(StateSegments.FLAT_META, FLAT_ROOT_KEY).map(Hash::wrap);
  }

  /**
   * Writes the updater's changes into {@code tx} (trie nodes, code, and the flat index when the updater is based on
   * the flat index's state) and returns the new state root. Nothing is visible until {@code tx} commits. When the
   * same unchanged updater was just prepared ({@link #rootAfter}, {@link #prepare}), its writes are reused.
   */
  public Hash commit(final WorldUpdater updater, final StorageTransaction tx) {
    final PreparedState prepared = lastPrepared.get();
    if (prepared != null && prepared.describes(updater)) {
      return commit(prepared, tx);
    }
    return write(updater, tx);
  }

  /**
   * Applies a prepared state's writes into {@code tx} and returns its root. If the flat index moved since it was
   * prepared (another block committed), the writes are worked out again against {@code tx}; the root is the same, as it
   * depends only on the base root and the changes. Throws {@link IllegalStateException} if the updater changed since.
   */
  public Hash commit(final PreparedState prepared, final StorageTransaction tx) {
    if (!prepared.isCurrent()) {
      throw new IllegalStateException("the updater changed after its state root " + prepared.root().toHexString()
          + " was prepared; prepare it again");
    }
    lastPrepared.compareAndSet(prepared, null);
    if (!prepared.canReplayOnto(flatRootIn(tx))) {
      return write(prepared.updater(), tx);
    }
    prepared.writes().replayInto(tx);
    return prepared.root();
  }

  /**
   * Works out the root {@code updater}'s changes lead to and the writes that store it, without writing anything; a
   * proposer needs the root before it commits. Changing the updater afterwards makes the preparation stale.
   */
  public PreparedState prepare(final WorldUpdater updater) {
    final Optional<Hash> flatBefore = flatRoot();
    final RecordedWrites writes = new RecordedWrites(storage);
    final Hash root = write(updater, writes);
    // the writes read committed storage as they went: a block committed meanwhile may have mixed two flat indexes
    final boolean replayable = flatRoot().equals(flatBefore);
    final PreparedState prepared = new PreparedState(updater, root, flatBefore, replayable, writes);
    lastPrepared.set(prepared);
    return prepared;
  }

  /**
   * The root {@code updater}'s changes lead to, computed without writing (a proposer needs it first). The work is kept:
   * committing the same unchanged updater next applies it instead of hashing again.
   */
  public Hash rootAfter(final WorldUpdater updater) {
    return prepare(updater).root();
  }

  private Hash write(final WorldUpdater updater, final StorageTransaction tx) {
    final Hash baseRoot = updater.baseRoot();
    final boolean moveFlat = baseRoot.equals(flatRootIn(tx).orElse(Hash.EMPTY_TRIE_HASH))
        || (flatRootIn(tx).isEmpty() && baseRoot.equals(Hash.EMPTY_TRIE_HASH));
    final MerkleTrie.TrieNodeStore nodes = nodeCache.reader(storage, tx);
    final MerkleTrie.TrieNodeSink sink = StoredTrieNodes.writer(tx);
    final SecureMerklePatriciaTrie accountTrie = new SecureMerklePatriciaTrie(nodes, baseRoot);

    updater.newCode().forEach((hash, code) -> tx.put(StateSegments.CODE, hash, code));

    for (final Address address : updater.touchedAddresses()) {
      // The updater's view carries the base account's storage root, so no trie walk is needed to read it.
      final Optional<Account> account = updater.account(address);
      if (account.isEmpty()) {
        accountTrie.remove(address);
        if (moveFlat) {
          tx.remove(StateSegments.FLAT_ACCOUNTS, address);
          clearFlatStorage(tx, address);
        }
        continue;
      }
      final boolean cleared = updater.isStorageCleared(address);
      final Hash baseStorageRoot = cleared ? Hash.EMPTY_TRIE_HASH : account.get().storageRoot();
      final SecureMerklePatriciaTrie storageTrie = new SecureMerklePatriciaTrie(nodes, baseStorageRoot);
      if (cleared && moveFlat) {
        clearFlatStorage(tx, address);
      }
      for (final Map.Entry<UInt256, UInt256> slot : updater.changedStorage(address).entrySet()) {
        final Bytes flatKey = FlatWorldState.slotKey(address, slot.getKey());
        if (slot.getValue().isZero()) {
          storageTrie.remove(slot.getKey());
          if (moveFlat) {
            tx.remove(StateSegments.FLAT_STORAGE, flatKey);
          }
        } else {
          storageTrie.put(slot.getKey(), TrieWorldState.encodeSlotValue(slot.getValue()));
          recordPreimage(tx, slot.getKey());
          if (moveFlat) {
            tx.put(StateSegments.FLAT_STORAGE, flatKey, slot.getValue().toMinimalBytes());
          }
        }
      }
      final Account updated = account.get().withStorageRoot(storageTrie.commit(sink));
      recordPreimage(tx, address);
      accountTrie.put(address, updated.encoded());
      if (moveFlat) {
        tx.put(StateSegments.FLAT_ACCOUNTS, address, updated.encoded());
      }
    }
    final Hash root = accountTrie.commit(sink);
    if (moveFlat) {
      tx.put(StateSegments.FLAT_META, FLAT_ROOT_KEY, root);
    }
    return root;
  }

  /**
   * Records keccak256(key) -> key for a key the new state holds, in the block's own transaction, so a past state can be
   * listed by address and slot; a key seen before costs one read, not a write.
   */
  private static void recordPreimage(final StorageTransaction tx, final Bytes key) {
    final Bytes hash = Keccak256.hash(key);
    if (tx.get(StateSegments.PREIMAGES, hash).isEmpty()) {
      tx.put(StateSegments.PREIMAGES, hash, key);
    }
  }

  private Optional<Hash> flatRootIn(final StorageTransaction tx) {
    return tx.get(StateSegments.FLAT_META, FLAT_ROOT_KEY).map(Hash::wrap);
  }

  /** Removes every flat slot of {@code address} (its keys share the address as prefix). */
  private void clearFlatStorage(final StorageTransaction tx, final Address address) {
    final List<Bytes> keys = new ArrayList<>();
    storage.forEachFrom(StateSegments.FLAT_STORAGE, address, (key, value) -> {
      if (!key.slice(0, Address.SIZE).equals(address)) {
        return false;
      }
      keys.add(key);
      return true;
    });
    keys.forEach(key -> tx.remove(StateSegments.FLAT_STORAGE, key));
  }
}
