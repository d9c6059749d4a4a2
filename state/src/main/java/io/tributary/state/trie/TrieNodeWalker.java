package io.tributary.state.trie;

import io.tributary.core.types.Hash;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.tuweni.bytes.Bytes;

/**
 * Visits the stored nodes of a trie once each. Pruning marks with it: a node already in the marked set is the root of
 * a subtree walked before (content addressing: same hash, same subtree, same leaves), so shared subtrees, between
 * blocks or between identical storage tries, cost one visit.
 */
public final class TrieNodeWalker {
  private TrieNodeWalker() {}

  /**
   * Adds to {@code marked} the hash of every stored node reachable from {@code root} and not yet in it, and hands each
   * leaf value under those nodes to {@code leafValues}. A missing node throws {@link MissingTrieNodeException}.
   */
  public static void mark(final Hash root, final MerkleTrie.TrieNodeStore store, final Set<Hash> marked,
      final Consumer<Bytes> leafValues) {
    if (root.equals(Hash.EMPTY_TRIE_HASH) || !marked.add(root)) {
      return;
    }
    final Bytes encoded = store.get(root).orElseThrow(() -> new MissingTrieNodeException(root));
    visit(TrieNodeDecoder.decode(root, encoded), store, marked, leafValues);
  }

  private static void visit(final TrieNode node, final MerkleTrie.TrieNodeStore store, final Set<Hash> marked,
      final Consumer<Bytes> leafValues) {
    if (node == null) {
      return;
    }
    if (node instanceof TrieNode.Stored stored) {
      mark(stored.hash(), store, marked, leafValues);
    } else if (node instanceof TrieNode.Leaf leaf) {
      leafValues.accept(leaf.value);
    } else if (node instanceof TrieNode.Extension ext) {
      visit(ext.child, store, marked, leafValues);
    } else {
      final TrieNode.Branch branch = (TrieNode.Branch) node;
      for (final TrieNode child : branch.children) {
        visit(child, store, marked, leafValues);
      }
      if (!branch.value.isEmpty()) {
        leafValues.accept(branch.value);
      }
    }
  }
}
