package io.tributary.state.prune;

import io.tributary.core.types.Hash;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.trie.MerkleTrie;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.trie.TrieNodeWalker;
import io.tributary.state.world.Account;
import io.tributary.state.world.StateRetention;
import io.tributary.state.world.StateSegments;
import io.tributary.state.world.WorldStateArchive;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes trie nodes that no retained state reaches, by mark and sweep: mark every node reachable from the state
 * roots of the retained blocks (account trie, then each account's storage trie), then delete every unmarked node in
 * bounded transactions. It runs on the committing thread between two block commits, so nothing is written between
 * mark and sweep, and a node a later block creates again is simply written again.
 *
 * <p>Crash safety: marking writes nothing. The first transaction records the new oldest retained block and deletes the
 * root nodes of the states leaving the window, so {@link WorldStateArchive#isAvailable} turns false for them at
 * once; every later transaction deletes only unmarked nodes. A kill between transactions leaves some garbage, which the
 * next pass collects, and never a retained state with a hole.
 */
public final class StatePruner {
  private static final Logger LOG = LoggerFactory.getLogger(StatePruner.class);

  private final KeyValueStorage storage;
  private final StateRetention retention;
  private final LongFunction<Optional<Hash>> stateRootOfBlock;

  /**
   * @param stateRootOfBlock the state root of the canonical block with that number, empty when there is none
   */
  public StatePruner(final KeyValueStorage storage, final StateRetention retention,
      final LongFunction<Optional<Hash>> stateRootOfBlock) {
    if (retention.isArchive()) {
      throw new IllegalArgumentException("an archive node has nothing to prune");
    }
    this.storage = storage;
    this.retention = retention;
    this.stateRootOfBlock = stateRootOfBlock;
  }

  /** Prunes if a pass is due after committing block {@code head}. */
  public Optional<PruneResult> afterCommit(final long head) {
    return retention.pruneAfter(head) ? Optional.of(prune(head)) : Optional.empty();
  }

  /** One full pass with {@code head} as the canonical head. */
  public PruneResult prune(final long head) {
    final long started = System.nanoTime();
    final long previousOldest = recordedOldest().orElse(0);
    // a window widened since the last pass cannot bring back what that pass deleted
    final long oldest = Math.max(previousOldest, retention.oldestRetained(head));
    final MerkleTrie.TrieNodeStore nodes = StoredTrieNodes.reader(storage);
    final Set<Hash> marked = mark(nodes, oldest, head);
    int transactions = 0;
    long deleted = 0;
    try (StorageTransaction tx = storage.startTransaction()) {
      tx.put(StateSegments.STATE_HISTORY, WorldStateArchive.OLDEST_RETAINED_KEY, Bytes.ofUnsignedLong(oldest));
      for (long n = previousOldest; n < oldest; n++) {
        final Optional<Hash> root = stateRootOfBlock.apply(n);
        if (root.isPresent() && !marked.contains(root.get()) && storage.containsKey(StoredTrieNodes.SEGMENT, root.get())) {
          tx.remove(StoredTrieNodes.SEGMENT, root.get());
          deleted++;
        }
      }
      tx.commit();
      transactions++;
    }
    final long[] kept = {0};
    Bytes from = Bytes.EMPTY;
    while (true) {
      final List<Bytes> garbage = new ArrayList<>();
      final Bytes[] last = {null};
      final Bytes start = from;
      storage.forEachFrom(StoredTrieNodes.SEGMENT, start, (key, value) -> {
        if (key.equals(start)) {
          return true;
        }
        last[0] = key;
        if (marked.contains(Hash.wrap(key))) {
          kept[0]++;
        } else {
          garbage.add(key);
        }
        return garbage.size() < retention.sweepBatch();
      });
      if (!garbage.isEmpty()) {
        try (StorageTransaction tx = storage.startTransaction()) {
          garbage.forEach(key -> tx.remove(StoredTrieNodes.SEGMENT, key));
          tx.commit();
        }
        transactions++;
        deleted += garbage.size();
      }
      if (last[0] == null || garbage.size() < retention.sweepBatch()) {
        break;
      }
      from = last[0];
    }
    final PruneResult result = new PruneResult(oldest, head, kept[0], deleted, transactions);
    LOG.debug("pruned state at head {}: kept blocks {}..{} ({} nodes), deleted {} nodes in {} transactions, {} ms",
        head, oldest, head, kept[0], deleted, transactions, (System.nanoTime() - started) / 1_000_000);
    return result;
  }

  /** Every stored node reachable from the retained blocks' state roots. */
  private Set<Hash> mark(final MerkleTrie.TrieNodeStore nodes, final long oldest, final long head) {
    // Two sets, so a subtree seen in one kind of trie is still walked as the other kind (its leaves mean different
    // things); a node in either is kept.
    final Set<Hash> accountNodes = new HashSet<>();
    final Set<Hash> storageNodes = new HashSet<>();
    for (long n = oldest; n <= head; n++) {
      final Optional<Hash> root = stateRootOfBlock.apply(n);
      if (root.isEmpty()) {
        throw new IllegalStateException("no canonical block " + n + " below the head " + head);
      }
      TrieNodeWalker.mark(root.get(), nodes, accountNodes, account ->
          TrieNodeWalker.mark(Account.decode(account).storageRoot(), nodes, storageNodes, slot -> {}));
    }
    accountNodes.addAll(storageNodes);
    return accountNodes;
  }

  private OptionalLong recordedOldest() {
    return storage.get(StateSegments.STATE_HISTORY, WorldStateArchive.OLDEST_RETAINED_KEY)
        .map(v -> OptionalLong.of(v.toLong())).orElse(OptionalLong.empty());
  }
}
