package io.tributary.state.trie;

import io.tributary.core.types.Hash;
import org.apache.tuweni.bytes.Bytes;

/**
 * Visits every key and value of a stored trie in ascending key order, one node in memory per level: what an export of
 * a whole state walks. In a secure trie the keys are keccak256 of the real ones ({@code preimages} maps them back).
 */
public final class TrieLeaves {
  /** Receives one entry: the full key (as stored in the trie) and its value. */
  @FunctionalInterface
  public interface Visitor {
    void leaf(Bytes key, Bytes value);
  }

  private TrieLeaves() {}

  /** Walks the trie under {@code root}; a missing node throws {@link MissingTrieNodeException}. */
  public static void forEach(final Hash root, final MerkleTrie.TrieNodeStore store, final Visitor visitor) {
    if (root.equals(Hash.EMPTY_TRIE_HASH)) {
      return;
    }
    visit(load(root, store), Nibbles.EMPTY, store, visitor);
  }

  private static TrieNode load(final Hash hash, final MerkleTrie.TrieNodeStore store) {
    return TrieNodeDecoder.decode(hash, store.get(hash).orElseThrow(() -> new MissingTrieNodeException(hash)));
  }

  private static void visit(final TrieNode node, final byte[] path, final MerkleTrie.TrieNodeStore store,
      final Visitor visitor) {
    if (node == null) {
      return;
    }
    if (node instanceof TrieNode.Stored stored) {
      visit(load(stored.hash(), store), path, store, visitor);
    } else if (node instanceof TrieNode.Leaf leaf) {
      visitor.leaf(key(Nibbles.concat(path, leaf.path)), leaf.value);
    } else if (node instanceof TrieNode.Extension ext) {
      visit(ext.child, Nibbles.concat(path, ext.path), store, visitor);
    } else {
      final TrieNode.Branch branch = (TrieNode.Branch) node;
      if (!branch.value.isEmpty()) {
        visitor.leaf(key(path), branch.value); // a key that ends here sorts before those it prefixes
      }
      for (int i = 0; i < branch.children.length; i++) {
        visit(branch.children[i], Nibbles.concat(path, i, Nibbles.EMPTY), store, visitor);
      }
    }
  }

  private static Bytes key(final byte[] nibbles) {
    if ((nibbles.length & 1) == 1) {
      throw new IllegalStateException("a trie key of an odd number of nibbles (" + nibbles.length + ")");
    }
    final byte[] out = new byte[nibbles.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (nibbles[2 * i] << 4 | nibbles[2 * i + 1]);
    }
    return Bytes.wrap(out);
  }
}
